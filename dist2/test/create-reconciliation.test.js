"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const emulator_1 = require("./helpers/emulator");
const stub_server_1 = require("./helpers/stub-server");
// The create reconciliation, attacked: two stacks at once, lost answers, lagging lists, a request log
// that records no custom header, a plugin host killed mid-create, and odd successes.
const URN_A = "urn:pulumi:a::proj::pulumi-nodejs:dynamic/ionos:S3Key::ci-key";
const URN_B = "urn:pulumi:b::proj::pulumi-nodejs:dynamic/ionos:S3Key::ci-key";
function suite(name, options, body) {
    describe(name, function () {
        this.timeout(30_000);
        const env = (0, emulator_1.useEmulator)({ requestDelayMs: 20, ...options });
        before(() => (settings = env.env));
        afterEach(() => {
            for (const key of env.emulator.keys(emulator_1.USER))
                env.emulator.deleteKeyOutside(key.id);
        });
        body(env);
    });
}
const messages = [];
/** The settings of the suite that runs: its emulator's, or a stub's. */
let settings = {};
const provider = () => new s3_key_provider_1.S3KeyProvider((0, emulator_1.testOptions)(settings, { log: (m) => messages.push(m), client: emulator_1.FAST_CLIENT }));
/**
 * A create as the engine runs it: check (with the state's inputs `olds`, for a replacement), create,
 * then the engine recording its key (the next run's diff sees the state hold it).
 */
