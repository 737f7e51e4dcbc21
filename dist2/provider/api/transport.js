"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classifyNetworkError = classifyNetworkError;
exports.readCapped = readCapped;
exports.excerpt = excerpt;
const redact_1 = require("./redact");
/** Node's codes for a certificate it does not trust (OpenSSL's verification errors and a name mismatch). */
const CERTIFICATE_CODES = new Set([
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "CERT_HAS_EXPIRED",
    "CERT_NOT_YET_VALID",
    "CERT_REVOKED",
    "CERT_UNTRUSTED",
    "CERT_REJECTED",
    "CERT_SIGNATURE_FAILURE",
    "ERR_TLS_CERT_ALTNAME_INVALID",
]);
function classifyNetworkError(error) {
    const e = error;
    if (e?.code !== undefined && CERTIFICATE_CODES.has(e.code))
        return "tls";
    if (e?.name === "AbortError")
        return "timeout";
    if (e?.code === "ENOTFOUND" || e?.code === "EAI_AGAIN")
        return "unresolved";
    if (e?.code === "ECONNREFUSED")
        return "refused";
    return "dropped";
}
async function readCapped(response, maxBytes) {
    if (response.body === undefined || response.body === null) {
        const text = await response.text();
        const bytes = Buffer.from(text);
        return bytes.length > maxBytes
            ? { text: bytes.subarray(0, maxBytes).toString("utf8"), truncated: true }
            : { text, truncated: false };
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        const buffer = Buffer.from(chunk);
        if (size + buffer.length > maxBytes) {
            chunks.push(buffer.subarray(0, maxBytes - size));
            response.body.destroy?.();
            return { text: Buffer.concat(chunks).toString("utf8"), truncated: true };
        }
        size += buffer.length;
        chunks.push(buffer);
    }
    return { text: Buffer.concat(chunks).toString("utf8"), truncated: false };
}
/** The start of a body for a message, secrets redacted; `truncated` when only its first bytes were read. */
function excerpt(text, secrets, truncated = false) {
    const flat = (0, redact_1.redact)(text, secrets).replace(/\s+/g, " ").trim();
    if (flat === "")
        return "empty body";
    if (truncated)
        return `${flat.slice(0, 200)}… (more than ${Buffer.byteLength(text)} bytes)`;
    return flat.length > 200 ? `${flat.slice(0, 200)}… (${text.length} bytes)` : flat;
}
//# sourceMappingURL=transport.js.map