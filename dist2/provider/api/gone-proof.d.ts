import type { IonosHttpClient } from "./client";
import { IonosApiError, IonosError } from "./errors";
/** How to prove one key gone after a 404: what IONOS's own answer for it looks like, and the list that would hold it. */
export interface GoneProof {
    /** The key, as messages name it: `key 78fa… of user 9b1b…`. */
    readonly what: string;
    /** True when the error is IONOS's own answer for this missing key (e.g. 422 `[VDC-21-2]`). */
    readonly saysMissing: (error: IonosApiError) => boolean;
    /** The list that would hold the key, as a method and path for messages, and whether it holds it. */
    readonly list: {
        readonly path: string;
        readonly holdsKey: () => Promise<boolean>;
    };
}
/** A 404 or 422 that does not prove the key gone: the state keeps the key, and nothing was deleted. */
export declare class IonosNotProvenGoneError extends IonosError {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/**
 * The request's result, or undefined when its error proves the key gone: IONOS's own answer for a
 * missing key, or a 404 while the owner's key list answers and lacks the key. Any other 404 (or an
 * unreadable list) is an `IonosNotProvenGoneError` naming the URLs and the likely mistake.
 */
export declare function unlessProvenGone<T>(client: IonosHttpClient, request: () => Promise<T>, proof: GoneProof): Promise<T | undefined>;
