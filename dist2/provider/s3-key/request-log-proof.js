"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EARLIER_CREATE_WINDOW_MS = exports.UNKNOWN_CLOCK_MARGIN_MS = exports.CLOCK_MARGIN_MS = void 0;
exports.windowStart = windowStart;
exports.findOwnPost = findOwnPost;
exports.findEarlierCreates = findEarlierCreates;
const requests_api_1 = require("../api/requests-api");
const retry_policy_1 = require("../api/retry-policy");
const s3_keys_api_1 = require("../api/s3-keys-api");
const create_journal_1 = require("../common/create-journal");
const s3_keys_api_2 = require("../api/s3-keys-api");
const poll_schedule_1 = require("../api/poll-schedule");
const poll_until_1 = require("../api/poll-until");
/** Dates in the request log are the server's: a window starts this long before a POST's server time. */
exports.CLOCK_MARGIN_MS = 120_000;
/**
 * A POST's server time unknown (no answer had shown IONOS's clock, or a journal entry from an
 * earlier process without it): the window starts this long before its local time instead, so a
 * machine clock up to 15 minutes off still finds the POST.
 */
exports.UNKNOWN_CLOCK_MARGIN_MS = 17 * 60_000;
/** The request-log window's start for a POST, in the server's time. */
function windowStart(posted, clock) {
    const server = posted.server ?? (posted.thisProcess ? clock.toServer(posted.local) : undefined);
    if (server !== undefined)
        return server - exports.CLOCK_MARGIN_MS;
    return (clock.toServer(posted.local) ?? posted.local) - exports.UNKNOWN_CLOCK_MARGIN_MS;
}
/**
 * Asks the request log for the POSTs to the user's keys since `postedAt` in the server's time (less
 * the clock margin, see `windowStart`).
 * One marked with `token` that did not fail made our key. With none, it waits until the log has had
 * `requestLogSettleMs` to list the POST; then POSTs it cannot attribute make the answer unclear.
 */
async function findOwnPost(client, userId, token, postedAt, policy) {
    const requests = new requests_api_1.RequestsApi(client);
    const settledAt = postedAt.local + policy.requestLogSettleMs;
    return (0, poll_until_1.pollUntil)(client, {
        what: `IONOS's request log to list the POST of create token ${token}`,
        // The poll itself ends the wait once the log has had its time; this bound only guards against a stuck log.
        options: { ...poll_schedule_1.defaultWaitOptions, timeoutMs: policy.requestLogSettleMs + LOG_WAIT_SLACK_MS },
        pollFirst: true,
        delayMs: (round) => Math.min((0, retry_policy_1.backoffDelay)(round - 1, 250, 5_000), settledAt - client.now()),
        initialStatus: "not listed",
        hint: "A key may have been made: run `pulumi up` again, which asks the log again before creating anything.",
        poll: async () => {
            // Each round anew: the first answer of a process teaches it IONOS's clock.
            const since = windowStart(postedAt, client.serverClock);
            const posts = await requests.postsTo((0, s3_keys_api_1.keysPath)(userId), since);
            for (const post of posts.filter((p) => (0, requests_api_1.recordedHeader)(p, create_journal_1.CREATE_TOKEN_HEADER) === token)) {
                const status = await requests.status(post.id);
                if (status.status === "FAILED")
                    continue;
                const keyId = (0, requests_api_1.createdKeyId)(status);
                if (keyId !== undefined)
                    return { done: true, value: { kind: "made", keyId, requestId: post.id, token } };
            }
            if (client.now() < settledAt)
                return { done: false, status: "not listed" };
            const keyIds = [];
            for (const post of posts.filter((p) => (0, requests_api_1.recordedHeader)(p, create_journal_1.CREATE_TOKEN_HEADER) === undefined)) {
                const status = await requests.status(post.id);
                if (status.status !== "FAILED")
                    keyIds.push((0, requests_api_1.createdKeyId)(status) ?? `(request ${post.id})`);
            }
            return { done: true, value: keyIds.length === 0 ? { kind: "none" } : { kind: "unclear", keyIds, since } };
        },
    });
}
/** How long past the settle time the log's answers may take before the wait is given up. */
const LOG_WAIT_SLACK_MS = 10 * 60_000;
/** How far back the request log is searched for an earlier create of a resource on another machine. */
exports.EARLIER_CREATE_WINDOW_MS = 7 * 24 * 3600_000;
/**
 * Asks the request log, once, for the POSTs of the last 7 days marked with this resource's mark. One
 * with this create's token is its own earlier attempt; one whose token is an ancestor of this one, or
 * that made `replaces` (the key of the resource this create replaces), made a key the state holds (or
 * deleted); any other that made a key still alive made a key no journal on this machine knows: a
 * plugin host that died alone on a runner since thrown away.
 */
async function findEarlierCreates(client, userId, mark, token, replaces) {
    const requests = new requests_api_1.RequestsApi(client);
    const posts = await requests.postsTo((0, s3_keys_api_1.keysPath)(userId), client.now() - exports.EARLIER_CREATE_WINDOW_MS);
    const orphans = [];
    for (const post of posts.filter((p) => (0, requests_api_1.recordedHeader)(p, create_journal_1.RESOURCE_HEADER) === mark)) {
        const postToken = (0, requests_api_1.recordedHeader)(post, create_journal_1.CREATE_TOKEN_HEADER);
        if (postToken !== undefined && postToken !== token && (0, create_journal_1.isAncestor)(postToken, token, create_journal_1.nextCreateToken))
            continue;
        const status = await requests.status(post.id);
        const keyId = (0, requests_api_1.createdKeyId)(status);
        if (status.status === "FAILED" || keyId === undefined || keyId === replaces)
            continue;
        if (postToken === token)
            return { own: { kind: "made", keyId, requestId: post.id, token }, orphans: [] };
        if ((await new s3_keys_api_2.S3KeysApi(client).get(userId, keyId)) !== undefined)
            orphans.push({ keyId, requestId: post.id, at: post.metadata?.createdDate ?? "an unknown time" });
    }
    return { orphans };
}
//# sourceMappingURL=request-log-proof.js.map