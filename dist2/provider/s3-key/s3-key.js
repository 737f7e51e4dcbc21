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
exports.S3Key = void 0;
const pulumi = __importStar(require("@pulumi/pulumi"));
const serializable_provider_1 = require("../common/serializable-provider");
const wire_1 = require("../common/wire");
const provider = (0, serializable_provider_1.serializableProvider)();
/**
 * An IONOS Cloud object storage key (an "S3 key"): an access key id and a secret key that open the
 * user's buckets. The secret key is always a Pulumi secret.
 */
class S3Key extends pulumi.dynamic.Resource {
    constructor(name, args, opts) {
        super(provider, name, {
            userId: args.userId,
            active: args.active,
            keepers: args.keepers,
            adoptKeyId: args.adoptKeyId,
            // Its URN: what makes the create token, which marks the POST in IONOS's request log, this resource's own.
            identity: pulumi.createUrn(name, wire_1.S3KEY_TYPE, opts?.parent),
            keyId: undefined,
            secretKey: undefined,
            createdDate: undefined,
            lastModifiedDate: undefined,
        }, pulumi.mergeOptions(opts, { additionalSecretOutputs: ["secretKey"] }), "ionos", "S3Key");
    }
    /**
     * Looks up an existing key without managing it. `id` is `userId/keyId`, or the key id with
     * `state.userId` set.
     */
    static get(name, id, state, opts) {
        return new S3Key(name, { userId: state?.userId ?? "", active: state?.active }, { ...opts, id });
    }
}
exports.S3Key = S3Key;
//# sourceMappingURL=s3-key.js.map