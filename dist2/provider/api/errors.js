"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IonosRequestError = exports.IonosResponseError = exports.IonosWaitTimeoutError = exports.IonosNetworkError = exports.IonosApiError = exports.IonosConfigError = exports.IonosError = void 0;
/**
 * The base class of every error this package raises. Each message names what went wrong and what to do;
 * none carries a token, a password or a secret key.
 */
class IonosError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
exports.IonosError = IonosError;
/** The credentials or the endpoint are missing or malformed. Nothing was sent. */
class IonosConfigError extends IonosError {
    /** Every problem found, one sentence each. */
    problems;
    constructor(problems) {
        super(`IONOS provider configuration is invalid:\n  - ${problems.join("\n  - ")}`);
        this.problems = problems;
        // What to fix is all in the message: where the plugin host prints the stack (a throwing read,
        // diff or delete), no frames of this package's internals follow it.
        this.stack = `${this.name}: ${this.message}`;
    }
}
exports.IonosConfigError = IonosConfigError;
/** The IONOS Cloud API answered with an error status. */
class IonosApiError extends IonosError {
    /** The HTTP status, e.g. 422. */
    status;
    /** The request's method. */
    method;
    /** The request's path below the API base, without the query. */
    path;
    /** IONOS error codes from the body, e.g. `["VDC-21-2"]`. */
    codes;
    /** IONOS messages from the body, or the raw body (shortened) when it was not IONOS-shaped. */
    apiMessages;
    constructor(init) {
        // IONOS's own messages often end in a period; the hint's sentence follows after exactly one.
        const detail = init.apiMessages.length > 0 ? `: ${init.apiMessages.join("; ").replace(/[.\s]+$/, "")}` : "";
        super(`IONOS API ${init.method} ${init.path} failed with HTTP ${init.status}${detail}. ${init.hint}`);
        this.status = init.status;
        this.method = init.method;
        this.path = init.path;
        this.codes = init.codes;
        this.apiMessages = init.apiMessages;
    }
}
exports.IonosApiError = IonosApiError;
/** The request never got an HTTP answer: the connection failed, was dropped, or timed out. */
class IonosNetworkError extends IonosError {
    method;
    path;
    /** True when the request may have reached the API (so a write may have happened). */
    maybeApplied;
    /** True when the request was cut off by the client's own timeout. */
    timedOut;
    constructor(init) {
        super(`IONOS API ${init.method} ${init.path} got no answer: ${init.reason}. ${init.hint}`, {
            cause: init.cause,
        });
        this.method = init.method;
        this.path = init.path;
        this.maybeApplied = init.maybeApplied;
        this.timedOut = init.timedOut;
    }
}
exports.IonosNetworkError = IonosNetworkError;
/** A wait (a request, a key becoming readable or available, a deletion) outlasted IONOS_WAIT_TIMEOUT. */
class IonosWaitTimeoutError extends IonosError {
    /** What was waited for. */
    what;
    waitedMs;
    /** The last state a poll saw (QUEUED, RUNNING, PROVISIONING, not readable, …). */
    status;
    constructor(init) {
        super(`Timed out after ${Math.round(init.waitedMs / 1000)} s waiting for ${init.what}; it was still ${init.status}. ${init.hint} IONOS_WAIT_TIMEOUT (seconds) waits longer.`);
        this.what = init.what;
        this.waitedMs = init.waitedMs;
        this.status = init.status;
    }
}
exports.IonosWaitTimeoutError = IonosWaitTimeoutError;
/** What each endpoint setting should name. */
const ENDPOINT_APIS = {
    IONOS_API_URL: "the IONOS Cloud API v6 (e.g. https://api.ionos.com)",
    IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: "the IONOS Object Storage Management API (e.g. https://s3.ionos.com)",
};
/** The API answered with a success status, but its body is not what the API documents. */
class IonosResponseError extends IonosError {
    status;
    method;
    path;
    constructor(init) {
        const setting = init.endpointSetting ?? "IONOS_API_URL";
        super(`IONOS API ${init.method} ${init.path} returned HTTP ${init.status} with an unexpected body: ${init.problem}. ` +
            `Check that ${setting} points at ${ENDPOINT_APIS[setting] ?? "the right IONOS API"}.`);
        this.status = init.status;
        this.method = init.method;
        this.path = init.path;
    }
}
exports.IonosResponseError = IonosResponseError;
/** An asynchronous IONOS request ended FAILED, or did not end in time. */
class IonosRequestError extends IonosError {
    /** The IONOS request id (from the `Location` header). */
    requestId;
    /** The last status seen: `FAILED`, or `QUEUED`/`RUNNING` when the wait timed out. */
    status;
    constructor(init) {
        super(init.message);
        this.requestId = init.requestId;
        this.status = init.status;
    }
}
exports.IonosRequestError = IonosRequestError;
//# sourceMappingURL=errors.js.map