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
exports.AccessKey = void 0;
const pulumi = __importStar(require("@pulumi/pulumi"));
const serializable_provider_1 = require("../common/serializable-provider");
const wire_1 = require("../common/wire");
const provider = (0, serializable_provider_1.serializableProvider)("AccessKeyProvider");
/**
 * An IONOS Object Storage access key, from the Object Storage Management API
 * (`IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT`, default https://s3.ionos.com): an access key id and a
 * secret key for contract-owned (and newer user-owned) buckets. The secret key is always a Pulumi
 * secret. Creation is exactly-once: a lost answer or a crash never makes a second key.
 */
class AccessKey extends pulumi.dynamic.Resource {
    constructor(name, args = {}, opts) {
        super(provider, name, {
            description: args.description ?? name,
            rotation: args.rotation,
            // Its URN keys the create journal, which lets a create cut off by a crash find its key again.
            identity: pulumi.createUrn(name, wire_1.ACCESS_KEY_TYPE, opts?.parent),
            keyId: undefined,
            accessKey: undefined,
            secretKey: undefined,
            canonicalUserId: undefined,
            contractUserId: undefined,
            administrative: undefined,
            supportedRegions: undefined,
            status: undefined,
            createdDate: undefined,
            lastModifiedDate: undefined,
        }, pulumi.mergeOptions(opts, { additionalSecretOutputs: ["secretKey"] }), "ionos", "AccessKey");
    }
    /**
     * Looks up an existing access key by its id (the UUID) without managing it. Its secret key is not
     * readable (IONOS shows it only once), so it is empty.
     */
    static get(name, id, opts) {
        return new AccessKey(name, {}, { ...opts, id });
    }
}
exports.AccessKey = AccessKey;
//# sourceMappingURL=access-key.js.map