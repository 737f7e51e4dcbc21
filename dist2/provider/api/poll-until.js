"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pollUntil = pollUntil;
const errors_1 = require("./errors");
const poll_schedule_1 = require("./poll-schedule");
/** How often a wait says it is still waiting. */
const REPORT_EVERY_MS = 10_000;
/** Says a wait goes on; returns when it said so. */
function report(client, what, status, started) {
    const now = client.now();
    client.log(`still waiting for ${what} (${status}, ${Math.round((now - started) / 1000)} s so far)`);
    return now;
}
/**
 * The one way to wait: polls until `poll` says done, sleeping on the learned schedule (never past
 * the deadline), telling its progress every 10 s, and failing at `options.timeoutMs` with one
 * `IonosWaitTimeoutError` that names what it waited for, its last state and what to do.
 */
async function pollUntil(client, spec) {
    const { options } = spec;
    const started = client.now();
    const window = spec.learn?.timings.window(spec.learn.kind);
    let status = spec.initialStatus ?? "pending";
    let lastPendingAt = 0;
    let lastReport = started;
    for (let round = 1;; round++) {
        const elapsed = client.now() - started;
        const remaining = options.timeoutMs - elapsed;
        if (remaining <= 0)
            throw new errors_1.IonosWaitTimeoutError({ what: spec.what, waitedMs: options.timeoutMs, status, hint: spec.hint });
        if (!(round === 1 && spec.pollFirst === true)) {
            const delay = spec.delayMs?.(round, elapsed) ?? (0, poll_schedule_1.nextPollDelay)(elapsed, window, options);
            // Slept in pieces, so that a progress line comes every 10 s however far apart the polls are.
            let left = Math.max(0, Math.min(Math.round(delay), remaining));
            while (left > 0) {
                const piece = Math.min(left, Math.max(1, lastReport + REPORT_EVERY_MS - client.now()));
                await client.sleep(piece);
                left -= piece;
                if (client.now() - lastReport >= REPORT_EVERY_MS)
                    lastReport = report(client, spec.what, status, started);
            }
        }
        const polledAt = client.now() - started;
        const answer = await spec.poll();
        if (answer.done) {
            spec.learn?.timings.observe(spec.learn.kind, lastPendingAt, polledAt);
            return answer.value;
        }
        status = answer.status;
        lastPendingAt = polledAt;
        if (client.now() - lastReport >= REPORT_EVERY_MS)
            lastReport = report(client, spec.what, status, started);
    }
}
//# sourceMappingURL=poll-until.js.map