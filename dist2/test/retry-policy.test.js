"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const retry_policy_1 = require("../provider/api/retry-policy");
const headers = (h) => ({ get: (name) => h[name.toLowerCase()] ?? null });
const options = {
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    maxRetryAfterMs: 5000,
    maxRateLimitWaitMs: 20_000,
};
const noJitter = () => 1;
describe("decideRetry", () => {
    const table = [
        [
            "retries 429 on POST after Retry-After seconds",
            { method: "POST", attempt: 1, status: 429, headers: headers({ "retry-after": "2" }) },
            true,
            2000,
        ],
        [
            "caps a long Retry-After",
            { method: "GET", attempt: 1, status: 429, headers: headers({ "retry-after": "3600" }) },
            true,
            5000,
        ],
        [
            "falls back to backoff on a malformed Retry-After",
            { method: "GET", attempt: 2, status: 429, headers: headers({ "retry-after": "soon" }) },
            true,
            200,
        ],
        [
            "waits one request's share of the minute when the budget is spent",
            {
                method: "GET",
                attempt: 1,
                status: 429,
                headers: headers({ "x-ratelimit-remaining": "0", "x-ratelimit-limit": "20" }),
            },
            true,
            3000,
        ],
        ["retries 503 on GET with exponential backoff", { method: "GET", attempt: 3, status: 503 }, true, 400],
        ["retries 500 on PUT", { method: "PUT", attempt: 1, status: 500 }, true, 100],
        ["retries 502 on DELETE", { method: "DELETE", attempt: 1, status: 502 }, true, 100],
        ["caps the backoff", { method: "GET", attempt: 3, status: 504 }, true, 400],
        ["never retries 500 on POST: a key may exist", { method: "POST", attempt: 1, status: 500 }, false],
        ["never retries a dropped POST: a key may exist", { method: "POST", attempt: 1, network: "dropped" }, false],
        ["never retries a POST that timed out", { method: "POST", attempt: 1, network: "timeout" }, false],
        ["retries a refused POST: it never reached the API", { method: "POST", attempt: 1, network: "refused" }, true, 100],
        ["retries a dropped GET", { method: "GET", attempt: 1, network: "dropped" }, true, 100],
        ["does not retry an unresolvable host", { method: "GET", attempt: 1, network: "unresolved" }, false],
        ["does not retry 422", { method: "PUT", attempt: 1, status: 422 }, false],
        ["does not retry 401", { method: "GET", attempt: 1, status: 401 }, false],
        ["gives up after maxAttempts", { method: "GET", attempt: 4, status: 503 }, false],
        [
            "does not count 429s as attempts",
            { method: "GET", attempt: 4, status: 429, headers: headers({ "retry-after": "1" }), rateLimitedMs: 19_000 },
            true,
            1000,
        ],
        [
            "gives up on 429s after the rate-limit wait budget",
            { method: "GET", attempt: 1, status: 429, rateLimitedMs: 20_000 },
            false,
        ],
    ];
    for (const [name, outcome, retry, delayMs] of table) {
        it(name, () => {
            const decision = (0, retry_policy_1.decideRetry)(outcome, options, noJitter);
            (0, chai_1.expect)(decision.retry, decision.reason).to.equal(retry);
            if (decision.retry)
                (0, chai_1.expect)(decision.delayMs).to.equal(delayMs);
        });
    }
    it("uses full jitter: the delay is a random share of the backoff", () => {
        const decision = (0, retry_policy_1.decideRetry)({ method: "GET", attempt: 3, status: 503 }, options, () => 0.25);
        (0, chai_1.expect)(decision).to.include({ retry: true, delayMs: 100 });
    });
});
describe("retryAfterMs", () => {
    it("reads delta-seconds", () => (0, chai_1.expect)((0, retry_policy_1.retryAfterMs)("1.5")).to.equal(1500));
    it("reads an HTTP date", () => (0, chai_1.expect)((0, retry_policy_1.retryAfterMs)(new Date(10_000).toUTCString(), 4_000)).to.equal(6000));
    it("is undefined for garbage", () => (0, chai_1.expect)((0, retry_policy_1.retryAfterMs)("later")).to.equal(undefined));
});
//# sourceMappingURL=retry-policy.test.js.map