const create = async (identity, userId = emulator_1.USER, olds = {}) => {
    const p = provider();
    const { inputs } = await p.check(olds, { userId, active: true, identity });
    const { id, outs } = await p.create(inputs);
    await p.diff(id, outs, inputs);
    return { id, outs: outs, inputs: inputs };
};
suite("create reconciliation: the request log records the token", {}, (env) => {
    beforeEach(() => messages.splice(0));
    it("never adopts another stack's key: A's POST is dropped unapplied while B's succeeds", async () => {
        env.emulator.injectFault({ method: "POST", kind: "drop" });
        const a = create(URN_A); // its POST comes first and meets the fault
        await new Promise((r) => setTimeout(r, 50));
        const b = await create(URN_B);
        const { id: aId, outs: aOuts } = await a;
        (0, chai_1.expect)(aId).to.not.equal(b.id);
        const keys = env.emulator.keys(emulator_1.USER);
        (0, chai_1.expect)(keys.map((k) => k.id).sort()).to.deep.equal([aId, b.id].sort());
        (0, chai_1.expect)(aOuts.secretKey).to.equal(keys.find((k) => k.id === aId).secretKey);
        (0, chai_1.expect)(messages.join("\n")).to.contain("shows it was not applied: sending it again");
    });
    it("never adopts the key it replaces: a replacement whose POST is lost unapplied makes a new key", async () => {
        const first = await create(URN_A);
        env.emulator.injectFault({ method: "POST", kind: "drop" });
        const second = await create(URN_A, emulator_1.USER, first.inputs);
        (0, chai_1.expect)(second.id).to.not.equal(first.id);
        (0, chai_1.expect)(env.emulator
            .keys(emulator_1.USER)
            .map((k) => k.id)
            .sort()).to.deep.equal([first.id, second.id].sort());
    });
    it("costs one look at the request log for an earlier create of the resource, its POST and status polls when nothing goes wrong", async () => {
        const before = env.emulator.log.length;
        await create(`${URN_A}-never-created-before`);
        const requests = (0, emulator_1.requestsSince)(env.emulator, before);
        (0, chai_1.expect)(requests.slice(0, 2)).to.deep.equal(["GET /requests", `POST /um/users/${emulator_1.USER}/s3keys`]);
        (0, chai_1.expect)(requests.slice(2)).to.satisfy((r) => r.length > 0 && r.every((x) => x === "GET status"));
    });
});
suite("create reconciliation: lists and the request log lag behind writes", { visibilityDelayMs: 400, requestListLagMs: 300 }, (env) => {
    beforeEach(() => messages.splice(0));
    it("adopts its own key, not a duplicate, when the answer is lost and neither the list nor the log shows it yet", async () => {
        env.emulator.injectFault({ method: "POST", kind: "drop-after-write" });
        const before = env.emulator.log.length;
        const { id, outs } = await create(URN_A);
        const keys = env.emulator.keys(emulator_1.USER);
        (0, chai_1.expect)(keys.map((k) => k.id)).to.deep.equal([id]);
        (0, chai_1.expect)(outs.secretKey).to.equal(keys[0].secretKey);
        (0, chai_1.expect)((0, emulator_1.writesSince)(env.emulator, before)).to.deep.equal([`POST /um/users/${emulator_1.USER}/s3keys`]);
        (0, chai_1.expect)(messages.join("\n")).to.contain(`shows its POST made key ${id}: adopting it`);
    });
});
suite("create reconciliation: the request log records no custom header", { recordCustomHeaders: false }, (env) => {
    beforeEach(() => messages.splice(0));
    it("names the key and sends no second POST when a lost POST was applied: nothing is guessed", async () => {
        env.emulator.injectFault({ method: "POST", kind: "drop-after-write" });
        const before = env.emulator.log.length;
        const error = await (0, emulator_1.rejection)(() => create(URN_A));
        const [made] = env.emulator.keys(emulator_1.USER);
        (0, chai_1.expect)(error.message).to.contain("request log cannot tell whether it made a key");
        (0, chai_1.expect)(error.message).to.contain(`which made ${made.id}`);
        (0, chai_1.expect)(error.message).to.contain("set `adoptKeyId` to it");
        (0, chai_1.expect)(error.message).to.not.contain(made.secretKey);
        (0, chai_1.expect)((0, emulator_1.writesSince)(env.emulator, before)).to.deep.equal([`POST /um/users/${emulator_1.USER}/s3keys`]);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)).to.have.length(1);
    });
    it("still sends the POST again when the log shows no POST at all for the user", async () => {
        env.emulator.injectFault({ method: "POST", kind: "drop" });
        const { id } = await create(URN_A, emulator_1.OTHER_USER);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.OTHER_USER).map((k) => k.id)).to.deep.equal([id]);
        env.emulator.deleteKeyOutside(id);
    });
});
describe("create reconciliation: odd successes keep the key", function () {
    this.timeout(20_000);
    const KEY = "0123456789abcdef0123";
    const SECRET = "SECRETsecretSECRETsecretSECRETsecret1234";
    for (const [name, postReply] of [
        ["a 202 without the secret", { body: { id: KEY, properties: { active: true } }, location: true }],
        [
            "a 202 without a Location",
            { body: { id: KEY, properties: { active: true, secretKey: SECRET } }, location: false },
        ],
    ]) {
        it(`${name}: the key IONOS made is returned with its secret, read back by GET`, async () => {
            let gets = 0;
            const stub = await (0, stub_server_1.startStub)((req, res) => {
                if (req.method === "POST")
                    return (0, stub_server_1.reply)(res, 202, postReply.body, postReply.location ? { Location: "/cloudapi/v6/requests/r-1/status" } : {});
                if (/\/requests\/r-1\/status/.test(req.url ?? ""))
                    return (0, stub_server_1.reply)(res, 200, { metadata: { status: "DONE" } });
                // The key turns readable on the second GET, as reads lag behind writes.
                if (req.method === "GET" && (req.url ?? "").includes(`/s3keys/${KEY}`))
                    return ++gets < 2
                        ? (0, stub_server_1.reply)(res, 404, { httpStatus: 404, messages: [{ errorCode: "[VDC-21-2]", message: "not found" }] })
                        : (0, stub_server_1.reply)(res, 200, { id: KEY, properties: { active: true, secretKey: SECRET } });
                (0, stub_server_1.reply)(res, 500, {});
            });
            try {
                settings = { IONOS_API_URL: stub.url, IONOS_TOKEN: "tok-odd", IONOS_CREATE_JOURNAL: "off" };
                const { id, outs } = await provider().create({ userId: emulator_1.USER, active: true });
                (0, chai_1.expect)(id).to.equal(KEY);
                (0, chai_1.expect)(outs.secretKey).to.equal(SECRET);
                (0, chai_1.expect)(stub.requests.filter((r) => r.startsWith("POST"))).to.have.length(1);
            }
            finally {
                await stub.close();
            }
        });
    }
});
//# sourceMappingURL=create-reconciliation.test.js.map