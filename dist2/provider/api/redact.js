"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIN_REDACTED_LENGTH = void 0;
exports.redact = redact;
exports.displayUrl = displayUrl;
exports.shown = shown;
// A secret field's value up to its closing quote, or to the end of the text when the body was cut
// off inside the value (an excerpt, a truncated answer): redaction must not depend on the quote.
const SECRET_FIELD = /("(?:secretKey|password|token)"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|\\?$)/gi;
/**
 * Secrets shorter than this are not searched for in text: a password such as "error" cannot be told
 * from the word, and blanking every "error" would garble IONOS's message without hiding anything
 * (IONOS does not echo credentials; secret fields are blanked by name above whatever their length).
 */
exports.MIN_REDACTED_LENGTH = 8;
/** Removes secret fields from a response body excerpt and every given secret value from a text. */
function redact(text, secrets = []) {
    let out = text.replace(SECRET_FIELD, '$1"[secret]"');
    for (const secret of secrets)
        if (secret.length >= exports.MIN_REDACTED_LENGTH)
            out = out.split(secret).join("[secret]");
    return out;
}
/** A URL as it may be shown in a message: any `user:password@` replaced, whether or not it parses. */
function displayUrl(raw) {
    return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1***@");
}
/** A value as a message may show it: at most `max` characters of it, and how long it was when cut. */
function shown(value, max = 60) {
    const text = String(value);
    return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
//# sourceMappingURL=redact.js.map