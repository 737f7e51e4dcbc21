/**
 * The base class of every error this package raises. Each message names what went wrong and what to do;
 * none carries a token, a password or a secret key.
 */
export declare class IonosError extends Error {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** The credentials or the endpoint are missing or malformed. Nothing was sent. */
export declare class IonosConfigError extends IonosError {
    /** Every problem found, one sentence each. */
    readonly problems: readonly string[];
    constructor(problems: readonly string[]);
}
/** The IONOS Cloud API answered with an error status. */
export declare class IonosApiError extends IonosError {
    /** The HTTP status, e.g. 422. */
    readonly status: number;
    /** The request's method. */
    readonly method: string;
    /** The request's path below the API base, without the query. */
    readonly path: string;
    /** IONOS error codes from the body, e.g. `["VDC-21-2"]`. */
    readonly codes: readonly string[];
    /** IONOS messages from the body, or the raw body (shortened) when it was not IONOS-shaped. */
    readonly apiMessages: readonly string[];
    constructor(init: {
        status: number;
        method: string;
        path: string;
        codes: readonly string[];
        apiMessages: readonly string[];
        hint: string;
    });
}
/** The request never got an HTTP answer: the connection failed, was dropped, or timed out. */
export declare class IonosNetworkError extends IonosError {
    readonly method: string;
    readonly path: string;
    /** True when the request may have reached the API (so a write may have happened). */
    readonly maybeApplied: boolean;
    /** True when the request was cut off by the client's own timeout. */
    readonly timedOut: boolean;
    constructor(init: {
        method: string;
        path: string;
        reason: string;
        maybeApplied: boolean;
        timedOut: boolean;
        hint: string;
        cause?: unknown;
    });
}
/** A wait (a request, a key becoming readable or available, a deletion) outlasted IONOS_WAIT_TIMEOUT. */
export declare class IonosWaitTimeoutError extends IonosError {
    /** What was waited for. */
    readonly what: string;
    readonly waitedMs: number;
    /** The last state a poll saw (QUEUED, RUNNING, PROVISIONING, not readable, …). */
    readonly status: string;
    constructor(init: {
        what: string;
        waitedMs: number;
        status: string;
        hint: string;
    });
}
/** The API answered with a success status, but its body is not what the API documents. */
export declare class IonosResponseError extends IonosError {
    readonly status: number;
    readonly method: string;
    readonly path: string;
    constructor(init: {
        status: number;
        method: string;
        path: string;
        problem: string;
        /** The setting that names the API's base. @default "IONOS_API_URL" */
        endpointSetting?: string;
    });
}
/** An asynchronous IONOS request ended FAILED, or did not end in time. */
export declare class IonosRequestError extends IonosError {
    /** The IONOS request id (from the `Location` header). */
    readonly requestId: string;
    /** The last status seen: `FAILED`, or `QUEUED`/`RUNNING` when the wait timed out. */
    readonly status: string;
    constructor(init: {
        requestId: string;
        status: string;
        message: string;
    });
}
