// What IONOS's request log proves about a create's POST: which key the POST marked with the create's
// token made, or that no such POST was applied, asked in the server's time.
import type { IonosHttpClient } from "../api/client";
import { createdKeyId, recordedHeader, RequestsApi } from "../api/requests-api";
import { keysPath } from "../api/s3-keys-api";
import type { ServerClock } from "../api/server-clock";
import type { CreatePolicy } from "../common/config";
import { CREATE_TOKEN_HEADER, isAncestor, nextCreateToken, RESOURCE_HEADER } from "../common/create-journal";
import { S3KeysApi } from "../api/s3-keys-api";
import type { Schedule } from "../api/poll-schedule";
import { pollUntil, type Poll } from "../api/poll-until";

/** Dates in the request log are the server's: a window starts this long before a POST's server time. */
export const CLOCK_MARGIN_MS = 120_000;
/**
 * A POST's server time unknown (no answer had shown IONOS's clock, or a journal entry from an
 * earlier process without it): the window starts this long before its local time instead, so a
 * machine clock up to 15 minutes off still finds the POST.
 */
export const UNKNOWN_CLOCK_MARGIN_MS = 17 * 60_000;

/** When a POST was sent: this machine's time, and IONOS's when its clock was known for it. */
export interface PostedAt {
  readonly local: number;
  readonly server?: number;
  /** From this process: its clock, once learned, converts `local` to the server's time exactly. */
  readonly thisProcess: boolean;
}

/** The request-log window's start for a POST, in the server's time. */
export function windowStart(posted: PostedAt, clock: ServerClock): number {
  const server = posted.server ?? (posted.thisProcess ? clock.toServer(posted.local) : undefined);
  if (server !== undefined) return server - CLOCK_MARGIN_MS;
  return (clock.toServer(posted.local) ?? posted.local) - UNKNOWN_CLOCK_MARGIN_MS;
}

/** What IONOS's request log says about a create token's POST. */
export type Finding =
  | { readonly kind: "made"; readonly keyId: string; readonly requestId: string; readonly token: string }
  | { readonly kind: "none" }
  /** POSTs the log cannot attribute (no token recorded): they made these keys. */
  | { readonly kind: "unclear"; readonly keyIds: readonly string[]; readonly since: number };

/**
 * Asks the request log for the POSTs to the user's keys since `postedAt` in the server's time (less
 * the clock margin, see `windowStart`).
 * One marked with `token` that did not fail made our key. With none, it waits until the log has had
 * `requestLogSettleMs` to list the POST; then POSTs it cannot attribute make the answer unclear.
 */
export async function findOwnPost(
  client: IonosHttpClient,
  userId: string,
  token: string,
  postedAt: PostedAt,
  policy: CreatePolicy,
): Promise<Finding> {
  const requests = new RequestsApi(client);
  const settledAt = postedAt.local + policy.requestLogSettleMs;
  return pollUntil(client, {
    what: `IONOS's request log to list the POST of create token ${token}`,
    // The poll itself ends the wait once the log has had its time; this bound only guards against a stuck log.
    options: { ...LOG_SCHEDULE, timeoutMs: policy.requestLogSettleMs + LOG_WAIT_SLACK_MS },
    pollFirst: true,
    // The log's answer changes when it lists the POST, or when its time to do so is up.
    pollAt: settledAt,
    initialStatus: "not listed",
    hint: "A key may have been made: run `pulumi up` again, which asks the log again before creating anything.",
    poll: async (): Promise<Poll<Finding>> => {
      // Each round anew: the first answer of a process teaches it IONOS's clock.
      const since = windowStart(postedAt, client.serverClock);
      const posts = await requests.postsTo(keysPath(userId), since);
      for (const post of posts.filter((p) => recordedHeader(p, CREATE_TOKEN_HEADER) === token)) {
        const status = await requests.status(post.id);
        if (status.status === "FAILED") continue;
        const keyId = createdKeyId(status);
        if (keyId !== undefined) return { done: true, value: { kind: "made", keyId, requestId: post.id, token } };
      }
      if (client.now() < settledAt) return { done: false, status: "not listed" };
      const keyIds: string[] = [];
      for (const post of posts.filter((p) => recordedHeader(p, CREATE_TOKEN_HEADER) === undefined)) {
        const status = await requests.status(post.id);
        if (status.status !== "FAILED") keyIds.push(createdKeyId(status) ?? `(request ${post.id})`);
      }
      return { done: true, value: keyIds.length === 0 ? { kind: "none" } : { kind: "unclear", keyIds, since } };
    },
  });
}

/** The log lists a POST within seconds: ask again after 250 ms, doubling, at most every 5 s. */
const LOG_SCHEDULE: Schedule = { initialDelayMs: 250, factor: 2, maxDelayMs: 5_000 };

/** How long past the settle time the log's answers may take before the wait is given up. */
const LOG_WAIT_SLACK_MS = 10 * 60_000;

/** How far back the request log is searched for an earlier create of a resource on another machine. */
export const EARLIER_CREATE_WINDOW_MS = 7 * 24 * 3600_000;

/** What the request log holds of a resource's earlier creates (by its `RESOURCE_HEADER` mark). */
export interface EarlierCreates {
  /** A POST marked with this very create's token: this create ran before, cut off. */
  readonly own?: Made;
  /** Live keys that POSTs of this resource made, from creates no state of its line holds. */
  readonly orphans: ReadonlyArray<{ readonly keyId: string; readonly requestId: string; readonly at: string }>;
}

/** The key the log shows for a token's POST. */
type Made = Extract<Finding, { kind: "made" }>;

/**
 * Asks the request log, once, for the POSTs of the last 7 days marked with this resource's mark. One
 * with this create's token is its own earlier attempt; one whose token is an ancestor of this one, or
 * that made `replaces` (the key of the resource this create replaces), made a key the state holds (or
 * deleted); any other that made a key still alive made a key no journal on this machine knows: a
 * plugin host that died alone on a runner since thrown away.
 */
export async function findEarlierCreates(
  client: IonosHttpClient,
  userId: string,
  mark: string,
  token: string,
  replaces?: string,
): Promise<EarlierCreates> {
  const requests = new RequestsApi(client);
  const posts = await requests.postsTo(keysPath(userId), client.now() - EARLIER_CREATE_WINDOW_MS);
  const orphans: Array<{ keyId: string; requestId: string; at: string }> = [];
  for (const post of posts.filter((p) => recordedHeader(p, RESOURCE_HEADER) === mark)) {
    const postToken = recordedHeader(post, CREATE_TOKEN_HEADER);
    if (postToken !== undefined && postToken !== token && isAncestor(postToken, token, nextCreateToken)) continue;
    const status = await requests.status(post.id);
    const keyId = createdKeyId(status);
    if (status.status === "FAILED" || keyId === undefined || keyId === replaces) continue;
    if (postToken === token) return { own: { kind: "made", keyId, requestId: post.id, token }, orphans: [] };
    if ((await new S3KeysApi(client).get(userId, keyId)) !== undefined)
      orphans.push({ keyId, requestId: post.id, at: post.metadata?.createdDate ?? "an unknown time" });
  }
  return { orphans };
}
