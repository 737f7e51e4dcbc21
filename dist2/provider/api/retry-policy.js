"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultRetryOptions = void 0;
exports.decideRetry = decideRetry;
exports.retryAfterMs = retryAfterMs;
exports.rateLimitBudget = rateLimitBudget;
exports.backoffDelay = backoffDelay;
exports.defaultRetryOptions = {
    maxAttempts: 6,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    maxRetryAfterMs: 60_000,
    maxRateLimitWaitMs: 300_000,
};
/** Attempts at a host that has never answered, and the longest delay between them. */
const NEVER_ANSWERED = { maxAttempts: 3, maxDelayMs: 1000 };
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);
/**
 * Decides whether to retry an attempt. POST is retried only when the API surely did not act on it
 * (429, or a refused connection): a blind retry could create a second key.
 */
function decideRetry(outcome, options = exports.defaultRetryOptions, random = Math.random) {
    const backoff = backoffDelay(outcome.attempt, options.baseDelayMs, options.maxDelayMs, random);
    const idempotent = IDEMPOTENT.has(outcome.method.toUpperCase());
    if (outcome.status === 429) {
        const waited = outcome.rateLimitedMs ?? 0;
        if (waited >= options.maxRateLimitWaitMs) {
            return { retry: false, reason: `still rate limited after waiting ${Math.round(waited / 1000)} s` };
        }
        const fromHeader = retryAfterMs(outcome.headers?.get("retry-after") ?? null);
        const delayMs = fromHeader !== undefined
            ? Math.min(fromHeader, options.maxRetryAfterMs)
            : Math.max(backoff, rateLimitDelay(outcome, options));
        // Never past the budget: the last wait ends when the budget does.
        return {
            retry: true,
            delayMs: Math.min(delayMs, options.maxRateLimitWaitMs - waited),
            reason: "rate limited (HTTP 429)",
        };
    }
    if (outcome.attempt >= options.maxAttempts) {
        return { retry: false, reason: `gave up after ${outcome.attempt} attempts` };
    }
    if (outcome.network === "unresolved") {
        return { retry: false, reason: "the host name does not resolve" };
    }
    if (outcome.network === "tls") {
        return { retry: false, reason: "the server's TLS certificate is not trusted" };
    }
    if (outcome.network === "refused") {
        if (outcome.hostNeverAnswered !== true)
            return { retry: true, delayMs: backoff, reason: "connection refused" };
        if (outcome.attempt >= NEVER_ANSWERED.maxAttempts)
            return { retry: false, reason: `connection refused ${outcome.attempt} times by a host that never answered` };
        return {
            retry: true,
            delayMs: Math.min(backoff, NEVER_ANSWERED.maxDelayMs),
            reason: "connection refused by a host that never answered",
            of: NEVER_ANSWERED.maxAttempts,
        };
    }
    if (outcome.network !== undefined) {
        return idempotent
            ? { retry: true, delayMs: backoff, reason: `connection ${outcome.network}` }
            : { retry: false, reason: `connection ${outcome.network} on ${outcome.method}: the outcome is unknown` };
    }
    if (outcome.status !== undefined && TRANSIENT_STATUS.has(outcome.status)) {
        return idempotent
            ? { retry: true, delayMs: backoff, reason: `HTTP ${outcome.status}` }
            : { retry: false, reason: `HTTP ${outcome.status} on ${outcome.method}: the outcome is unknown` };
    }
    return { retry: false, reason: outcome.status === undefined ? "no answer" : `HTTP ${outcome.status} is final` };
}
/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or malformed. */
function retryAfterMs(header, now = Date.now()) {
    if (header === null || header.trim() === "")
        return undefined;
    if (/^\d+(\.\d+)?$/.test(header.trim()))
        return Math.round(Number(header) * 1000);
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
// Without Retry-After, an exhausted budget (X-RateLimit-Remaining: 0) waits one request's share of the minute.
function rateLimitDelay(outcome, options) {
    const { limit, remaining } = rateLimitBudget(outcome.headers);
    if (remaining === 0 && limit > 0)
        return Math.min(options.maxRetryAfterMs, Math.ceil(60_000 / limit));
    return 0;
}
/** IONOS's `X-RateLimit-Limit` (requests per minute) and `X-RateLimit-Remaining`; NaN where absent. */
function rateLimitBudget(headers) {
    const read = (name) => {
        const raw = headers?.get(name);
        return raw === null || raw === undefined || raw.trim() === "" ? NaN : Number(raw);
    };
    return { limit: read("x-ratelimit-limit"), remaining: read("x-ratelimit-remaining") };
}
/**
 * The delay before try number `attempt` + 1 of an exponential backoff: `baseMs` doubled for each
 * attempt after the first, at most `maxMs`; with `random`, full jitter (a uniform share of that).
 * Every backoff in the package uses it.
 */
function backoffDelay(attempt, baseMs, maxMs, random) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
    return random === undefined ? ceiling : Math.round(random() * ceiling);
}
//# sourceMappingURL=retry-policy.js.map