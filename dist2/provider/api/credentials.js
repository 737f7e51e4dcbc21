"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.authorizationHeader = authorizationHeader;
exports.credentialSecrets = credentialSecrets;
exports.credentialProblem = credentialProblem;
/** The Authorization header for the configured credentials: Bearer token, or Basic username and password. */
function authorizationHeader(settings) {
    return settings.auth.kind === "token" ? `Bearer ${settings.auth.token}` : `Basic ${basicCredentials(settings.auth)}`;
}
/** The values that must never appear in a message: the token, or the password and the Basic credentials. */
function credentialSecrets(settings) {
    const auth = settings.auth;
    return auth.kind === "token" ? [auth.token] : [auth.password, basicCredentials(auth)];
}
/** `username:password` in base64, as a Basic Authorization header carries it. */
function basicCredentials(auth) {
    return Buffer.from(`${auth.username}:${auth.password}`).toString("base64");
}
const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb]/;
/**
 * Why a credential cannot reach IONOS as it is in an Authorization header, or undefined: a token is
 * visible ASCII (no space, no quotes); no credential holds control characters or the typographic
 * quotes a pasted document adds (Basic encodes any other character). Pure; never quotes the value.
 */
function credentialProblem(what, value) {
    if (value === "")
        return "is empty";
    if (TYPOGRAPHIC_QUOTES.test(value))
        return "holds typographic quotes (“ ” ‘ ’ « »), as pasting from a document or chat adds them";
    if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
        return "holds a line break, tab or other control character";
    if (what !== "token")
        return undefined;
    if (/\s/.test(value))
        return "holds whitespace, which a token never does";
    if (/["'`]/.test(value))
        return "holds quote characters, which a token never does (were they pasted with it?)";
    if (/[^\x21-\x7e]/.test(value))
        return "holds characters outside ASCII, which a token never does";
    return undefined;
}
//# sourceMappingURL=credentials.js.map