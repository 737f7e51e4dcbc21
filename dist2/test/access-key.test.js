"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const access_key_diff_1 = require("../provider/access-key/access-key-diff");
const access_key_lookups_1 = require("../provider/access-key/access-key-lookups");
const access_key_provider_1 = require("../provider/access-key/access-key-provider");
const create_journal_1 = require("../provider/common/create-journal");
const emulator_1 = require("./helpers/emulator");
const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:AccessKey::ci";
/** The file of URN's create journal entry (the plugin host's working directory is the project). */
const ENTRY = `${(0, create_journal_1.journalKey)(URN, process.cwd())}.json`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
describe("AccessKey against the emulator's Object Storage Management API", function () {
    this.timeout(30_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 30 });
    const messages = [];
    const provider = () => new access_key_provider_1.AccessKeyProvider(env.options({ log: (m) => void messages.push(m) }));
    beforeEach(() => messages.splice(0));
    afterEach(async () => {
        // Each test starts with no key: what a test leaves behind is deleted here, through the API.
        const p = provider();
        for (const key of env.emulator.accessKeys())
            if (key.goneAt === undefined)
                await p.delete(key.id, {});
    });
    const since = (from) => env.emulator.log.slice(from).map((e) => `${e.method} ${e.path.replace(/[0-9a-f-]{36}/, "{id}")}`);
    const create = async (inputs = {}) => {
        const { id, outs } = await provider().create({ description: "ci", identity: URN, ...inputs });
        return { id, outs: outs };
    };
    it("creates with one PUT to an id it chose, and knows the secret from that answer", async () => {
        const from = env.emulator.log.length;
        const { id, outs } = await create({ rotation: { month: "2026-11" } });
        (0, chai_1.expect)(id).to.match(UUID);
        const [key] = env.emulator.accessKeys();
        (0, chai_1.expect)(key.id).to.equal(id);
        (0, chai_1.expect)(outs.secretKey === key.secretKey, "the secret from the create's answer").to.equal(true);
        (0, chai_1.expect)(outs).to.deep.include({
            keyId: id,
            accessKey: key.accessKey,
            description: "ci",
            status: "AVAILABLE",
            rotation: { month: "2026-11" },
            identity: URN,
        });
        (0, chai_1.expect)(outs.accessKey).to.have.length(92);
        (0, chai_1.expect)(outs.contractUserId).to.match(/^31415926:/);
        (0, chai_1.expect)(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal(["PUT /accesskeys/{id}"]);
        (0, chai_1.expect)((0, emulator_1.journalEntries)(env.env.IONOS_CREATE_JOURNAL), "kept until a state holds the key").to.include(ENTRY);
        await provider().diff(id, outs, { description: "ci", identity: URN });
        (0, chai_1.expect)((0, emulator_1.journalEntries)(env.env.IONOS_CREATE_JOURNAL), "a state holds it: ended").not.to.include(ENTRY);
    });
    it("a lost create answer: the resent PUT finds the same key, and its secret is renewed: one key, secret known", async () => {
        env.emulator.injectFault({ method: "PUT", kind: "drop-after-write" });
        const from = env.emulator.log.length;
        const { id, outs } = await create();
        const keys = env.emulator.accessKeys();
        (0, chai_1.expect)(keys.map((k) => k.id)).to.deep.equal([id]);
        (0, chai_1.expect)(outs.secretKey === keys[0].secretKey, "the renewed secret is held").to.equal(true);
        (0, chai_1.expect)(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal([
            "PUT /accesskeys/{id}",
            "PUT /accesskeys/{id}",
            "PUT /accesskeys/{id}/renew",
        ]);
        (0, chai_1.expect)(messages.join("\n")).to.contain("its secret was not received: renewing the secret");
    });
    it("two resources created at once never share a key", async () => {
        const [a, b] = await Promise.all([
            create({ identity: `${URN}-a` }),
            create({ identity: `${URN}-b`, description: "other" }),
        ]);
        (0, chai_1.expect)(a.id).to.not.equal(b.id);
        (0, chai_1.expect)(env.emulator
            .accessKeys()
            .map((k) => k.id)
            .sort()).to.deep.equal([a.id, b.id].sort());
    });
    it("a key that ends FAILED is an error with IONOS's message at once, and is deleted again: nothing left", async () => {
        env.emulator.failNextRequest("Provisioning failed: no capacity.", "PUT");
        const error = await (0, emulator_1.rejection)(() => create());
        (0, chai_1.expect)(error.message).to.match(/IONOS could not provision access key [0-9a-f-]{36}: Provisioning failed: no capacity\./);
        (0, chai_1.expect)(error.message).to.contain("The key was deleted again; fix the cause and run the command again.");
        (0, chai_1.expect)(env.emulator.accessKeys()).to.deep.equal([]);
        (0, chai_1.expect)((0, emulator_1.journalEntries)(env.env.IONOS_CREATE_JOURNAL)).not.to.include(ENTRY);
    });
    it("a new rotation renews the secret in place: same key id and access key id, a new secret", async () => {
        const { id, outs } = await create({ rotation: { month: "2026-10" } });
        const news = { description: "ci", rotation: { month: "2026-11" }, identity: URN };
        (0, chai_1.expect)((0, access_key_diff_1.diffAccessKey)(outs, news)).to.deep.equal({ changes: true, replaces: [] });
        const from = env.emulator.log.length;
        const updated = (await provider().update(id, outs, news)).outs;
        (0, chai_1.expect)(updated.keyId).to.equal(id);
        (0, chai_1.expect)(updated.accessKey).to.equal(outs.accessKey);
        (0, chai_1.expect)(updated.secretKey === outs.secretKey, "a new secret").to.equal(false);
        (0, chai_1.expect)(updated.secretKey === env.emulator.accessKeys()[0].secretKey, "the new secret is held").to.equal(true);
        (0, chai_1.expect)(updated.rotation).to.deep.equal({ month: "2026-11" });
        (0, chai_1.expect)(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal(["PUT /accesskeys/{id}/renew"]);
    });
    it("a new description is updated in place, the secret kept", async () => {
        const { id, outs } = await create();
        const from = env.emulator.log.length;
        const updated = (await provider().update(id, outs, { description: "deploys", identity: URN }))
            .outs;
        (0, chai_1.expect)(updated).to.deep.include({
            keyId: id,
            description: "deploys",
            secretKey: outs.secretKey,
            status: "AVAILABLE",
        });
        (0, chai_1.expect)(env.emulator.accessKeys()[0].description).to.equal("deploys");
        (0, chai_1.expect)(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal(["PUT /accesskeys/{id}"]);
    });
    it("reads a key, keeping the secret from the state (IONOS shows it only once); 404 means gone", async () => {
        const { id, outs } = await create();
        const read = await provider().read(id, outs);
        (0, chai_1.expect)(read.id).to.equal(id);
        (0, chai_1.expect)(read.props.secretKey === outs.secretKey, "the secret kept from the state").to.equal(true);
        env.emulator.deleteAccessKeyOutside(id);
        (0, chai_1.expect)(await provider().read(id, outs)).to.deep.equal({});
    });
    it("deletes and waits until the key answers 404; a key already gone counts as deleted", async () => {
        const { id, outs } = await create();
        env.emulator.setRequestDelay(300);
        await provider().delete(id, outs);
        env.emulator.setRequestDelay(30);
        (0, chai_1.expect)(env.emulator.accessKeys(), "gone, not DESTROYING").to.deep.equal([]);
        await provider().delete(id, outs);
    });
    it("rejects bad inputs in check, every one at once, before any request", async () => {
        const from = env.emulator.log.length;
        const result = await provider().check({}, { description: "x".repeat(1025), rotation: "monthly", colour: "red", __provider: "p" });
        (0, chai_1.expect)(result.failures).to.have.deep.members([
            { property: "description", reason: "longer than 1024 characters: keep it to a short text" },
            { property: "rotation", reason: 'not an object of values: give e.g. { month: "2026-11" }' },
            { property: "colour", reason: "not an input of AccessKey, which takes description and rotation" },
        ]);
        (0, chai_1.expect)(env.emulator.log.length).to.equal(from);
    });
    it("looks keys up, all pages or by access key id, without a secret", async () => {
        const { id, outs } = await create();
        const all = await (0, access_key_lookups_1.getAccessKeys)({}, env.options());
        (0, chai_1.expect)(all.keys.map((k) => k.keyId)).to.deep.equal([id]);
        (0, chai_1.expect)(all.keys[0]).to.not.have.property("secretKey");
        const one = await (0, access_key_lookups_1.getAccessKeys)({ accessKey: outs.accessKey }, env.options());
        (0, chai_1.expect)(one.keys.map((k) => k.keyId)).to.deep.equal([id]);
        (0, chai_1.expect)((await (0, access_key_lookups_1.getAccessKey)({ keyId: id }, env.options())).accessKey).to.equal(outs.accessKey);
        const error = await (0, emulator_1.rejection)(() => (0, access_key_lookups_1.getAccessKey)({ keyId: "00000000-0000-4000-8000-000000000000" }, env.options()));
        (0, chai_1.expect)(error.message).to.equal("getAccessKey: there is no access key 00000000-0000-4000-8000-000000000000; check keyId.");
    });
});
//# sourceMappingURL=access-key.test.js.map