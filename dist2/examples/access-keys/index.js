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
exports.accessKeyCount = exports.secretKey = exports.accessKeyId = void 0;
const pulumi = __importStar(require("@pulumi/pulumi"));
const pulumi_ionos_s3key_1 = require("pulumi-ionos-s3key");
// An access key of IONOS's Object Storage Management API, its secret renewed when `rotation` changes.
const config = new pulumi.Config();
const key = new pulumi_ionos_s3key_1.AccessKey("ci-access-key", {
    description: config.get("description") ?? "CI deploys",
    rotation: { month: config.get("rotationMonth") ?? "2026-12" },
});
exports.accessKeyId = key.accessKey;
exports.secretKey = key.secretKey; // a Pulumi secret
// Listed once the key exists (dependsOn), as the invoke options say.
exports.accessKeyCount = pulumi.unsecret((0, pulumi_ionos_s3key_1.getAccessKeysOutput)({}, { dependsOn: [key] }).apply((r) => r.keys.length));
//# sourceMappingURL=index.js.map