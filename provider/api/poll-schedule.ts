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
/** Polls spread over the window, and the shortest gap between two. */
const POLLS_PER_WINDOW = 5;
const MIN_STEP_MS = 20;

/**
 * What one provider process has learned about how long requests of each kind take (a create, a
 * PUT, a DELETE): the last 20 durations each. A `pulumi up` sends many requests of a kind, so after
 * a few the waits poll where DONE lands instead of following a fixed schedule.
 */
export class RequestTimings {
  private readonly samples = new Map<string, number[]>();

  /** DONE came after `afterMs` (the last poll that saw it running) and by `byMs`. */
  observe(kind: string, afterMs: number, byMs: number): void {
    const list = this.samples.get(kind) ?? [];
    list.push((afterMs + byMs) / 2);
    if (list.length > KEEP) list.shift();
    this.samples.set(kind, list);
  }

  /** From the 10th to the 90th percentile of the samples, widened by 3 %; none until a few were seen. */
  window(kind: string): DoneWindow | undefined {
    const list = this.samples.get(kind);
    if (list === undefined || list.length < TRUST_AFTER) return undefined;
    const sorted = [...list].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))];
    return { startMs: at(0.1) * 0.97, endMs: at(0.9) * 1.03 };
  }
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
  if (window !== undefined && elapsedMs < window.endMs)
    return Math.round(Math.max(MIN_STEP_MS, (window.endMs - window.startMs) / POLLS_PER_WINDOW));
  return Math.round(Math.min(options.maxDelayMs, options.initialDelayMs + elapsedMs * (options.factor - 1)));
}
