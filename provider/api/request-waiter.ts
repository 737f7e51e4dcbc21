import type { IonosHttpClient } from "./client";
import { IonosRequestError } from "./errors";
import { RequestsApi } from "./requests-api";

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
   * Growth of the delay between polls: 1.15 keeps the time between DONE and noticing it near 7 % of
   * the request's duration, with about 20 polls for a 10 s request.
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

/** The delay before poll number `poll` (0-based): fast at first, then backing off. Pure. */
export function pollDelay(poll: number, options: WaitOptions = defaultWaitOptions): number {
  return Math.min(options.maxDelayMs, Math.round(options.initialDelayMs * options.factor ** poll));
}

/**
 * Polls `/requests/{id}/status` until the request is DONE. Throws `IonosRequestError` when it ends
 * FAILED (with the API's message) or is still running at the timeout.
 */
export async function waitForRequest(
  client: IonosHttpClient,
  requestId: string,
  what: string,
  options: WaitOptions = defaultWaitOptions,
): Promise<void> {
  const requests = new RequestsApi(client);
  const started = client.now();
  let lastStatus = "QUEUED";
  let lastReport = started;
  for (let poll = 0; ; poll++) {
    const remaining = options.timeoutMs - (client.now() - started);
    if (remaining <= 0) {
      throw new IonosRequestError({
        requestId,
        status: lastStatus,
        message:
          `Timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for IONOS request ${requestId} (${what}); it was still ${lastStatus}. ` +
          "It may still complete: run `pulumi refresh` later, or raise the timeout (customTimeouts or IONOS_WAIT_TIMEOUT).",
      });
    }
    await client.sleep(Math.min(pollDelay(poll, options), remaining));
    const status = await requests.status(requestId);
    lastStatus = status.status;
    if (lastStatus === "DONE") return;
    if (lastStatus === "FAILED") {
      throw new IonosRequestError({
        requestId,
        status: lastStatus,
        message: `IONOS request ${requestId} (${what}) FAILED: ${status.message ?? "no reason given"}. Nothing was changed by it; fix the cause and run the command again.`,
      });
    }
    if (client.now() - lastReport >= 10_000) {
      lastReport = client.now();
      client.log(
        `still waiting for ${what} (IONOS request ${requestId} is ${lastStatus}, ${Math.round((lastReport - started) / 1000)} s so far)`,
      );
    }
  }
}
