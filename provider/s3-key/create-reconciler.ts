import type { IonosHttpClient } from "../api/client";
import { IonosApiError, IonosError, IonosNetworkError, IonosResponseError } from "../api/errors";
import { filterDate, RequestsApi } from "../api/requests-api";
import { backoffDelay } from "../api/retry-policy";
import { S3KeysApi } from "../api/s3-keys-api";
import type { S3Key } from "../api/schemas";
import type { CreatePolicy } from "../common/config";
import { findOwnPost, type Finding, type PostedAt } from "./request-log-proof";
import { CREATE_TOKEN_HEADER, type CreateJournal, type PendingCreate } from "../common/create-journal";

/** The key a create made: its id always; the key as IONOS answered, when the answer was readable. */
export interface CreateOutcome {
  readonly keyId: string;
  readonly key?: S3Key;
  /** The async request to wait for, when known. */
  readonly requestId?: string;
  /** The token of the POST that made the key. */
  readonly token: string;
}

/** One create: who the key is for and the token that marks its POSTs. */
export interface CreateRequest {
  readonly userId: string;
  readonly token: string;
  /** Where the resource's pending create is recorded; absent for a resource with no identity. */
  readonly journal?: { readonly journal: CreateJournal; readonly key: string };
}

/** True when a POST failed in a way that leaves open whether IONOS created the key. */
export function outcomeUnknown(error: unknown): boolean {
  if (error instanceof IonosNetworkError) return error.maybeApplied;
  // A 2xx whose body cannot be read: IONOS accepted something.
  if (error instanceof IonosResponseError) return error.status >= 200 && error.status < 300;
  return error instanceof IonosApiError && error.status >= 500;
}

function isPrivilegePending(error: unknown): boolean {
  return (
    error instanceof IonosApiError &&
    error.status === 422 &&
    /ACCESS_S3_OBJECT_STORAGE/i.test(error.apiMessages.join(" "))
  );
}

/**
 * POSTs a new key, marked with the resource's create token, so that no key is leaked, duplicated or
 * shared. In the normal case it costs the POST alone. When a POST's outcome is unknown, or an earlier
 * create of the same resource was cut off (its journal entry is still there), it asks IONOS's request
 * log which key the token's POST made, and adopts only that one. A POST is sent again only once the
 * log proves the earlier one was not applied; where the log cannot tell, the error names the keys.
 */
export async function postNewKey(
  client: IonosHttpClient,
  create: CreateRequest,
  policy: CreatePolicy,
): Promise<CreateOutcome> {
  const { userId, token } = create;
  const api = new S3KeysApi(client);
  const journal = journalOf(create);
  const interrupted = await recoverInterrupted(client, api, create, policy);
  if (interrupted !== undefined) return interrupted;

  const started = client.now();
  const serverStartedAt = client.serverClock.toServer(started);
  journal?.begin({ token, userId, startedAt: started, ...(serverStartedAt !== undefined ? { serverStartedAt } : {}) });
  let posts = 0;
  for (let attempt = 1; ; attempt++) {
    const postedAt: PostedAt = { local: client.now(), thisProcess: true };
    try {
      posts++;
      const accepted = await api.create(userId, { [CREATE_TOKEN_HEADER]: token });
      return { keyId: accepted.value.id, key: accepted.value, requestId: accepted.requestId, token };
    } catch (error) {
      if (isPrivilegePending(error)) {
        await waitForPrivilege(client, error as Error, { userId, started, attempt, policy, journal });
        posts--;
        continue;
      }
      if (!outcomeUnknown(error)) {
        journal?.end();
        throw error;
      }
      const recovered = await findAfterUnclearAnswer(client, api, create, error as Error, postedAt, policy);
      if (recovered !== undefined) return recovered;
      if (posts >= policy.maxPosts) {
        journal?.end();
        throw error;
      }
      // Proven not applied, so sending it again is safe; the API was in trouble, so back off first.
      const delay = backoffDelay(posts, policy.resendDelayMs, 30_000, client.random);
      client.log(
        `${unclearReason(userId, error as Error)}; IONOS's request log shows it was not applied: sending it again in ${delay} ms`,
      );
      await client.sleep(delay);
    }
  }
}

/** An earlier create of this resource was cut off (its journal entry is still there): the key its token's POST made, if any. */
async function recoverInterrupted(
  client: IonosHttpClient,
  api: S3KeysApi,
  create: CreateRequest,
  policy: CreatePolicy,
): Promise<CreateOutcome | undefined> {
  const pending = journalOf(create)?.get();
  if (pending === undefined) return undefined;
  const postedAt: PostedAt = {
    local: pending.startedAt,
    ...(pending.serverStartedAt !== undefined ? { server: pending.serverStartedAt } : {}),
    thisProcess: false,
  };
  const found = await findOwnPost(client, pending.userId, pending.token, postedAt, policy);
  return recover(client, api, create, found, {
    postedFor: pending.userId,
    postedAt,
    reason: "an earlier create of this resource was interrupted",
    settleMs: policy.requestLogSettleMs,
  });
}

