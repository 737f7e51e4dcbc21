"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RateLimiter = void 0;
/** A token bucket for requests per minute, plus a cap on requests in flight. */
class RateLimiter {
    perMinute;
    burst;
    now;
    tokens;
    last;
    inFlight = 0;
    constructor(perMinute, burst, now = Date.now) {
        this.perMinute = perMinute;
        this.burst = burst;
        this.now = now;
        this.tokens = burst;
        this.last = now();
    }
    /** Takes one slot, or says how long to wait (ms) for one. */
    acquire() {
        if (this.perMinute <= 0 || this.burst <= 0) {
            this.inFlight++;
            return { ok: true, remaining: Number.MAX_SAFE_INTEGER };
        }
        this.refill();
        if (this.inFlight >= this.burst)
            return { ok: false, retryAfterMs: 1000, remaining: Math.floor(this.tokens) };
        if (this.tokens < 1)
            return { ok: false, retryAfterMs: Math.ceil(((1 - this.tokens) * 60_000) / this.perMinute), remaining: 0 };
        this.tokens -= 1;
        this.inFlight++;
        return { ok: true, remaining: Math.floor(this.tokens) };
    }
    release() {
        this.inFlight = Math.max(0, this.inFlight - 1);
    }
    refill() {
        const now = this.now();
        this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.perMinute) / 60_000);
        this.last = now;
    }
}
exports.RateLimiter = RateLimiter;
//# sourceMappingURL=rate-limiter.js.map