/** How the client retries; every duration in milliseconds. */
export interface RetryOptions {
    /**
     * Attempts in all, the first included.
     * @default 6
     */
    readonly maxAttempts: number;
    /**
     * The first backoff delay; each later one doubles, with full jitter.
     * @default 500
     */
    readonly baseDelayMs: number;
    /**
     * The longest backoff delay.
     * @default 20000
     */
    readonly maxDelayMs: number;
    /**
     * The longest `Retry-After` honoured; a longer one is capped to this.
     * @default 60000
     */
    readonly maxRetryAfterMs: number;
    /**
     * How long one request may spend waiting on 429s in all; 429s do not count as attempts.
     * @default 300000
     */
    readonly maxRateLimitWaitMs: number;
}
export declare const defaultRetryOptions: RetryOptions;
/** What happened on one attempt: an HTTP status, or no answer at all. */
export interface AttemptOutcome {
    readonly method: string;
    /** 1 for the first attempt; answers 429 are not counted. */
    readonly attempt: number;
    /** Time this request already spent waiting on 429s, in ms. */
    readonly rateLimitedMs?: number;
    /** The HTTP status, absent when no answer came. */
    readonly status?: number;
    /** Response headers, lower-case names. */
    readonly headers?: {
        get(name: string): string | null;
    };
    /** No answer: `refused` and `unresolved` mean the request surely never reached the API. */
    readonly network?: NetworkFailure;
    /**
     * The host has not answered any request of this process yet: a refused connection then most likely
     * means a wrong IONOS_API_URL, not a restart, so it is given up within about a second and a half.
     */
    readonly hostNeverAnswered?: boolean;
}
/**
 * How a request got no answer: `unresolved` is a host that DNS does not know, `tls` a certificate
 * this machine does not trust (retrying helps neither; no request was sent).
 */
export type NetworkFailure = "refused" | "unresolved" | "tls" | "dropped" | "timeout";
export type RetryDecision = {
    readonly retry: false;
    readonly reason: string;
}
/** `of`: the attempts this kind of failure gets at most (what a message counts against). */
 | {
    readonly retry: true;
    readonly delayMs: number;
    readonly reason: string;
    readonly of?: number;
};
/**
 * Decides whether to retry an attempt. POST is retried only when the API surely did not act on it
 * (429, or a refused connection): a blind retry could create a second key.
 */
export declare function decideRetry(outcome: AttemptOutcome, options?: RetryOptions, random?: () => number): RetryDecision;
/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or malformed. */
export declare function retryAfterMs(header: string | null, now?: number): number | undefined;
/** IONOS's `X-RateLimit-Limit` (requests per minute) and `X-RateLimit-Remaining`; NaN where absent. */
export declare function rateLimitBudget(headers: {
    get(name: string): string | null;
} | undefined): {
    limit: number;
    remaining: number;
};
/**
 * The delay before try number `attempt` + 1 of an exponential backoff: `baseMs` doubled for each
 * attempt after the first, at most `maxMs`; with `random`, full jitter (a uniform share of that).
 * Every backoff in the package uses it.
 */
export declare function backoffDelay(attempt: number, baseMs: number, maxMs: number, random?: () => number): number;
