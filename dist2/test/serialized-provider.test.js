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
const serializable_provider_1 = require("../provider/common/serializable-provider");
const emulator_1 = require("./helpers/emulator");
// What the plugin host does with the `__provider` text: require it back and call handler().
function requireFromText(text) {
    const requireFromString = require("require-from-string");
    return requireFromString(text).handler();
}
describe("the serialized provider", () => {
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 10 });
    // The one exception to "tests never write process.env": a serialized provider, as the plugin host
    // loads it, takes no options and reads the host's environment, so these tests set it, and put it back.
    const saved = { ...process.env };
    before(() => Object.assign(process.env, env.env));
    after(() => (process.env = saved));
    it("contains no token, password or secret key, even with all of them in the environment", async () => {
        const provider = (0, serializable_provider_1.serializableProvider)();
        // A key created through the provider before serialization must not be captured either.
        const { outs } = await provider.create({ userId: emulator_1.USER, active: true });
        process.env.IONOS_PASSWORD = "a-password-value";
        process.env.IONOS_USERNAME = "someone@example.com";
        try {
            const { text } = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
            for (const secret of [env.emulator.options.token, "a-password-value", outs.secretKey]) {
                (0, chai_1.expect)(text.includes(secret), "a secret is in the serialized provider").to.equal(false);
            }
            (0, chai_1.expect)(text).to.not.contain("IonosHttpClient");
            (0, chai_1.expect)(text.length).to.be.below(16 * 1024);
        }
        finally {
            delete process.env.IONOS_PASSWORD;
            delete process.env.IONOS_USERNAME;
        }
    });
    it("works after being required back from its text, as the plugin host does", async () => {
        const { text } = await pulumi.runtime.serializeFunction(() => (0, serializable_provider_1.serializableProvider)(), { allowSecrets: true });
        const provider = requireFromText(text);
        const created = await provider.create({ userId: emulator_1.USER, active: false });
        const outs = created.outs;
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER).find((k) => k.id === created.id)?.active).to.equal(false);
        const read = await provider.read(created.id, outs);
        (0, chai_1.expect)(read.props).to.deep.equal(outs);
        await provider.delete(created.id, outs);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER).find((k) => k.id === created.id)).to.equal(undefined);
    });
    it("keeps stack config from configure() for later calls, as one plugin process does", async () => {
        const { text } = await pulumi.runtime.serializeFunction(() => (0, serializable_provider_1.serializableProvider)(), { allowSecrets: true });
        const provider = requireFromText(text);
        delete process.env.IONOS_TOKEN;
        try {
            const values = { "ionoscloud:token": env.emulator.options.token };
            await provider.configure({ config: { get: (k) => values[k], require: (k) => values[k] } });
            const created = await provider.create({ userId: emulator_1.USER, active: true });
            await provider.delete(created.id, created.outs);
        }
        finally {
            process.env.IONOS_TOKEN = env.emulator.options.token;
        }
    });
});
//# sourceMappingURL=serialized-provider.test.js.map