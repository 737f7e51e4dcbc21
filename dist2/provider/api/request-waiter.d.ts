import type { IonosHttpClient } from "./client";
import type { RequestTimings, WaitOptions } from "./poll-schedule";
/**
 * Polls `/requests/{id}/status` until the request is DONE (through `pollUntil`). Throws
 * `IonosRequestError` when it ends FAILED (with the API's message), `IonosWaitTimeoutError` when it
 * is still running at the timeout. With `learn`, the poll times follow what the process learned
 * about requests of that kind, and the wait teaches it more.
 */
export declare function waitForRequest(client: IonosHttpClient, requestId: string, what: string, options?: WaitOptions, learn?: {
    readonly timings: RequestTimings;
    readonly kind: string;
}): Promise<void>;
