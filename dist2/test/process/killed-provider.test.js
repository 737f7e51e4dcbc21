"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_path_1 = require("node:path");
const access_key_provider_1 = require("../../provider/access-key/access-key-provider");
const s3_key_provider_1 = require("../../provider/s3-key/s3-key-provider");
const emulator_1 = require("../helpers/emulator");
// A provider in a separate process, as the plugin host is, killed with SIGKILL while it waits for
// the write it sent; the next create of the same resource, in this process, finds that write's key.
const S3_URN = "urn:pulumi:a::proj::pulumi-nodejs:dynamic/ionos:S3Key::ci-key";
const ACCESS_KEY_URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:AccessKey::ci";
/**
 * Starts `code` in a node process with the suite's settings while requests take 5 s, waits until
 * `started(from)` (from: the log's length before), kills it, and gives requests `delayMs` again.
 */
async function killMidCreate(suite, code, started, delayMs) {
    suite.emulator.setRequestDelay(5_000);
    const from = suite.emulator.log.length;
    const child = (0, node_child_process_1.spawn)(process.execPath, ["-e", code], {
        stdio: "ignore",
        env: { ...process.env, ...suite.env },
        cwd: process.cwd(),
    });
    for (let i = 0; i < 200 && !started(from); i++)
        await new Promise((r) => setTimeout(r, 25));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    suite.emulator.setRequestDelay(delayMs);
}
const dist = (...path) => JSON.stringify((0, node_path_1.join)(__dirname, "..", "..", "provider", ...path));
describe("create reconciliation: a plugin host killed mid-create", function () {
    this.timeout(30_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 20 });
    const messages = [];
    beforeEach(() => messages.splice(0));
    afterEach(() => {
        for (const key of env.emulator.keys(emulator_1.USER))
            env.emulator.deleteKeyOutside(key.id);
    });
    it("the next create of the resource adopts the key the killed one made: one key, its secret known", async () => {
        await killMidCreate(env, `const { S3KeyProvider } = require(${dist("s3-key", "s3-key-provider.js")});
       new S3KeyProvider({ log: () => {} }).create({ userId: ${JSON.stringify(emulator_1.USER)}, active: true, identity: ${JSON.stringify(S3_URN)} });`, (from) => (0, emulator_1.writesSince)(env.emulator, from).length > 0, 20);
        const [made] = env.emulator.keys(emulator_1.USER);
        (0, chai_1.expect)(made, "the killed create's POST was applied").to.not.equal(undefined);
        (0, chai_1.expect)((0, emulator_1.journalEntries)(env.env.IONOS_CREATE_JOURNAL), "its journal entry survives").to.have.length(1);
        const recovery = env.emulator.log.length;
        const provider = new s3_key_provider_1.S3KeyProvider(env.options({ log: (m) => messages.push(m), client: emulator_1.FAST_CLIENT }));
        const { id, outs } = await provider.create({ userId: emulator_1.USER, active: true, identity: S3_URN });
        (0, chai_1.expect)(id).to.equal(made.id);
        (0, chai_1.expect)(outs.secretKey).to.equal(made.secretKey);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)).to.have.length(1);
        (0, chai_1.expect)((0, emulator_1.writesSince)(env.emulator, recovery)).to.deep.equal([]);
        (0, chai_1.expect)(messages.join("\n")).to.contain("an earlier create of this resource was interrupted");
        await provider.diff(id, outs, { userId: emulator_1.USER, active: true, identity: S3_URN });
        (0, chai_1.expect)((0, emulator_1.journalEntries)(env.env.IONOS_CREATE_JOURNAL), "a state holds the key: the entry ends").to.deep.equal([]);
    });
});
describe("AccessKey: a plugin host killed mid-create", function () {
    this.timeout(30_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 30 });
    const messages = [];
    const since = (from) => env.emulator.log.slice(from).map((e) => `${e.method} ${e.path.replace(/[0-9a-f-]{36}/, "{id}")}`);
    it("the next create ensures the same key id again, one key, secret known", async () => {
        const from = env.emulator.log.length;
        await killMidCreate(env, `const { AccessKeyProvider } = require(${dist("access-key", "access-key-provider.js")});
       new AccessKeyProvider({ log: () => {} }).create({ description: "ci", identity: ${JSON.stringify(ACCESS_KEY_URN)} });`, () => env.emulator.accessKeys().length > 0, 30);
        const [made] = env.emulator.accessKeys();
        (0, chai_1.expect)(made, "the killed create's PUT was applied").to.not.equal(undefined);
        (0, chai_1.expect)(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal(["PUT /accesskeys/{id}"]);
        (0, chai_1.expect)((0, emulator_1.journalEntries)(env.env.IONOS_CREATE_JOURNAL), "its journal entry survives").to.have.length(1);
        const provider = new access_key_provider_1.AccessKeyProvider(env.options({ log: (m) => void messages.push(m) }));
        const { id, outs } = await provider.create({ description: "ci", identity: ACCESS_KEY_URN });
        (0, chai_1.expect)(id).to.equal(made.id);
        const keys = env.emulator.accessKeys();
        (0, chai_1.expect)(keys.map((k) => k.id)).to.deep.equal([made.id]);
        (0, chai_1.expect)(outs.secretKey === keys[0].secretKey, "the renewed secret is held").to.equal(true);
        (0, chai_1.expect)(messages.join("\n")).to.contain(`ensuring its key ${made.id} again`);
        await provider.diff(id, outs, { description: "ci", identity: ACCESS_KEY_URN });
        (0, chai_1.expect)((0, emulator_1.journalEntries)(env.env.IONOS_CREATE_JOURNAL), "a state holds the key: the entry ends").to.deep.equal([]);
        await provider.delete(id, {});
    });
});
//# sourceMappingURL=killed-provider.test.js.map