"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getAccessKeys = getAccessKeys;
exports.getAccessKeysOutput = getAccessKeysOutput;
exports.getAccessKey = getAccessKey;
exports.getAccessKeyOutput = getAccessKeyOutput;
const access_key_outputs_1 = require("./access-key-outputs");
const access_keys_api_1 = require("../api/access-keys-api");
const errors_1 = require("../api/errors");
const lookup_options_1 = require("../common/lookup-options");
function api(opts) {
    return new access_keys_api_1.AccessKeysApi((0, lookup_options_1.lookupClient)(opts, "objectStorage"));
}
function info(key) {
    const { secretKey: _none, ...rest } = (0, access_key_outputs_1.accessKeyOutputs)(key);
    return rest;
}
/** Lists the caller's access keys (all pages), or the one with the given S3 access key id. */
async function getAccessKeys(args = {}, opts) {
    return { keys: (await api(opts).list(args.accessKey)).map(info) };
}
/** {@link getAccessKeys} for inputs that are outputs of other resources. */
function getAccessKeysOutput(args = {}, opts) {
    return (0, lookup_options_1.lookupOutput)(args, opts, getAccessKeys);
}
/** Looks up one access key by its id; fails with a clear message when there is none. */
async function getAccessKey(args, opts) {
    const key = await api(opts).get(args.keyId);
    if (key === undefined)
        throw new errors_1.IonosError(`getAccessKey: there is no access key ${args.keyId}; check keyId.`);
    return info(key);
}
/** {@link getAccessKey} for inputs that are outputs of other resources. */
function getAccessKeyOutput(args, opts) {
    return (0, lookup_options_1.lookupOutput)(args, opts, getAccessKey);
}
//# sourceMappingURL=access-key-lookups.js.map