"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Controls = void 0;
const seeded_random_1 = require("./seeded-random");
class Controls {
    options;
    now;
    /** The seeded generator every draw comes from (faults, jitter), so runs repeat. */
    random;
    requestDelayMs;
    failNext = [];
    injected = [];
    privilegeUntil = new Map();
    constructor(options, 
    /** The emulator's clock: request timelines, visibility, dates, the rate limit. */
    now) {
        this.options = options;
        this.now = now;
        this.random = (0, seeded_random_1.seededRandom)(options.faults.seed);
        this.requestDelayMs = options.requestDelayMs;
        const start = now();
        for (const [user, ms] of Object.entries(options.privilegeDelays))
            this.privilegeUntil.set(user, start + ms);
    }
    /** Async requests take `ms` from now on (each varied by the jitter option). */
    setRequestDelay(ms) {
        this.requestDelayMs = ms;
    }
    /** How long the next async request takes: the delay, varied by up to the jitter either way. */
    requestDelay({ jitter = true } = {}) {
        const share = this.options.requestDelayJitter;
        return jitter && share > 0 ? this.requestDelayMs * (1 + share * (2 * this.random() - 1)) : this.requestDelayMs;
    }
    /** The next write (the next `method` one, if given) ends FAILED with `message`. */
    failNextRequest(message, method) {
        this.failNext.push({ message, ...(method !== undefined ? { method } : {}) });
    }
    /** The failure the next write of `method` must end with: injected first, else drawn at `failRequestRate`. */
    failureFor(method) {
        const index = this.failNext.findIndex((f) => f.method === undefined || f.method === method);
        if (index >= 0)
            return this.failNext.splice(index, 1)[0].message;
        const rate = this.options.faults.failRequestRate;
        return rate > 0 && this.random() < rate ? "Injected failure: the request could not be processed." : undefined;
    }
    /** The next request (the next `fault.method` one, if given) suffers this fault. */
    injectFault(fault) {
        this.injected.push(fault);
    }
    /** The one-off fault for a request of `method`, taken. */
    takeInjected(method) {
        const index = this.injected.findIndex((f) => f.method === undefined || f.method === method);
        return index >= 0 ? this.injected.splice(index, 1)[0] : undefined;
    }
    /** Creates for this user fail with the ACCESS_S3_OBJECT_STORAGE 422 for `ms` from now. */
    withholdPrivilege(userId, ms) {
        this.privilegeUntil.set(userId, this.now() + ms);
    }
    /** Whether the user still lacks the privilege now. */
    privilegePending(userId) {
        return (this.privilegeUntil.get(userId) ?? 0) > this.now();
    }
}
exports.Controls = Controls;
//# sourceMappingURL=controls.js.map