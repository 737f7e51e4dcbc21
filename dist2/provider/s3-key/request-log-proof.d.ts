import type { IonosHttpClient } from "../api/client";
import type { ServerClock } from "../api/server-clock";
import type { CreatePolicy } from "../common/config";
/** Dates in the request log are the server's: a window starts this long before a POST's server time. */
export declare const CLOCK_MARGIN_MS = 120000;
/**
 * A POST's server time unknown (no answer had shown IONOS's clock, or a journal entry from an
 * earlier process without it): the window starts this long before its local time instead, so a
 * machine clock up to 15 minutes off still finds the POST.
 */
export declare const UNKNOWN_CLOCK_MARGIN_MS: number;
/** When a POST was sent: this machine's time, and IONOS's when its clock was known for it. */
export interface PostedAt {
    readonly local: number;
    readonly server?: number;
    /** From this process: its clock, once learned, converts `local` to the server's time exactly. */
    readonly thisProcess: boolean;
}
/** The request-log window's start for a POST, in the server's time. */
export declare function windowStart(posted: PostedAt, clock: ServerClock): number;
/** What IONOS's request log says about a create token's POST. */
export type Finding = {
    readonly kind: "made";
    readonly keyId: string;
    readonly requestId: string;
    readonly token: string;
} | {
    readonly kind: "none";
}
/** POSTs the log cannot attribute (no token recorded): they made these keys. */
 | {
    readonly kind: "unclear";
    readonly keyIds: readonly string[];
    readonly since: number;
};
/**
 * Asks the request log for the POSTs to the user's keys since `postedAt` in the server's time (less
 * the clock margin, see `windowStart`).
 * One marked with `token` that did not fail made our key. With none, it waits until the log has had
 * `requestLogSettleMs` to list the POST; then POSTs it cannot attribute make the answer unclear.
 */
export declare function findOwnPost(client: IonosHttpClient, userId: string, token: string, postedAt: PostedAt, policy: CreatePolicy): Promise<Finding>;
/** How far back the request log is searched for an earlier create of a resource on another machine. */
export declare const EARLIER_CREATE_WINDOW_MS: number;
/** What the request log holds of a resource's earlier creates (by its `RESOURCE_HEADER` mark). */
export interface EarlierCreates {
    /** A POST marked with this very create's token: this create ran before, cut off. */
    readonly own?: Made;
    /** Live keys that POSTs of this resource made, from creates no state of its line holds. */
    readonly orphans: ReadonlyArray<{
        readonly keyId: string;
        readonly requestId: string;
        readonly at: string;
    }>;
}
/** The key the log shows for a token's POST. */
type Made = Extract<Finding, {
    kind: "made";
}>;
/**
 * Asks the request log, once, for the POSTs of the last 7 days marked with this resource's mark. One
 * with this create's token is its own earlier attempt; one whose token is an ancestor of this one, or
 * that made `replaces` (the key of the resource this create replaces), made a key the state holds (or
 * deleted); any other that made a key still alive made a key no journal on this machine knows: a
 * plugin host that died alone on a runner since thrown away.
 */
export declare function findEarlierCreates(client: IonosHttpClient, userId: string, mark: string, token: string, replaces?: string): Promise<EarlierCreates>;
export {};
