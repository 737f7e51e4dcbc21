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
const access_key_provider_1 = require("../provider/access-key/access-key-provider");
const create_journal_1 = require("../provider/common/create-journal");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const emulator_1 = require("./helpers/emulator");
// What a cut-off create needs to find its key is chosen in check, so the engine's pending create
// holds it in the stack's state before the write (a runner that vanishes keeps nothing else).
describe("the create's identity, chosen in check", function () {
    this.timeout(20_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 10 });
    const s3 = () => new s3_key_provider_1.S3KeyProvider(env.options({ log: () => undefined, client: emulator_1.FAST_CLIENT }));
    const access = () => new access_key_provider_1.AccessKeyProvider(env.options({ log: () => undefined }));
    it("S3Key: a new resource gets a fresh token; two resources never the same", async () => {
        const a = (await s3().check({}, { userId: emulator_1.USER })).inputs;
        const b = (await s3().check({}, { userId: emulator_1.USER })).inputs;
        (0, chai_1.expect)(a.createToken).to.match(/^[0-9a-f]{32}$/);
        (0, chai_1.expect)(a.createToken).to.not.equal(b.createToken);
    });
    it("S3Key: one in the state gets the next link of its chain: a preview and its up agree, a replacement differs from its key's", async () => {
        const olds = { userId: emulator_1.USER, active: true, createToken: "0123456789abcdef0123456789abcdef" };
        const preview = (await s3().check(olds, { userId: emulator_1.USER })).inputs;
        const up = (await s3().check(olds, { userId: emulator_1.USER })).inputs;
        (0, chai_1.expect)(preview.createToken).to.equal(up.createToken);
        (0, chai_1.expect)(preview.createToken).to.equal((0, create_journal_1.nextCreateToken)(olds.createToken));
        (0, chai_1.expect)(preview.createToken).to.not.equal(olds.createToken);
    });
    it("S3Key: the create marks its POST with the token check chose, and the state keeps it", async () => {
        const inputs = (await s3().check({}, { userId: emulator_1.USER, identity: "urn:pulumi:d::p::t::k" })).inputs;
        const from = env.emulator.log.length;
        const { id, outs } = await s3().create(inputs);
        const post = env.emulator.log.slice(from).find((e) => e.method === "POST");
        const recorded = env.emulator.request(post.requestId);
        (0, chai_1.expect)(JSON.stringify(recorded)).to.contain(inputs.createToken);
        (0, chai_1.expect)(outs.createToken).to.equal(inputs.createToken);
        await s3().delete(id, outs);
    });
    it("AccessKey: a new resource gets a fresh id, the create ensures exactly that id, and a replacement chains a new one from the state's", async () => {
        const inputs = (await access().check({}, { description: "ci" })).inputs;
        (0, chai_1.expect)(inputs.createId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        const other = (await access().check({}, { description: "ci" })).inputs;
        (0, chai_1.expect)(other.createId).to.not.equal(inputs.createId);
        const { id, outs } = await access().create(inputs);
        (0, chai_1.expect)(id).to.equal(inputs.createId);
        const again = (await access().check(inputs, { description: "ci" })).inputs;
        (0, chai_1.expect)(again.createId, "never the id of the key it would replace (up --replace)").to.not.equal(inputs.createId);
        (0, chai_1.expect)(again.createId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        const preview = (await access().check(inputs, { description: "ci" })).inputs;
        (0, chai_1.expect)(preview.createId, "a preview and the up after it choose the same one").to.equal(again.createId);
        const replacement = await access().create(again);
        (0, chai_1.expect)(replacement.id).to.equal(again.createId);
        await access().delete(id, outs ?? {});
        await access().delete(replacement.id, replacement.outs ?? {});
    });
});
describe("a resource's messages are on its own row", function () {
    this.timeout(20_000);
    const env = (0, emulator_1.useEmulator)();
    it("progress and retry messages go to Pulumi's log attached to the resource's URN, not to the stack", async () => {
        const urn = "urn:pulumi:dev::app::pulumi-nodejs:dynamic:Resource::ci-key";
        const seen = [];
        const original = pulumi.log.info;
        pulumi.log.info = (message, resource) => {
            const got = resource;
            void (got ? got.urn.promise() : Promise.resolve("")).then((at) => seen.push({ message, urn: at }));
            return Promise.resolve();
        };
        try {
            env.emulator.withholdPrivilege(emulator_1.USER, 500);
            const { log: _log, ...options } = env.options();
            const provider = new s3_key_provider_1.S3KeyProvider(options);
            await provider.create({ userId: emulator_1.USER, active: true, identity: urn });
            await new Promise((r) => setImmediate(r));
        }
        finally {
            pulumi.log.info = original;
        }
        const waiting = seen.filter((s) => s.message.includes("ACCESS_S3_OBJECT_STORAGE"));
        (0, chai_1.expect)(waiting.length, JSON.stringify(seen)).to.be.greaterThan(0);
        for (const line of waiting)
            (0, chai_1.expect)(line.urn).to.equal(urn);
    });
});
//# sourceMappingURL=create-identity.test.js.map