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
exports.standbyIsActive = exports.standbyAccessKeyId = exports.secretKey = exports.accessKeyId = void 0;
const pulumi = __importStar(require("@pulumi/pulumi"));
const pulumi_ionos_s3key_1 = require("pulumi-ionos-s3key");
// Two keys for one user: one in use, one standing by disabled, ready to be switched on.
const config = new pulumi.Config();
// The default user id is the emulator's demo user; set `userId` to a real IONOS user's UUID.
const userId = config.get("userId") ?? "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
const standbyActive = config.getBoolean("standbyActive") ?? false;
const primary = new pulumi_ionos_s3key_1.S3Key("primary", { userId });
const standby = new pulumi_ionos_s3key_1.S3Key("standby", { userId, active: standbyActive });
exports.accessKeyId = primary.id;
exports.secretKey = primary.secretKey;
exports.standbyAccessKeyId = standby.keyId;
exports.standbyIsActive = standby.active;
//# sourceMappingURL=index.js.map