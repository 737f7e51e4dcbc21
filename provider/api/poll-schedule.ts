// The one schedule every wait follows: for IONOS's requests, access keys, the request log and the
// user's privilege. Plain and stateless: what one wait saw never moves the next one's polls.

/** When a wait polls: after `initialDelayMs`, then each time the elapsed time has grown by `factor`. */
export interface Schedule {
  /**
   * The first poll's delay, and the least delay between two polls.
   * @default 100
   */
  readonly initialDelayMs: number;
  /**
   * Poll each time the time waited has grown by this factor, so the time between DONE and noticing
   * it stays under `factor - 1` of the duration plus `initialDelayMs`.
   * @default 1.15
   */
  readonly factor: number;
  /**
   * The longest delay between two polls.
   * @default 5000
   */
  readonly maxDelayMs: number;
}

/** How to wait for an asynchronous IONOS request. */
export interface WaitOptions extends Schedule {
  /**
   * Give up after this many milliseconds.
   * @default 600000 (10 minutes)
   */
  readonly timeoutMs: number;
}

export const defaultWaitOptions: WaitOptions = {
  timeoutMs: 600_000,
  initialDelayMs: 100,
  factor: 1.15,
  maxDelayMs: 5_000,
};

/**
 * When to poll next, `elapsedMs` into a wait. Pure. `initialDelayMs` plus `factor - 1` of the time
 * elapsed, at most `maxDelayMs`: with the defaults polls come at 100, 215, 347, 499 ms… and DONE is
 * noticed within 15 % of the duration plus 100 ms; with a factor of 2 each delay doubles (250, 500,
 * 1000 ms…), a backoff for what changes seldom.
 */
export function nextPollDelay(elapsedMs: number, schedule: Schedule): number {
  return Math.round(Math.min(schedule.maxDelayMs, schedule.initialDelayMs + elapsedMs * (schedule.factor - 1)));
}
