"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLOUD_API_BASE_PATH = void 0;
exports.sendsCredentialsInClear = sendsCredentialsInClear;
exports.normalizeApiUrl = normalizeApiUrl;
exports.normalizeObjectStorageUrl = normalizeObjectStorageUrl;
exports.cloudApiEndpoint = cloudApiEndpoint;
exports.objectStorageEndpoint = objectStorageEndpoint;
exports.mixedEndpoints = mixedEndpoints;
// The endpoints the settings name: their normal form, and whether one would carry credentials in clear.
const proxy_from_environment_1 = require("../api/proxy-from-environment");
const redact_1 = require("../api/redact");
/**
 * True for an `http:` URL whose host is not a loopback address: only the literals 127.0.0.0/8 and
 * ::1, and `localhost` itself. `*.localhost` is not: glibc resolves it through DNS, so the token
 * could travel in clear to whatever DNS answers.
 */
function sendsCredentialsInClear(url) {
    const { protocol, hostname } = new URL(url);
    if (protocol !== "http:")
        return false;
    return !(0, proxy_from_environment_1.isLoopback)(hostname);
}
/** The Cloud API's base path: an endpoint names the host alone, or the host and this path. */
exports.CLOUD_API_BASE_PATH = "/cloudapi/v6";
/**
 * `https://api.ionos.com` and `https://api.ionos.com/cloudapi/v6/` both become
 * `https://api.ionos.com/cloudapi/v6`; any other path (a typo such as `/cloudapi`, a doubled base,
 * another version) is undefined: every request would go to a path IONOS does not serve, and its
 * 404s could look like keys that are gone. Pure.
 */
function normalizeApiUrl(raw) {
    const url = httpUrl(raw);
    if (url === undefined)
        return undefined;
    const path = url.pathname.replace(/\/+$/, "");
    return path === "" || path === exports.CLOUD_API_BASE_PATH ? `${url.origin}${exports.CLOUD_API_BASE_PATH}` : undefined;
}
/**
 * The Object Storage Management API's server, `https://s3.ionos.com` with or without a trailing
 * slash; undefined for any path (its paths start at the server's root). Pure.
 */
function normalizeObjectStorageUrl(raw) {
    const url = httpUrl(raw);
    return url === undefined || url.pathname.replace(/\/+$/, "") !== "" ? undefined : url.origin;
}
/** `IONOS_API_URL` (or `ionoscloud:endpoint`, named by `from`) in its normal form, or what is wrong with it. Pure. */
function cloudApiEndpoint(from, value) {
    const url = normalizeApiUrl(value);
    if (url !== undefined)
        return { url };
    const shownUrl = `${from} "${(0, redact_1.shown)((0, redact_1.displayUrl)(value))}"`;
    const otherVersion = /\/cloudapi\/(v\d+)\/?$/.exec(value);
    if (otherVersion !== null && otherVersion[1] !== "v6")
        return {
            problem: `${shownUrl} names the Cloud API ${otherVersion[1]}: this provider speaks /cloudapi/v6, so give the host (https://api.ionos.com) or a base ending in /cloudapi/v6`,
        };
    const parsed = httpUrl(value);
    if (parsed === undefined)
        return {
            problem: `${shownUrl} is not an http(s) URL without credentials: use a host such as https://api.ionos.com or a base ending in /cloudapi/v6`,
        };
    return {
        problem: `${shownUrl} has the path ${(0, redact_1.shown)(parsed.pathname)}, which is not the Cloud API's base: give the host alone (${parsed.origin}) or the host with ${exports.CLOUD_API_BASE_PATH} (${parsed.origin}${exports.CLOUD_API_BASE_PATH}); every other path answers 404`,
    };
}
/** `IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT` (or its stack config) in its normal form, or what is wrong with it. Pure. */
function objectStorageEndpoint(from, value) {
    const url = normalizeObjectStorageUrl(value);
    if (url !== undefined)
        return { url };
    const shownUrl = `${from} "${(0, redact_1.shown)((0, redact_1.displayUrl)(value))}"`;
    const parsed = httpUrl(value);
    return {
        problem: parsed !== undefined
            ? `${shownUrl} has the path ${(0, redact_1.shown)(parsed.pathname)}: the Object Storage Management API is served at its server's root, so give the server alone, e.g. ${parsed.origin}`
            : `${shownUrl} is not an http(s) URL without credentials: use the server, e.g. https://s3.ionos.com`,
    };
}
function httpUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return undefined;
    }
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password)
        return undefined;
    return url;
}
/**
 * The warning for settings that send this resource's API (`mine`) to a remote service, such as
 * IONOS's public one, while the other API is on this machine (an emulator): a program "tested
 * locally" would make real keys of this kind. Undefined otherwise. Pure.
 */
function mixedEndpoints(config, mine) {
    const local = (url) => (0, proxy_from_environment_1.isLoopback)(new URL(url).hostname);
    const cloud = { url: config.api.baseUrl, what: "the Cloud API (S3Key, IONOS_API_URL)" };
    const storage = {
        url: config.objectStorage.baseUrl,
        what: "the Object Storage Management API (AccessKey, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT)",
    };
    const [own, other] = mine === "cloud" ? [cloud, storage] : [storage, cloud];
    if (local(own.url) || !local(other.url))
        return undefined;
    return (`${other.what} is ${other.url}, on this machine, but ${own.what} is ${own.url}, a remote service where keys are real. ` +
        "Point both at the emulator (`ionos-emulator --print-env` prints both settings) or both at IONOS.");
}
//# sourceMappingURL=endpoints.js.map