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
exports.rotatedFor = exports.accessKeyId = exports.credentials = void 0;
const pulumi = __importStar(require("@pulumi/pulumi"));
const pulumi_ionos_s3key_1 = require("pulumi-ionos-s3key");
// A key that rotates every month: `keepers` changes on the first `pulumi up` of a new month, which
// replaces the key create-before-delete, so the new key exists before the old one is deleted.
const config = new pulumi.Config();
const userId = config.get("userId") ?? "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
// `rotation` can be set to force one now (`pulumi config set rotation now-1`).
const rotation = config.get("rotation") ?? new Date().toISOString().slice(0, 7);
const key = new pulumi_ionos_s3key_1.S3Key("rotating", { userId, keepers: { rotation } });
// Pass the new secret on: other stacks read it with a StackReference (as a secret), and every
// consumer of `credentials` here gets the new key on the same `pulumi up`.
exports.credentials = pulumi.secret(pulumi.all([key.keyId, key.secretKey]).apply(([accessKeyId, secretAccessKey]) => ({ accessKeyId, secretAccessKey })));
exports.accessKeyId = key.keyId;
exports.rotatedFor = rotation;
//# sourceMappingURL=index.js.map