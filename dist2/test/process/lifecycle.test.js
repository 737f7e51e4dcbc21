"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const cli_1 = require("../../tools/pulumi-driver/cli");
const emulator_1 = require("../../emulator");
const driver_1 = require("../helpers/driver");
const emulator_2 = require("../helpers/emulator");
// End to end: the basic example, unmodified, through the lifecycle driver, which runs it on the real
// @pulumi/pulumi runtime and drives the real dynamic-provider plugin host against the emulator.
describe("pulumi up lifecycle through the plugin host", function () {
    this.timeout(120_000);
    let emulator;
    const stacks = [];
    const stack = (userId) => {
        const s = new driver_1.ExampleStack(emulator, userId);
        stacks.push(s);
        return s;
    };
    before(async () => (emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 30 })));
    after(async () => {
        // No secret key in plain text in any state file, stdout or stderr of any run.
        const secrets = [...new Set(stacks.map((s) => s.userId))].flatMap((u) => emulator.keys(u).map((k) => k.secretKey));
        await emulator.close();
        for (const s of stacks) {
            for (const text of s.transcript)
                for (const secret of secrets)
                    (0, chai_1.expect)(text).to.not.contain(secret);
        }
    });
    it("previews without writing, creates the keys, and a second up writes nothing", async () => {
        const s = stack("11111111-1466-11e7-87d3-d7bb7dac0087");
        const start = emulator.log.length;
        const preview = await s.run("preview");
        (0, chai_1.expect)(preview.code, preview.stderr).to.equal(0);
        (0, chai_1.expect)(preview.stdout).to.contain("+ 2 to create");
        (0, chai_1.expect)((0, emulator_2.writesSince)(emulator, start)).to.deep.equal([]);
        const up = await s.run("up");
        (0, chai_1.expect)(up.code, up.stderr).to.equal(0);
        (0, chai_1.expect)(up.stdout).to.match(/\+ {2}pulumi-nodejs:dynamic\/ionos:S3Key {2}primary {2}created/);
        (0, chai_1.expect)(up.stdout).to.contain("secretKey         : [secret]");
        // The exported secret reads back as [secret], and in plain text only when asked (kept out of the transcript).
        const said = [];
        const output = (...flags) => (0, cli_1.main)(["stack", "output", "secretKey", "--state", s.stateFile, ...flags], (line) => void said.push(line));
        await output();
        (0, chai_1.expect)(said.splice(0)).to.deep.equal(["[secret]"]);
        await output("--show-secrets");
        (0, chai_1.expect)(said).to.have.length(1);
        (0, chai_1.expect)(emulator.keys(s.userId).map((k) => k.secretKey)).to.include(said[0]);
        (0, chai_1.expect)(s.cloudKeyIds()).to.have.length(2);
        (0, chai_1.expect)(s.stateKeyIds()).to.deep.equal(s.cloudKeyIds());
        (0, chai_1.expect)(emulator
            .keys(s.userId)
            .map((k) => k.active)
            .sort()).to.deep.equal([false, true]);
        const again = emulator.log.length;
        const second = await s.run("up");
        (0, chai_1.expect)(second.code, second.stderr).to.equal(0);
        (0, chai_1.expect)(second.stdout).to.contain("2 unchanged");
        (0, chai_1.expect)((0, emulator_2.writesSince)(emulator, again)).to.deep.equal([]);
    });
    it("sends exactly one PUT when active changes, and replaces the keys when userId changes", async () => {
        const s = stack("22222222-1466-11e7-87d3-d7bb7dac0087");
        (0, chai_1.expect)((await s.run("up")).code).to.equal(0);
        const [before] = [s.stateKeyIds()];
        const start = emulator.log.length;
        const toggle = await s.run("up", { standbyActive: "true" });
        (0, chai_1.expect)(toggle.code, toggle.stderr).to.equal(0);
        const writes = (0, emulator_2.writesSince)(emulator, start);
        (0, chai_1.expect)(writes).to.have.length(1);
        (0, chai_1.expect)(writes[0]).to.match(/^PUT \/um\/users\/22222222-.+\/s3keys\/[0-9a-f]{20}$/);
        (0, chai_1.expect)(emulator.keys(s.userId).every((k) => k.active)).to.equal(true);
        const other = "33333333-1466-11e7-87d3-d7bb7dac0087";
        const moved = await s.run("up", { standbyActive: "true", userId: other });
        (0, chai_1.expect)(moved.code, moved.stderr).to.equal(0);
        (0, chai_1.expect)(moved.stdout).to.contain("+- 2 replaced").and.contain("deleted original");
        // The old halves are part of the replacements, as Pulumi counts them: no "- 2 deleted" beside them.
        (0, chai_1.expect)(moved.stdout).to.not.match(/^\s*- \d+ deleted$/m);
        (0, chai_1.expect)(emulator.keys(s.userId)).to.have.length(0);
        const newIds = emulator
            .keys(other)
            .map((k) => k.id)
            .sort();
        (0, chai_1.expect)(newIds).to.have.length(2);
        (0, chai_1.expect)(s.stateKeyIds()).to.deep.equal(newIds);
        (0, chai_1.expect)(newIds).to.not.include.members(before);
        (0, chai_1.expect)((await s.run("destroy", { userId: other })).code).to.equal(0);
    });
    it("drops a key deleted outside on refresh, and recreates it on the next up", async () => {
        const s = stack("44444444-1466-11e7-87d3-d7bb7dac0087");
        (0, chai_1.expect)((await s.run("up")).code).to.equal(0);
        const [gone, kept] = s.cloudKeyIds();
        emulator.deleteKeyOutside(gone);
        const refresh = await s.run("refresh");
        (0, chai_1.expect)(refresh.code, refresh.stderr).to.equal(0);
        (0, chai_1.expect)(refresh.stdout).to.contain("- 1 deleted");
        (0, chai_1.expect)(s.stateKeyIds()).to.deep.equal([kept]);
        const up = await s.run("up");
        (0, chai_1.expect)(up.code, up.stderr).to.equal(0);
        (0, chai_1.expect)(up.stdout).to.contain("+ 1 created");
        (0, chai_1.expect)(s.cloudKeyIds()).to.have.length(2);
        (0, chai_1.expect)(s.stateKeyIds()).to.deep.equal(s.cloudKeyIds());
    });
    it("destroy removes every key: the emulator ends with none for the user", async () => {
        const s = stack("55555555-1466-11e7-87d3-d7bb7dac0087");
        (0, chai_1.expect)((await s.run("up")).code).to.equal(0);
        const destroy = await s.run("destroy");
        (0, chai_1.expect)(destroy.code, destroy.stderr).to.equal(0);
        (0, chai_1.expect)(destroy.stdout).to.contain("- 2 deleted");
        (0, chai_1.expect)(s.cloudKeyIds()).to.deep.equal([]);
        (0, chai_1.expect)(s.stateKeyIds()).to.deep.equal([]);
    });
    it("leaves the state and the emulator in agreement when a create fails", async () => {
        const s = stack("66666666-1466-11e7-87d3-d7bb7dac0087");
        emulator.failNextRequest("Backend unavailable", "POST");
        const up = await s.run("up");
        (0, chai_1.expect)(up.code).to.equal(1);
        (0, chai_1.expect)(up.stderr).to.contain("FAILED: Backend unavailable");
        (0, chai_1.expect)(s.stateKeyIds()).to.deep.equal(s.cloudKeyIds());
        (0, chai_1.expect)(s.cloudKeyIds()).to.have.length(1);
        // The PUT that disables the standby key fails: the key exists, so the state keeps it.
        const t = stack("77777777-1466-11e7-87d3-d7bb7dac0087");
        emulator.failNextRequest("Backend busy", "PUT");
        const partial = await t.run("up");
        (0, chai_1.expect)(partial.code).to.equal(1);
        (0, chai_1.expect)(partial.stderr).to.contain("was created but is not finished");
        (0, chai_1.expect)(t.cloudKeyIds()).to.have.length(2);
        (0, chai_1.expect)(t.stateKeyIds()).to.deep.equal(t.cloudKeyIds());
        // The next up finishes the job: the standby key ends disabled, with no new key.
        const finish = await t.run("up");
        (0, chai_1.expect)(finish.code, finish.stderr).to.equal(0);
        (0, chai_1.expect)(t.stateKeyIds()).to.deep.equal(t.cloudKeyIds());
        (0, chai_1.expect)(emulator
            .keys(t.userId)
            .map((k) => k.active)
            .sort()).to.deep.equal([false, true]);
    });
    it("takes credentials from secret stack config, which the plugin host hands to configure()", async () => {
        const s = stack("99999999-1466-11e7-87d3-d7bb7dac0087");
        const env = { ...process.env };
        for (const name of ["IONOS_TOKEN", "IONOS_USERNAME", "IONOS_PASSWORD", "IONOS_API_URL"])
            delete env[name];
        const secrets = { "ionoscloud:token": emulator.options.token, "ionoscloud:endpoint": emulator.url };
        const up = await s.run("up", {}, { secrets, env });
        (0, chai_1.expect)(up.code, up.stderr).to.equal(0);
        (0, chai_1.expect)(s.cloudKeyIds()).to.have.length(2);
        (0, chai_1.expect)(s.stateText()).to.not.contain(emulator.options.token);
        (0, chai_1.expect)((await s.run("destroy", {}, { secrets, env })).code).to.equal(0);
        // Without either, the error names what to set.
        const bare = await s.run("up", {}, { env });
        (0, chai_1.expect)(bare.code).to.equal(1);
        (0, chai_1.expect)(bare.stderr).to.contain("no IONOS credentials: set IONOS_TOKEN");
    });
    it("stores the secret key only encrypted in the state file", async () => {
        const s = stack("88888888-1466-11e7-87d3-d7bb7dac0087");
        (0, chai_1.expect)((await s.run("up")).code).to.equal(0);
        const text = s.stateText();
        (0, chai_1.expect)(text).to.contain('"4dabf18193072939515e22adb298388d"').and.contain('"ciphertext"');
        for (const key of emulator.keys(s.userId))
            (0, chai_1.expect)(text).to.not.contain(key.secretKey);
    });
});
//# sourceMappingURL=lifecycle.test.js.map