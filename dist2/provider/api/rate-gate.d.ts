/**
 * Paces the requests of one provider process once IONOS says its rate budget is spent (a 429, or
 * `X-RateLimit-Remaining: 0`): for the next minute, requests start one `60 s / X-RateLimit-Limit`
 * apart, and none before a `Retry-After` has passed. Shared by every operation in the process, so
 * parallel resources do not stampede the API the moment a Retry-After ends. No wait is without
 * bound: the pacing is at most `maxIntervalMs` a request whatever the limit header says (an absurd
 * `X-RateLimit-Limit: 0.001` would space requests 16.7 hours apart), and one pass waits at most
 * what its caller allows (the request's timeout).
 */
export declare class RateGate {
    private readonly now;
    private readonly sleep;
    private readonly maxIntervalMs;
    private nextSlot;
    private pacedUntil;
    private intervalMs;
    constructor(now?: () => number, sleep?: (ms: number) => Promise<void>, maxIntervalMs?: number);
    /** Waits for this request's turn, at most `maxWaitMs`; resolves to the time waited. */
    pass(maxWaitMs?: number): Promise<number>;
    /** Learns from an answer's rate-limit headers. */
    observe(status: number, headers: {
        get(name: string): string | null;
    }): void;
    /** No request starts before `ms` from now (a Retry-After). */
    holdFor(ms: number): void;
}
