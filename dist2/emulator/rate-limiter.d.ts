/** A token bucket for requests per minute, plus a cap on requests in flight. */
export declare class RateLimiter {
    readonly perMinute: number;
    readonly burst: number;
    private readonly now;
    private tokens;
    private last;
    private inFlight;
    constructor(perMinute: number, burst: number, now?: () => number);
    /** Takes one slot, or says how long to wait (ms) for one. */
    acquire(): {
        ok: true;
        remaining: number;
    } | {
        ok: false;
        retryAfterMs: number;
        remaining: number;
    };
    release(): void;
    private refill;
}
