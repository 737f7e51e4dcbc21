"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const pulumi = __importStar(require("@pulumi/pulumi"));
const chai_1 = require("chai");
const s3_key_lookups_1 = require("../provider/s3-key/s3-key-lookups");
const access_key_lookups_1 = require("../provider/access-key/access-key-lookups");
const s3_key_diff_1 = require("../provider/s3-key/s3-key-diff");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const emulator_1 = require("./helpers/emulator");
const stub_server_1 = require("./helpers/stub-server");
const valueOf = (output) => new Promise((resolve) => output.apply(resolve));
describe("adopting an existing key", () => {
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 10 });
    const provider = () => new s3_key_provider_1.S3KeyProvider(env.options({ log: () => undefined }));
    it("looks the key up and applies active instead of creating one; deleting the resource deletes the key", async () => {
        const existing = (await provider().create({ userId: emulator_1.USER, active: true })).outs;
        const start = env.emulator.log.length;
        const adopted = await provider().create({ userId: emulator_1.USER, active: false, adoptKeyId: existing.keyId });
        (0, chai_1.expect)(adopted.id).to.equal(existing.keyId);
        (0, chai_1.expect)(adopted.outs).to.include({
            keyId: existing.keyId,
            active: false,
            secretKey: existing.secretKey,
            adoptKeyId: existing.keyId,
        });
        (0, chai_1.expect)((0, emulator_1.writesSince)(env.emulator, start)).to.deep.equal([`PUT /um/users/${emulator_1.USER}/s3keys/${existing.keyId}`]);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)).to.have.length(1);
        await provider().delete(adopted.id, adopted.outs);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)).to.have.length(0);
    });
    it("sends no write when the adopted key already has the wanted active", async () => {
        const existing = (await provider().create({ userId: emulator_1.USER, active: true })).outs;
        const start = env.emulator.log.length;
        await provider().create({ userId: emulator_1.USER, active: true, adoptKeyId: existing.keyId });
        (0, chai_1.expect)((0, emulator_1.requestsSince)(env.emulator, start)).to.deep.equal([`GET /um/users/${emulator_1.USER}/s3keys/${existing.keyId}`]);
        env.emulator.deleteKeyOutside(existing.keyId);
    });
    it("fails clearly, creating nothing, when the key does not exist for that user", async () => {
        const existing = (await provider().create({ userId: emulator_1.USER, active: true })).outs;
        const error = await (0, emulator_1.rejection)(() => provider().create({ userId: emulator_1.OTHER_USER, active: true, adoptKeyId: existing.keyId }));
        (0, chai_1.expect)(error.message).to.equal(`Cannot adopt key ${existing.keyId}: user ${emulator_1.OTHER_USER} has no such key. Check adoptKeyId (the access key id) and userId, or remove adoptKeyId to create a new key.`);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.OTHER_USER)).to.have.length(0);
        env.emulator.deleteKeyOutside(existing.keyId);
    });
    it("rejects an adoptKeyId that is not a key id in check", async () => {
        const result = await provider().check({}, { userId: emulator_1.USER, adoptKeyId: "no such key!" });
        (0, chai_1.expect)(result.failures).to.deep.equal([
            {
                property: "adoptKeyId",
                reason: '"no such key!" is not a key id: use the access key id of an existing key, e.g. 78fa888e106456c1482d',
            },
        ]);
    });
});
describe("keepers", () => {
    const olds = {
        keyId: "0123456789abcdef0123",
        userId: emulator_1.USER,
        active: true,
        secretKey: "s",
        keepers: { rotation: "2026-10" },
    };
    const table = [
        [
            "keeps the key while keepers stay the same",
            { userId: emulator_1.USER, active: true, keepers: { rotation: "2026-10" } },
            { changes: false, replaces: [] },
        ],
        [
            "replaces the key when a keeper changes",
            { userId: emulator_1.USER, active: true, keepers: { rotation: "2026-11" } },
            { changes: true, replaces: ["keepers"] },
        ],
        [
            "replaces the key when keepers are removed",
            { userId: emulator_1.USER, active: true },
            { changes: true, replaces: ["keepers"] },
        ],
        [
            "replaces the key when a keeper is unknown in preview",
            { userId: emulator_1.USER, active: true, keepers: { rotation: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
            { changes: true, replaces: ["keepers"] },
        ],
        [
            "replaces the key when adoptKeyId is set later",
            { userId: emulator_1.USER, active: true, keepers: { rotation: "2026-10" }, adoptKeyId: "ffffffffffffffffffff" },
            { changes: true, replaces: ["adoptKeyId"] },
        ],
    ];
    for (const [name, news, expected] of table) {
        it(name, async () => (0, chai_1.expect)((0, s3_key_diff_1.diffS3Key)(olds, news)).to.deep.equal(expected));
    }
    it("rejects keepers that are not an object", async () => {
        const result = await new s3_key_provider_1.S3KeyProvider({ env: { IONOS_TOKEN: "t0k" } }).check({}, { userId: emulator_1.USER, keepers: "monthly" });
        (0, chai_1.expect)(result.failures?.[0]).to.deep.equal({
            property: "keepers",
            reason: 'not an object of values: give e.g. { rotation: "2026-11" }',
        });
    });
});
describe("lookups", () => {
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 10 });
    it("lists the user's keys with the secret keys as secrets", async () => {
        const created = (await new s3_key_provider_1.S3KeyProvider(env.options({ log: () => undefined })).create({ userId: emulator_1.USER, active: false })).outs;
        const result = await (0, s3_key_lookups_1.getS3Keys)({ userId: emulator_1.USER }, env.options());
        (0, chai_1.expect)(result.keys.map((k) => [k.keyId, k.active])).to.deep.equal([[created.keyId, false]]);
        (0, chai_1.expect)(await pulumi.isSecret(result.keys[0].secretKey)).to.equal(true);
        (0, chai_1.expect)(await valueOf(result.keys[0].secretKey)).to.equal(created.secretKey);
    });
    it("looks up one key, and says clearly when there is none", async () => {
        const [key] = env.emulator.keys(emulator_1.USER);
        const found = await (0, s3_key_lookups_1.getS3Key)({ userId: emulator_1.USER, keyId: key.id }, env.options());
        (0, chai_1.expect)(found).to.include({ userId: emulator_1.USER, keyId: key.id, active: false });
        const error = await (0, emulator_1.rejection)(() => (0, s3_key_lookups_1.getS3Key)({ userId: emulator_1.USER, keyId: "ffffffffffffffffffff" }, env.options()));
        (0, chai_1.expect)(error.message).to.equal(`getS3Key: user ${emulator_1.USER} has no key ffffffffffffffffffff; check keyId and userId.`);
    });
    it("returns the SSO URL as a secret", async () => {
        const { ssoUrl } = await (0, s3_key_lookups_1.getSsoUrl)({ userId: emulator_1.USER }, env.options());
        (0, chai_1.expect)(await pulumi.isSecret(ssoUrl)).to.equal(true);
        (0, chai_1.expect)(await valueOf(ssoUrl)).to.match(/ssosecurelogin\.htm\?user=/);
    });
    it("takes outputs as arguments in the Output form, and the result is secret", async () => {
        const result = (0, s3_key_lookups_1.getS3KeysOutput)({ userId: pulumi.output(emulator_1.USER) }, env.options());
        (0, chai_1.expect)(await pulumi.isSecret(result)).to.equal(true);
        (0, chai_1.expect)((await valueOf(result)).keys).to.have.length(1);
    });
});
describe("lookups honour Pulumi's invoke options", function () {
    this.timeout(20_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 10 });
    it("the Output form waits for dependsOn: its GET comes only once the dependency exists, and its result depends on it", async () => {
        let createdAt = Number.POSITIVE_INFINITY;
        await pulumi.runtime.setMocks({
            newResource: async (args) => {
                await new Promise((r) => setTimeout(r, 300));
                createdAt = Date.now();
                return { id: `${args.name}-id`, state: args.inputs };
            },
            call: (args) => args.inputs,
        });
        class Thing extends pulumi.CustomResource {
            constructor(name) {
                super("test:index:Thing", name, {});
            }
        }
        const dependency = new Thing("made-first");
        const from = env.emulator.log.length;
        const result = (0, s3_key_lookups_1.getS3KeysOutput)({ userId: emulator_1.USER }, { ...env.options(), dependsOn: [dependency] });
        const value = await valueOf(result);
        (0, chai_1.expect)(value.userId).to.equal(emulator_1.USER);
        const get = env.emulator.log.slice(from).find((entry) => entry.method === "GET");
        (0, chai_1.expect)(get, "the lookup ran").to.not.equal(undefined);
        (0, chai_1.expect)(get.startedAt, "after the dependency was created").to.be.at.least(createdAt);
        const resources = await result.allResources();
        (0, chai_1.expect)([...resources]).to.include(dependency);
    });
    it("refuses a version that is not the installed package's, and a provider it has no use for, in both forms", async () => {
        const wrongVersion = await (0, emulator_1.rejection)(() => (0, s3_key_lookups_1.getS3Keys)({ userId: emulator_1.USER }, { ...env.options(), version: "9.9.9" }));
        (0, chai_1.expect)(wrongVersion.message).to.match(/asks for version 9\.9\.9, but this program runs pulumi-ionos-s3key \d+\.\d+\.\d+/);
        const provider = {};
        const withProvider = await (0, emulator_1.rejection)(() => (0, access_key_lookups_1.getAccessKeys)({}, { ...env.options(), provider }));
        (0, chai_1.expect)(withProvider.message).to.contain("takes no `provider`");
        const output = (0, s3_key_lookups_1.getS3KeyOutput)({ userId: emulator_1.USER, keyId: "x" }, { ...env.options(), version: "9.9.9" });
        const failed = await (0, emulator_1.rejection)(() => output.promise());
        (0, chai_1.expect)(failed.message).to.contain("asks for version 9.9.9");
    });
});
describe("lookups use the provider's client", function () {
    // The lookup retries a GET that timed out, as the provider does, on the test's fast schedule.
    this.timeout(20_000);
    it("with IONOS_HTTP_TIMEOUT: a lookup whose answer never comes fails after that long, naming it", async () => {
        const stub = await (0, stub_server_1.startStub)(() => undefined); // never answers
        try {
            // The configured 200 ms, not the 60 s a client of its own would have used.
            const env = { IONOS_API_URL: stub.url, IONOS_TOKEN: "t0k", IONOS_HTTP_TIMEOUT: "0.2" };
            const error = await (0, emulator_1.rejection)(() => (0, s3_key_lookups_1.getS3Keys)({ userId: emulator_1.USER }, { env, client: emulator_1.FAST_CLIENT, log: () => { } }));
            (0, chai_1.expect)(error.message).to.contain("got no answer: no answer within 200 ms");
        }
        finally {
            await stub.close();
        }
    });
});
//# sourceMappingURL=adopt-keepers-lookups.test.js.map