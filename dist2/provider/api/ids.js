"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KEY_ID_PATTERN = exports.USER_ID_PATTERN = exports.UUID_PATTERN = void 0;
exports.idSegment = idSegment;
const errors_1 = require("./errors");
/** A UUID: IONOS's user ids and access key ids. */
exports.UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An IONOS user id: a UUID. */
exports.USER_ID_PATTERN = exports.UUID_PATTERN;
/** An object storage key id, which is also the S3 access key id: letters and digits (20 today, e.g. 78fa888e106456c1482d). */
exports.KEY_ID_PATTERN = /^[0-9A-Za-z]{10,64}$/;
/**
 * A user or key id as a URL path segment, after checking it: an id from a response, the state or
 * a user such as `..` or `a/b` would otherwise change which path the request goes to.
 */
function idSegment(kind, id) {
    const pattern = kind === "user" ? exports.USER_ID_PATTERN : exports.KEY_ID_PATTERN;
    if (typeof id !== "string" || !pattern.test(id)) {
        const shown = JSON.stringify(String(id).slice(0, 80));
        throw new errors_1.IonosError(kind === "user"
            ? `the user id ${shown} is not an IONOS user id (a UUID), so no request was sent with it: check userId, or the id in the state (pulumi stack export).`
            : `the key id ${shown} is not an IONOS key id (10 to 64 letters and digits), so no request was sent with it: check adoptKeyId, or the id in the state (pulumi stack export).`);
    }
    return id;
}
//# sourceMappingURL=ids.js.map