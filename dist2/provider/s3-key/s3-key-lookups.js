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
exports.getS3Keys = getS3Keys;
exports.getS3KeysOutput = getS3KeysOutput;
exports.getS3Key = getS3Key;
exports.getS3KeyOutput = getS3KeyOutput;
exports.getSsoUrl = getSsoUrl;
exports.getSsoUrlOutput = getSsoUrlOutput;
const pulumi = __importStar(require("@pulumi/pulumi"));
const errors_1 = require("../api/errors");
const s3_keys_api_1 = require("../api/s3-keys-api");
const lookup_options_1 = require("../common/lookup-options");
const s3_key_outputs_1 = require("./s3-key-outputs");
function api(opts) {
    return new s3_keys_api_1.S3KeysApi((0, lookup_options_1.lookupClient)(opts, "api"));
}
/** A key as a lookup shows it: the provider's outputs, the secret key wrapped as a secret. */
function info(userId, key) {
    const { keyId, active, secretKey, createdDate, lastModifiedDate } = (0, s3_key_outputs_1.toOutputs)(userId, key);
    return {
        keyId,
        active,
        secretKey: pulumi.secret(secretKey),
        ...(createdDate !== undefined ? { createdDate } : {}),
        ...(lastModifiedDate !== undefined ? { lastModifiedDate } : {}),
    };
}
/** Lists the user's object storage keys. The secret keys are secrets. */
async function getS3Keys(args, opts) {
    return { userId: args.userId, keys: (await api(opts).list(args.userId)).map((key) => info(args.userId, key)) };
}
/** {@link getS3Keys} for inputs that are outputs of other resources; the result is secret as a whole. */
function getS3KeysOutput(args, opts) {
    return pulumi.secret((0, lookup_options_1.lookupOutput)(args, opts, getS3Keys));
}
/** Looks up one key; fails with a clear message when the user has no such key. */
async function getS3Key(args, opts) {
    const key = await api(opts).get(args.userId, args.keyId);
    if (key === undefined)
        throw new errors_1.IonosError(`getS3Key: user ${args.userId} has no key ${args.keyId}; check keyId and userId.`);
    return { userId: args.userId, ...info(args.userId, key) };
}
/** {@link getS3Key} for inputs that are outputs of other resources; the result is secret as a whole. */
function getS3KeyOutput(args, opts) {
    return pulumi.secret((0, lookup_options_1.lookupOutput)(args, opts, getS3Key));
}
/** The user's object storage single sign-on URL, as a secret. */
async function getSsoUrl(args, opts) {
    return { userId: args.userId, ssoUrl: pulumi.secret(await api(opts).ssoUrl(args.userId)) };
}
/** {@link getSsoUrl} for inputs that are outputs of other resources; the result is secret as a whole. */
function getSsoUrlOutput(args, opts) {
    return pulumi.secret((0, lookup_options_1.lookupOutput)(args, opts, getSsoUrl));
}
//# sourceMappingURL=s3-key-lookups.js.map