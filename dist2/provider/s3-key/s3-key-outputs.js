"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.echoInputs = echoInputs;
exports.toOutputs = toOutputs;
/** The inputs that only matter to `diff`, copied onto outputs. */
function echoInputs(outputs, from) {
    const { keepers: _k, adoptKeyId: _a, identity: _i, ...rest } = outputs;
    return {
        ...rest,
        ...(typeof from.identity === "string" ? { identity: from.identity } : {}),
        ...(from.keepers !== undefined ? { keepers: from.keepers } : {}),
        ...(typeof from.adoptKeyId === "string" ? { adoptKeyId: from.adoptKeyId } : {}),
    };
}
/** Outputs from an API answer; a field the answer lacks keeps its value from `previous`. */
function toOutputs(userId, key, previous) {
    const createdDate = key.metadata?.createdDate ?? previous?.createdDate;
    const lastModifiedDate = key.metadata?.lastModifiedDate ?? previous?.lastModifiedDate;
    return {
        keyId: key.id,
        userId,
        active: key.properties?.active ?? previous?.active ?? true,
        secretKey: key.properties?.secretKey ?? previous?.secretKey ?? "",
        ...(createdDate !== undefined ? { createdDate } : {}),
        ...(lastModifiedDate !== undefined ? { lastModifiedDate } : {}),
        ...(previous?.createToken !== undefined ? { createToken: previous.createToken } : {}),
    };
}
//# sourceMappingURL=s3-key-outputs.js.map