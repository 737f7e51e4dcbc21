import type { IonosHttpClient } from "./client";
import { IonosRequestError } from "./errors";
import { defaultWaitOptions, type WaitOptions } from "./poll-schedule";
import { pollUntil } from "./poll-until";
import { RequestsApi } from "./requests-api";

/**
 * Polls `/requests/{id}/status` until the request is DONE (through `pollUntil`). Throws
 * `IonosRequestError` when it ends FAILED (with the API's message), `IonosWaitTimeoutError` when it
 * is still running at the timeout.
 */
export async function waitForRequest(
  client: IonosHttpClient,
  requestId: string,
  what: string,
  options: WaitOptions = defaultWaitOptions,
): Promise<void> {
  const requests = new RequestsApi(client);
  await pollUntil(client, {
    what: `IONOS request ${requestId} (${what})`,
    options,
    initialStatus: "QUEUED",
    hint: "It may still complete: run `pulumi refresh` later.",
    poll: async () => {
      const status = await requests.status(requestId);
      if (status.status === "DONE") return { done: true, value: undefined };
      if (status.status === "FAILED")
        throw new IonosRequestError({
          requestId,
          status: status.status,
          message: `IONOS request ${requestId} (${what}) FAILED: ${status.message ?? "no reason given"}. Nothing was changed by it; fix the cause and run the command again.`,
        });
      return { done: false, status: status.status };
    },
  });
}