/** Waits, with backoff, for the user's ACCESS_S3_OBJECT_STORAGE privilege; past the policy's limit, an error. */
async function waitForPrivilege(
  client: IonosHttpClient,
  error: Error,
  at: {
    userId: string;
    started: number;
    attempt: number;
    policy: CreatePolicy;
    journal: ReturnType<typeof journalOf>;
  },
): Promise<void> {
  const { policy } = at;
  const waited = client.now() - at.started;
  if (waited >= policy.privilegeWaitMs) {
    at.journal?.end();
    throw new IonosError(
      `${error.message} Waited ${Math.round(waited / 1000)} s for the privilege to propagate (IONOS_PRIVILEGE_WAIT=${policy.privilegeWaitMs / 1000}).`,
      { cause: error },
    );
  }
  const delay = Math.min(backoffDelay(at.attempt, 1000, 30_000), policy.privilegeWaitMs - waited);
  client.log(
    `user ${at.userId} cannot have keys yet: waiting for the ACCESS_S3_OBJECT_STORAGE privilege to propagate (${Math.round(waited / 1000)} s so far, retrying in ${Math.round(delay / 1000)} s)`,
  );
  await client.sleep(delay);
}

const unclearReason = (userId: string, error: Error) =>
  `POST for user ${userId} got no clear answer (${error.message})`;

/**
 * A POST's answer left open whether IONOS made the key: the key the log shows for this create's
 * token, or undefined when the log proves the POST was not applied (so it may be sent again).
 */
async function findAfterUnclearAnswer(
  client: IonosHttpClient,
  api: S3KeysApi,
  create: CreateRequest,
  error: Error,
  postedAt: PostedAt,
  policy: CreatePolicy,
): Promise<CreateOutcome | undefined> {
  const { userId, token } = create;
  const reason = unclearReason(userId, error);
  let found: Finding;
  try {
    found = await findOwnPost(client, userId, token, postedAt, policy);
  } catch (lookupError) {
    throw new IonosError(
      `${reason}, and asking IONOS's request log which key it made failed too (${(lookupError as Error).message}). ` +
        "A key may have been made: run `pulumi up` again, which asks the log again before creating anything.",
      { cause: lookupError },
    );
  }
  const recovered = await recover(client, api, create, found, {
    postedFor: userId,
    postedAt,
    reason,
    settleMs: policy.requestLogSettleMs,
  });
  if (recovered !== undefined) return recovered;
  if (error instanceof IonosResponseError) {
    journalOf(create)?.end();
    throw new IonosError(
      `${reason}. IONOS accepted it, but its request log shows no POST of this resource after ${Math.round(policy.requestLogSettleMs / 1000)} s, ` +
        `so the key cannot be found: look at user ${userId}'s keys in the DCD and adopt the new one with \`adoptKeyId\`, or delete it.`,
      { cause: error },
    );
  }
  return undefined;
}

/** The create's journal entry, bound to its key. */
function journalOf(create: CreateRequest) {
  const j = create.journal;
  if (j === undefined) return undefined;
  return {
    get: () => j.journal.get(j.key),
    begin: (entry: PendingCreate) => j.journal.begin(j.key, entry),
    end: () => j.journal.end(j.key),
  };
}

/** The key to adopt for a finding, or undefined when a POST may be sent; throws when the log cannot tell. */
async function recover(
  client: IonosHttpClient,
  api: S3KeysApi,
  create: CreateRequest,
  found: Finding,
  post: { readonly postedFor: string; readonly postedAt: PostedAt; readonly reason: string; readonly settleMs: number },
): Promise<CreateOutcome | undefined> {
  const { userId } = create;
  const journal = journalOf(create);
  const { postedFor, reason } = post;
  if (found.kind === "none") return undefined;
  if (found.kind === "unclear") {
    // Told once: the next create starts afresh rather than asking the same question forever.
    journal?.end();
    throw new IonosError(
      `${reason}. IONOS's request log cannot tell whether it made a key: since ${filterDate(found.since)} UTC it lists ` +
        `${found.keyIds.length} POST(s) for user ${postedFor} without this resource's ${CREATE_TOKEN_HEADER}, which made ${found.keyIds.join(", ")}. ` +
        "Nothing was adopted and no other POST was sent. If one of these keys belongs to this resource, set `adoptKeyId` to it; " +
        `if none does and nobody uses them, delete them in the DCD (a user holds at most 5 keys). The next \`pulumi up\` creates a new key.`,
    );
  }
  if (postedFor !== userId) {
    journal?.end();
    throw new IonosError(
      `${reason}: it made key ${found.keyId} for user ${postedFor}, but this resource is now for user ${userId}. ` +
        `Delete key ${found.keyId} in the DCD if nobody uses it, then run \`pulumi up\` again.`,
    );
  }
  const key = await api.get(userId, found.keyId);
  // Not readable long after its request was DONE: deleted since (e.g. in the DCD), so a new key is made.
  // Not readable shortly after is no proof (reads lag behind writes): create waits for the key.
  if (key === undefined && client.now() - post.postedAt.local > post.settleMs) {
    const status = await new RequestsApi(client).status(found.requestId);
    if (status.status === "DONE") {
      client.log(`${reason}; the key its POST made (${found.keyId}) is gone since, so a new one is created`);
      return undefined;
    }
  }
  client.log(
    `${reason}; IONOS's request log shows its POST made key ${found.keyId}: adopting it, no second key is made`,
  );
  return { keyId: found.keyId, ...(key !== undefined ? { key } : {}), requestId: found.requestId, token: found.token };
}
