"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RateGate = void 0;
const sleep_1 = require("./sleep");
const retry_policy_1 = require("./retry-policy");
/**
 * Paces the requests of one provider process once IONOS says its rate budget is spent (a 429, or
 * `X-RateLimit-Remaining: 0`): for the next minute, requests start one `60 s / X-RateLimit-Limit`
 * apart, and none before a `Retry-After` has passed. Shared by every operation in the process, so
 * parallel resources do not stampede the API the moment a Retry-After ends. No wait is without
 * bound: the pacing is at most `maxIntervalMs` a request whatever the limit header says (an absurd
 * `X-RateLimit-Limit: 0.001` would space requests 16.7 hours apart), and one pass waits at most
 * what its caller allows (the request's timeout).
 */
class RateGate {
    now;
    sleep;
    maxIntervalMs;
    nextSlot = 0;
    pacedUntil = 0;
    intervalMs = 0;
    constructor(now = Date.now, sleep = sleep_1.defaultSleep, maxIntervalMs = 60_000) {
        this.now = now;
        this.sleep = sleep;
        this.maxIntervalMs = maxIntervalMs;
    }
    /** Waits for this request's turn, at most `maxWaitMs`; resolves to the time waited. */
    async pass(maxWaitMs = Number.POSITIVE_INFINITY) {
        const now = this.now();
        if (now >= this.pacedUntil && now >= this.nextSlot)
            return 0;
        const slot = Math.max(now, this.nextSlot);
        this.nextSlot = slot + (now < this.pacedUntil ? this.intervalMs : 0);
        const wait = Math.min(slot - now, maxWaitMs);
        if (wait > 0)
            await this.sleep(wait);
        return Math.max(0, wait);
    }
    /** Learns from an answer's rate-limit headers. */
    observe(status, headers) {
        const { limit, remaining } = (0, retry_policy_1.rateLimitBudget)(headers);
        if ((status === 429 || remaining === 0) && limit > 0) {
            this.intervalMs = Math.min(60_000 / limit, this.maxIntervalMs);
            this.pacedUntil = this.now() + 60_000;
        }
    }
    /** No request starts before `ms` from now (a Retry-After). */
    holdFor(ms) {
        this.nextSlot = Math.max(this.nextSlot, this.now() + Math.min(ms, this.maxIntervalMs));
    }
}
exports.RateGate = RateGate;
//# sourceMappingURL=rate-gate.js.map