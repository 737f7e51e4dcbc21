"use strict";
// When to poll: the growing schedule, and what a process learned about where DONE lands.
Object.defineProperty(exports, "__esModule", { value: true });
exports.RequestTimings = exports.defaultWaitOptions = void 0;
exports.nextPollDelay = nextPollDelay;
exports.defaultWaitOptions = {
    timeoutMs: 600_000,
    initialDelayMs: 100,
    factor: 1.15,
    maxDelayMs: 5_000,
};
/** Samples kept per kind, and samples needed before the window is trusted. */
const KEEP = 20;
const TRUST_AFTER = 3;
/** Samples from which the window spans the 10th to the 90th percentile; below, the median ± the spread. */
const PERCENTILES_FROM = 5;
/** Polls spread over the window, and the shortest gap between two. */
const POLLS_PER_WINDOW = 3;
const MIN_STEP_MS = 20;
/** The spread (p90 − p10, relative to the median) assumed before one was seen. */
const DEFAULT_SPREAD = 0.16;
/** The narrowest spread believed: samples from the fixed schedule may agree more than durations do. */
const MIN_SPREAD = 0.08;
/** Two waits in a row outside the window, on the same side: the pace shifted. */
const SHIFT_AFTER = 2;
/**
 * What one provider process has learned about how long requests of each kind take (a create, a
 * PUT, a DELETE): the last 20 durations each. A `pulumi up` sends many requests of a kind, so after
 * a few the waits poll where DONE lands instead of following a fixed schedule. When IONOS's pace
 * shifts (two waits in a row outside the window on one side), it forgets the old pace and keeps the
 * new one's samples, placed with the spread it learned. `onChange` is told after every wait (see
 * `TimingsFile`, which keeps them across runs).
 */
class RequestTimings {
    kinds = new Map();
    onChange;
    /** DONE came after `afterMs` (the last poll that saw it running, 0 if none did) and by `byMs`. */
    observe(kind, afterMs, byMs) {
        const known = this.kinds.get(kind) ?? { samples: [] };
        this.kinds.set(kind, known);
        const probing = known.probe === true;
        const window = windowOf(known, true);
        // Seen DONE at the first poll, at or before the window's start: only a bound, the duration unknown.
        const early = !probing && window !== undefined && afterMs === 0 && byMs <= window.startMs + MIN_STEP_MS;
        const sample = early ? undefined : { ms: (afterMs + byMs) / 2, halfWidthMs: (byMs - afterMs) / 2 };
        // Outside: early, or further from the window than its own width (within it, the tail still polls finely).
        const width = window === undefined ? 0 : window.endMs - window.startMs;
        const side = window === undefined
            ? 0
            : early || sample.ms < window.startMs - width
                ? -1
                : sample.ms > window.endMs + width
                    ? 1
                    : 0;
        known.probe = early;
        if (sample !== undefined) {
            known.samples.push(sample.ms);
            if (known.samples.length > KEEP)
                known.samples.shift();
            if (known.samples.length >= PERCENTILES_FROM)
                delete known.imprecision;
        }
        if (side === 0)
            delete known.streak;
        else if (known.streak?.side === side)
            known.streak.samples.push(sample);
        else
            known.streak = { side, samples: [sample] };
        if (known.streak !== undefined && known.streak.samples.length >= SHIFT_AFTER)
            shift(known);
        this.onChange?.();
    }
    /** Where DONE is expected; none until a few were seen, and none while a shift down is probed. */
    window(kind) {
        const known = this.kinds.get(kind);
        return known === undefined ? undefined : windowOf(known, false);
    }
    /** What was learned, for `TimingsFile`. */
    snapshot() {
        return Object.fromEntries([...this.kinds].map(([kind, known]) => [kind, structuredClone(known)]));
    }
    /** Takes what an earlier run learned, for kinds this process has not seen yet. */
    restore(snapshot) {
        for (const [kind, known] of Object.entries(snapshot))
            if (!this.kinds.has(kind))
                this.kinds.set(kind, known);
    }
}
exports.RequestTimings = RequestTimings;
/**
 * The window of what is known: from the 10th to the 90th percentile widened by 3 %, or, with few
 * samples after a shift, their median ± half the learned spread and 3 %. None while probing, unless
 * `despiteProbe` (to judge the probe's own result against the pace before it).
 */
function windowOf(known, despiteProbe) {
    if (known.probe === true && !despiteProbe)
        return undefined;
    // One wait was outside: the next is placed around it, as a shift would place it, to learn it well.
    const outside = known.streak?.samples.length === 1 ? known.streak.samples[0] : undefined;
    if (outside !== undefined && !despiteProbe)
        return around(outside.ms, outside.halfWidthMs / outside.ms, known.spread);
    const list = known.samples;
    if (list.length === 0 || (list.length < TRUST_AFTER && known.shifted !== true))
        return undefined;
    const sorted = [...list].sort((a, b) => a - b);
    const at = (q) => sorted[Math.round(q * (sorted.length - 1))];
    if (sorted.length >= PERCENTILES_FROM)
        return { startMs: at(0.1) * 0.97, endMs: at(0.9) * 1.03 };
    return around(at(0.5), known.imprecision ?? 0, known.spread);
}
/** A window around `ms`: half the spread and 3 % either side, widened by how far `ms` may be off. */
function around(ms, imprecision, spread = DEFAULT_SPREAD) {
    const half = spread / 2 + 0.03 + imprecision;
    return { startMs: ms * (1 - half), endMs: ms * (1 + half) };
}
/** The pace shifted: keep the new pace's most precise sample, and the spread the old pace showed. */
function shift(known) {
    const fresh = known.streak.samples.filter((s) => s !== undefined);
    const old = known.samples.slice(0, known.samples.length - fresh.length);
    if (old.length >= PERCENTILES_FROM) {
        const sorted = [...old].sort((a, b) => a - b);
        const at = (q) => sorted[Math.round(q * (sorted.length - 1))];
        // Never narrower than durations measured between polls can tell.
        known.spread = Math.max(MIN_SPREAD, (at(0.9) - at(0.1)) / at(0.5));
    }
    const best = fresh.reduce((a, b) => (b.halfWidthMs / b.ms < a.halfWidthMs / a.ms ? b : a));
    known.samples = [best.ms];
    // DONE lies anywhere in the interval: half its half-width is the error to expect.
    known.imprecision = best.halfWidthMs / best.ms / 2;
    known.shifted = true;
    delete known.streak;
}
/**
 * When to poll next, `elapsedMs` into a wait. Pure. With a learned window: at its start, then a few
 * times across it; outside it (nothing learned yet, or DONE is late): `initialDelayMs` plus
 * `factor - 1` of the time elapsed, at most `maxDelayMs`, so polls come at 100, 215, 347, 499 ms…
 * and the time between DONE and noticing it stays under 15 % of the duration plus 100 ms.
 */
function nextPollDelay(elapsedMs, window, options) {
    // Within a step of the start counts as at the start: never a sleep too short to matter.
    if (window !== undefined && window.startMs - elapsedMs >= MIN_STEP_MS)
        return Math.round(window.startMs - elapsedMs);
    // Across the window, and as far again past it (DONE a little late), in even steps.
    if (window !== undefined && elapsedMs < 2 * window.endMs - window.startMs)
        return Math.round(Math.max(MIN_STEP_MS, (window.endMs - window.startMs) / POLLS_PER_WINDOW));
    return Math.round(Math.min(options.maxDelayMs, options.initialDelayMs + elapsedMs * (options.factor - 1)));
}
//# sourceMappingURL=poll-schedule.js.map