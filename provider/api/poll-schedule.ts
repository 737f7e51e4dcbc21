// When to poll: the growing schedule, and what a process learned about where DONE lands.

/** How to wait for an asynchronous IONOS request. */
export interface WaitOptions {
  /**
   * Give up after this many milliseconds.
   * @default 600000 (10 minutes)
   */
  readonly timeoutMs: number;
  /**
   * The first poll's delay; later delays grow by `factor`.
   * @default 100
   */
  readonly initialDelayMs: number;
  /**
   * Before the process has learned a kind's durations: poll each time the elapsed time has grown by
   * this factor, so the time between DONE and noticing it stays under 15 % of the duration.
   * @default 1.15
   */
  readonly factor: number;
  /**
   * The longest delay between two polls.
   * @default 5000
   */
  readonly maxDelayMs: number;
}

export const defaultWaitOptions: WaitOptions = {
  timeoutMs: 600_000,
  initialDelayMs: 100,
  factor: 1.15,
  maxDelayMs: 5_000,
};

/** Where DONE is expected for a kind of request, in ms after its wait began. */
export interface DoneWindow {
  readonly startMs: number;
  readonly endMs: number;
}

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

/** What is known of one kind of request: its durations, and how they moved lately. */
export interface KindTimings {
  /** Estimated durations (ms) of the current pace, oldest first. */
  samples: number[];
  /** How widely durations spread around their median, learned from a steady pace. */
  spread?: number;
  /** Set after a shift: the few samples of the new pace are trusted. */
  shifted?: boolean;
  /** The last wait saw DONE at its first poll, before the window: the next one probes from the start. */
  probe?: boolean;
  /** After a shift: how far, relative, the kept samples may be off (half their interval). */
  imprecision?: number;
  /** The waits in a row outside the window on one side (-1 early, 1 late), with their samples. */
  streak?: { side: -1 | 1; samples: Array<Sample | undefined> };
}

/** A duration, and half the interval it was known within (DONE between two polls). */
interface Sample {
  readonly ms: number;
  readonly halfWidthMs: number;
}

/**
 * What one provider process has learned about how long requests of each kind take (a create, a
 * PUT, a DELETE): the last 20 durations each. A `pulumi up` sends many requests of a kind, so after
 * a few the waits poll where DONE lands instead of following a fixed schedule. When IONOS's pace
 * shifts (two waits in a row outside the window on one side), it forgets the old pace and keeps the
 * new one's samples, placed with the spread it learned. `onChange` is told after every wait (see
 * `TimingsFile`, which keeps them across runs).
 */
export class RequestTimings {
  private readonly kinds = new Map<string, KindTimings>();
  onChange?: () => void;

  /** DONE came after `afterMs` (the last poll that saw it running, 0 if none did) and by `byMs`. */
  observe(kind: string, afterMs: number, byMs: number): void {
    const known = this.kinds.get(kind) ?? { samples: [] };
    this.kinds.set(kind, known);
    const probing = known.probe === true;
    const window = windowOf(known, true);
    // Seen DONE at the first poll, at or before the window's start: only a bound, the duration unknown.
    const early = !probing && window !== undefined && afterMs === 0 && byMs <= window.startMs + MIN_STEP_MS;
    const sample = early ? undefined : { ms: (afterMs + byMs) / 2, halfWidthMs: (byMs - afterMs) / 2 };
    // Outside: early, or further from the window than its own width (within it, the tail still polls finely).
    const width = window === undefined ? 0 : window.endMs - window.startMs;
    const side =
      window === undefined
        ? 0
        : early || sample!.ms < window.startMs - width
          ? -1
          : sample!.ms > window.endMs + width
            ? 1
            : 0;
    known.probe = early;
    if (sample !== undefined) {
      known.samples.push(sample.ms);
      if (known.samples.length > KEEP) known.samples.shift();
      if (known.samples.length >= PERCENTILES_FROM) delete known.imprecision;
    }
    if (side === 0) delete known.streak;
    else if (known.streak?.side === side) known.streak.samples.push(sample);
    else known.streak = { side, samples: [sample] };
    if (known.streak !== undefined && known.streak.samples.length >= SHIFT_AFTER) shift(known);
    this.onChange?.();
  }

  /** Where DONE is expected; none until a few were seen, and none while a shift down is probed. */
  window(kind: string): DoneWindow | undefined {
    const known = this.kinds.get(kind);
    return known === undefined ? undefined : windowOf(known, false);
  }

  /** What was learned, for `TimingsFile`. */
  snapshot(): Record<string, KindTimings> {
    return Object.fromEntries([...this.kinds].map(([kind, known]) => [kind, structuredClone(known)]));
  }

  /** Takes what an earlier run learned, for kinds this process has not seen yet. */
  restore(snapshot: Record<string, KindTimings>): void {
    for (const [kind, known] of Object.entries(snapshot)) if (!this.kinds.has(kind)) this.kinds.set(kind, known);
  }
}

/**
 * The window of what is known: from the 10th to the 90th percentile widened by 3 %, or, with few
 * samples after a shift, their median ± half the learned spread and 3 %. None while probing, unless
 * `despiteProbe` (to judge the probe's own result against the pace before it).
 */
function windowOf(known: KindTimings, despiteProbe: boolean): DoneWindow | undefined {
  if (known.probe === true && !despiteProbe) return undefined;
  // One wait was outside: the next is placed around it, as a shift would place it, to learn it well.
  const outside = known.streak?.samples.length === 1 ? known.streak.samples[0] : undefined;
  if (outside !== undefined && !despiteProbe) return around(outside.ms, outside.halfWidthMs / outside.ms, known.spread);
  const list = known.samples;
  if (list.length === 0 || (list.length < TRUST_AFTER && known.shifted !== true)) return undefined;
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))];
  if (sorted.length >= PERCENTILES_FROM) return { startMs: at(0.1) * 0.97, endMs: at(0.9) * 1.03 };
  return around(at(0.5), known.imprecision ?? 0, known.spread);
}

/** A window around `ms`: half the spread and 3 % either side, widened by how far `ms` may be off. */
function around(ms: number, imprecision: number, spread = DEFAULT_SPREAD): DoneWindow {
  const half = spread / 2 + 0.03 + imprecision;
  return { startMs: ms * (1 - half), endMs: ms * (1 + half) };
}

/** The pace shifted: keep the new pace's most precise sample, and the spread the old pace showed. */
function shift(known: KindTimings): void {
  const fresh = known.streak!.samples.filter((s): s is Sample => s !== undefined);
  const old = known.samples.slice(0, known.samples.length - fresh.length);
  if (old.length >= PERCENTILES_FROM) {
    const sorted = [...old].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))];
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
export function nextPollDelay(elapsedMs: number, window: DoneWindow | undefined, options: WaitOptions): number {
  // Within a step of the start counts as at the start: never a sleep too short to matter.
  if (window !== undefined && window.startMs - elapsedMs >= MIN_STEP_MS) return Math.round(window.startMs - elapsedMs);
  // Across the window, and as far again past it (DONE a little late), in even steps.
  if (window !== undefined && elapsedMs < 2 * window.endMs - window.startMs)
    return Math.round(Math.max(MIN_STEP_MS, (window.endMs - window.startMs) / POLLS_PER_WINDOW));
  return Math.round(Math.min(options.maxDelayMs, options.initialDelayMs + elapsedMs * (options.factor - 1)));
}
