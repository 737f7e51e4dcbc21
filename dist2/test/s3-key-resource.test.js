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
const provider_1 = require("../provider");
const emulator_1 = require("./helpers/emulator");
// Records the full RegisterResourceRequest the SDK sends, which `setMocks` alone does not expose.
async function registrations(program) {
    const seen = [];
    await pulumi.runtime.setMocks({
        newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
        call: (args) => args.inputs,
    });
    const monitor = pulumi.runtime.getMonitor();
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) => {
        seen.push({
            type: req.getType(),
            name: req.getName(),
            additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
            deleteBeforeReplace: req.getDeletebeforereplace(),
            id: "",
            object: req.getObject().toJavaScript(),
        });
        return register(req, callback);
    };
    const read = monitor.readResource.bind(monitor);
    monitor.readResource = (req, callback) => {
        seen.push({
            type: req.getType(),
            name: req.getName(),
            additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
            deleteBeforeReplace: false,
            id: req.getId(),
            object: req.getProperties().toJavaScript(),
        });
        return read(req, callback);
    };
    program();
    await new Promise((resolve) => setTimeout(resolve, 200));
    return seen;
}
describe("the S3Key resource", () => {
    it("registers secretKey as an additional secret output, merged with the caller's options", async () => {
        const seen = await registrations(() => {
            new provider_1.S3Key("ci-key", { userId: emulator_1.USER }, { deleteBeforeReplace: true, additionalSecretOutputs: ["keyId"] });
        });
        const key = seen.find((r) => r.name === "ci-key");
        (0, chai_1.expect)(key?.type).to.equal("pulumi-nodejs:dynamic/ionos:S3Key");
        (0, chai_1.expect)(key?.additionalSecretOutputs).to.have.members(["keyId", "secretKey"]);
        (0, chai_1.expect)(key?.deleteBeforeReplace).to.equal(true);
        (0, chai_1.expect)(key?.object.userId).to.equal(emulator_1.USER);
        (0, chai_1.expect)(key?.object.__provider).to.be.a("string");
    });
    it("registers secretKey as secret when the caller passes no options", async () => {
        const seen = await registrations(() => {
            new provider_1.S3Key("plain", { userId: emulator_1.USER, active: false });
        });
        (0, chai_1.expect)(seen.find((r) => r.name === "plain")?.additionalSecretOutputs).to.deep.equal(["secretKey"]);
    });
    it("reads an existing key by userId/keyId with S3Key.get", async () => {
        const seen = await registrations(() => {
            provider_1.S3Key.get("existing", `${emulator_1.USER}/0123456789abcdef0123`);
        });
        const read = seen.find((r) => r.name === "existing");
        (0, chai_1.expect)(read?.id).to.equal(`${emulator_1.USER}/0123456789abcdef0123`);
        (0, chai_1.expect)(read?.additionalSecretOutputs).to.deep.equal(["secretKey"]);
    });
});
//# sourceMappingURL=s3-key-resource.test.js.map