import type { IonosHttpClient } from "./client";
import { IonosWaitTimeoutError } from "./errors";
import { nextPollDelay, type RequestTimings, type WaitOptions } from "./poll-schedule";

/** One poll's answer: done with a value, or still pending in some state (named in messages). */
export type Poll<T> = { readonly done: true; readonly value: T } | { readonly done: false; readonly status: string };

export interface PollSpec<T> {
  /** What is waited for, for messages: "IONOS request r-1 (creating key …)", "access key … to be AVAILABLE". */
  readonly what: string;
  readonly options: WaitOptions;
  /** Learned timings: polls follow where the kind's DONE lands, and each wait teaches more. */
  readonly learn?: { readonly timings: RequestTimings; readonly kind: string };
  /** What to do when the wait timed out, said after the timeout. */
  readonly hint: string;
  /** The state before the first poll. @default "pending" */
  readonly initialStatus?: string;
  /** Poll at once, before any sleep (a read that usually succeeds). @default false */
  readonly pollFirst?: boolean;
  /** The delay before poll `round` (1, 2, …); @default the learned or growing schedule (`nextPollDelay`) */
  readonly delayMs?: (round: number, elapsedMs: number) => number;
  /** One poll; may throw (FAILED, gone) to end the wait with that error. */
  poll(): Promise<Poll<T>>;
}

/** How often a wait says it is still waiting. */
const REPORT_EVERY_MS = 10_000;

/** Says a wait goes on; returns when it said so. */
function report(client: IonosHttpClient, what: string, status: string, started: number): number {
  const now = client.now();
  client.log(`still waiting for ${what} (${status}, ${Math.round((now - started) / 1000)} s so far)`);
  return now;
}

/**
 * The one way to wait: polls until `poll` says done, sleeping on the learned schedule (never past
 * the deadline), telling its progress every 10 s, and failing at `options.timeoutMs` with one
 * `IonosWaitTimeoutError` that names what it waited for, its last state and what to do.
 */
export async function pollUntil<T>(client: IonosHttpClient, spec: PollSpec<T>): Promise<T> {
  const { options } = spec;
  const started = client.now();
  const window = spec.learn?.timings.window(spec.learn.kind);
  let status = spec.initialStatus ?? "pending";
  let lastPendingAt = 0;
  let lastReport = started;
  for (let round = 1; ; round++) {
    const elapsed = client.now() - started;
    const remaining = options.timeoutMs - elapsed;
    if (remaining <= 0)
      throw new IonosWaitTimeoutError({ what: spec.what, waitedMs: options.timeoutMs, status, hint: spec.hint });
    if (!(round === 1 && spec.pollFirst === true)) {
      const delay = spec.delayMs?.(round, elapsed) ?? nextPollDelay(elapsed, window, options);
      // Slept in pieces, so that a progress line comes every 10 s however far apart the polls are.
      let left = Math.max(0, Math.min(Math.round(delay), remaining));
      while (left > 0) {
        const piece = Math.min(left, Math.max(1, lastReport + REPORT_EVERY_MS - client.now()));
        await client.sleep(piece);
        left -= piece;
        if (client.now() - lastReport >= REPORT_EVERY_MS) lastReport = report(client, spec.what, status, started);
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
    if (client.now() - lastReport >= REPORT_EVERY_MS) lastReport = report(client, spec.what, status, started);
  }
}
