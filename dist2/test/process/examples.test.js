"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const emulator_1 = require("../../emulator");
const driver_1 = require("../helpers/driver");
// The rotation and lookups examples, unmodified, through the driver and the plugin host.
describe("the rotation and lookups examples", function () {
    this.timeout(120_000);
    let emulator;
    before(async () => (emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 20 })));
    after(() => emulator.close());
    it("rotates: a new keeper creates the new key before deleting the old one", async () => {
        const s = new driver_1.ExampleStack(emulator, "aaaa1111-1466-11e7-87d3-d7bb7dac0087", "dist/examples/rotation");
        (0, chai_1.expect)((await s.run("up", { rotation: "2026-10" })).code).to.equal(0);
        const [old] = s.cloudKeyIds();
        const start = emulator.log.length;
        const rotated = await s.run("up", { rotation: "2026-11" });
        (0, chai_1.expect)(rotated.code, rotated.stderr).to.equal(0);
        (0, chai_1.expect)(rotated.stdout).to.contain("+- 1 replaced").and.contain("credentials: [secret]");
        const writes = emulator.log
            .slice(start)
            .filter((l) => l.method !== "GET")
            .map((l) => l.method);
        (0, chai_1.expect)(writes).to.deep.equal(["POST", "DELETE"]);
        const [fresh] = s.cloudKeyIds();
        (0, chai_1.expect)(fresh).to.not.equal(old);
        (0, chai_1.expect)(s.stateKeyIds()).to.deep.equal([fresh]);
        (0, chai_1.expect)((await s.run("destroy")).code).to.equal(0);
    });
    it("looks keys up and shows the SSO URL only as a secret", async () => {
        const s = new driver_1.ExampleStack(emulator, "aaaa2222-1466-11e7-87d3-d7bb7dac0087", "dist/examples/lookups");
        const up = await s.run("up");
        (0, chai_1.expect)(up.code, up.stderr).to.equal(0);
        const [id] = s.cloudKeyIds();
        (0, chai_1.expect)(up.stdout).to.contain(`keyIds      : ["${id}"]`).and.contain("ssoUrl      : [secret]");
        (0, chai_1.expect)((await s.run("destroy")).code).to.equal(0);
    });
    it("adopts an existing key named in config instead of creating one", async () => {
        const user = "aaaa3333-1466-11e7-87d3-d7bb7dac0087";
        const existing = await fetch(`${emulator.url}/cloudapi/v6/um/users/${user}/s3keys`, {
            method: "POST",
            headers: { Authorization: `Bearer ${emulator.options.token}` },
        }).then((r) => r.json());
        const s = new driver_1.ExampleStack(emulator, user, "dist/examples/lookups");
        const up = await s.run("up", { adoptKeyId: existing.id });
        (0, chai_1.expect)(up.code, up.stderr).to.equal(0);
        (0, chai_1.expect)(s.cloudKeyIds()).to.deep.equal([existing.id]);
        (0, chai_1.expect)(s.stateKeyIds()).to.deep.equal([existing.id]);
        (0, chai_1.expect)((await s.run("destroy")).code).to.equal(0);
        (0, chai_1.expect)(s.cloudKeyIds()).to.deep.equal([]);
    });
});
//# sourceMappingURL=examples.test.js.map