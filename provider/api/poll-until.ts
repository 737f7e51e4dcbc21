import type { IonosHttpClient } from "./client";
import { IonosWaitTimeoutError } from "./errors";
import { nextPollDelay, type WaitOptions } from "./poll-schedule";

/** One poll's answer: done with a value, or still pending in some state (named in messages). */
export type Poll<T> = { readonly done: true; readonly value: T } | { readonly done: false; readonly status: string };

export interface PollSpec<T> {
  /** What is waited for, for messages: "IONOS request r-1 (creating key …)", "access key … to be AVAILABLE". */
  readonly what: string;
  /** The timeout, and the schedule the polls follow (`nextPollDelay`). */
  readonly options: WaitOptions;
  /** What to do when the wait timed out, said after the timeout. */
  readonly hint: string;
  /** The state before the first poll. @default "pending" */
  readonly initialStatus?: string;
  /** Poll at once, before any sleep (a read that usually succeeds). @default false */
  readonly pollFirst?: boolean;
  /** A time (the client's clock) a poll comes at, however the schedule falls: when the answer is known to change. */
  readonly pollAt?: number;
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
 * The one way to wait: polls until `poll` says done, sleeping on the schedule of `options` (never
 * past the deadline, nor past `pollAt`), telling its progress every 10 s, and failing at `options.timeoutMs` with one
 * `IonosWaitTimeoutError` that names what it waited for, its last state and what to do.
 */
export async function pollUntil<T>(client: IonosHttpClient, spec: PollSpec<T>): Promise<T> {
  const { options } = spec;
  const started = client.now();
  let status = spec.initialStatus ?? "pending";
  let lastReport = started;
  for (let round = 1; ; round++) {
    const elapsed = client.now() - started;
    const remaining = options.timeoutMs - elapsed;
    if (remaining <= 0)
      throw new IonosWaitTimeoutError({ what: spec.what, waitedMs: options.timeoutMs, status, hint: spec.hint });
    if (!(round === 1 && spec.pollFirst === true)) {
      const now = started + elapsed;
      const untilPollAt = spec.pollAt !== undefined && spec.pollAt > now ? Math.ceil(spec.pollAt - now) : Infinity;
      const delay = Math.min(nextPollDelay(elapsed, options), untilPollAt);
      // Slept in pieces, so that a progress line comes every 10 s however far apart the polls are.
      let left = Math.max(0, Math.min(Math.round(delay), remaining));
      while (left > 0) {
        const piece = Math.min(left, Math.max(1, lastReport + REPORT_EVERY_MS - client.now()));
        await client.sleep(piece);
        left -= piece;
        if (client.now() - lastReport >= REPORT_EVERY_MS) lastReport = report(client, spec.what, status, started);
      }
    }
    const answer = await spec.poll();
    if (answer.done) return answer.value;
    status = answer.status;
    if (client.now() - lastReport >= REPORT_EVERY_MS) lastReport = report(client, spec.what, status, started);
  }
}
