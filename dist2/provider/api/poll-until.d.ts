import type { IonosHttpClient } from "./client";
import { type RequestTimings, type WaitOptions } from "./poll-schedule";
/** One poll's answer: done with a value, or still pending in some state (named in messages). */
export type Poll<T> = {
    readonly done: true;
    readonly value: T;
} | {
    readonly done: false;
    readonly status: string;
};
export interface PollSpec<T> {
    /** What is waited for, for messages: "IONOS request r-1 (creating key …)", "access key … to be AVAILABLE". */
    readonly what: string;
    readonly options: WaitOptions;
    /** Learned timings: polls follow where the kind's DONE lands, and each wait teaches more. */
    readonly learn?: {
        readonly timings: RequestTimings;
        readonly kind: string;
    };
    /** What to do when the wait timed out, said after the timeout. */
    readonly hint: string;
    /** The state before the first poll. @default "pending" */
    readonly initialStatus?: string;
    /** Poll at once, before any sleep (a read that usually succeeds). @default false */
    readonly pollFirst?: boolean;
    /** The delay before poll `round` (1, 2, …); @default the learned or growing schedule (`nextPollDelay`) */
    readonly delayMs?: (round: number, elapsedMs: number) => number;
    /** One poll; may throw (FAILED, gone) to end the wait with that error. */
    poll(): Promise<Poll<T>>;
}
/**
 * The one way to wait: polls until `poll` says done, sleeping on the learned schedule (never past
 * the deadline), telling its progress every 10 s, and failing at `options.timeoutMs` with one
 * `IonosWaitTimeoutError` that names what it waited for, its last state and what to do.
 */
export declare function pollUntil<T>(client: IonosHttpClient, spec: PollSpec<T>): Promise<T>;
