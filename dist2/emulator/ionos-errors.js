"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.errors = void 0;
exports.ionosError = ionosError;
/** `{httpStatus, messages: [{errorCode, message}]}`, as the real API sends it. */
function ionosError(status, errorCode, message, headers) {
    return { status, body: { httpStatus: status, messages: [{ errorCode, message }] }, ...(headers ? { headers } : {}) };
}
exports.errors = {
    unauthorized: () => ionosError(401, "315", "Unauthorized: the Authorization header is missing or the credentials are wrong."),
    forbidden: () => ionosError(403, "[VDC-5-1]", "The user is not authorized to perform this operation: the privilege to manage users is missing."),
    pathNotFound: (path) => ionosError(404, "309", `Resource does not exist: ${path}`),
    userNotFound: (userId) => ionosError(404, "309", `Resource does not exist: the user ${userId} was not found.`),
    keyNotFound: (status) => ionosError(status, "[VDC-21-2]", "[VDC-21-2] The access key cannot be found, please double-check the key id and try again."),
    methodNotAllowed: (method, allowed) => ionosError(405, "305", `Method ${method} is not allowed here; allowed: ${allowed.join(", ")}.`, {
        Allow: allowed.join(", "),
    }),
    unsupportedMediaType: (type) => ionosError(415, "306", `Unsupported content type "${type}": send application/json.`),
    malformedJson: (reason) => ionosError(400, "[VDC-1-1]", `Malformed JSON in the request body: ${reason}.`),
    malformedRequest: (reason) => ionosError(400, "[VDC-1-2]", `Malformed request: ${reason}.`),
    invalid: (field, reason) => ionosError(422, "[VDC-21-3]", `Attribute '${field}' is invalid: ${reason}.`),
    tooManyKeys: (max) => ionosError(422, "[VDC-21-5]", `The user has reached the maximum of ${max} access keys; delete a key before creating a new one.`),
    noPrivilege: () => ionosError(422, "[VDC-21-7]", "The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE privilege."),
    rateLimited: (retryAfterS) => ionosError(429, "429", "Too many requests: the rate limit was exceeded; retry after the Retry-After delay.", {
        "Retry-After": String(retryAfterS),
    }),
    serverError: (status) => ionosError(status, String(status), status === 503 ? "The service is under maintenance; try again later." : "Internal server error."),
    bodyTooLarge: () => ionosError(413, "413", "The request body is too large."),
    bodyTimeout: (seconds) => ionosError(408, "408", `The request body did not arrive within ${seconds} s; send it at once.`, {
        Connection: "close",
    }),
};
//# sourceMappingURL=ionos-errors.js.map