import { IonosApiError, IonosError, IonosNetworkError } from "./api/errors";
import type { IonosHttpClient } from "./api/client";
import type { Accepted, S3KeysApi } from "./api/s3-keys-api";
import type { S3Key } from "./api/schemas";

/** How create copes with the two conditions that are not plain errors. */
export interface CreatePolicy {
  /** How long to keep retrying while the user's ACCESS_S3_OBJECT_STORAGE privilege propagates, in ms. */
  readonly privilegeWaitMs: number;
  /** POSTs sent at most, each after the previous one was confirmed not applied. */
  readonly maxPosts: number;
  /** The delay before the first resend; it doubles for each further one. */
  readonly resendDelayMs: number;
}

/** A POST answered, or a key adopted after a POST whose answer was lost (no request to wait for). */
export type CreateOutcome = { readonly key: S3Key; readonly requestId?: string };

/** True when a POST failed in a way that leaves open whether IONOS created the key. */
export function outcomeUnknown(error: unknown): boolean {
  if (error instanceof IonosNetworkError) return error.maybeApplied;
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
 * POSTs a new key so that none is leaked and none is created twice: it lists the user's keys first,
 * and when the POST's outcome is unknown it lists them again and adopts the one key that appeared
 * (or, if none did, knows the POST was not applied and may send it again). Callers serialize it per
 * user, so no other create of this process can make a key appear in between.
 */
export async function postNewKey(
  client: IonosHttpClient,
  api: S3KeysApi,
  userId: string,
  policy: CreatePolicy,
): Promise<CreateOutcome> {
  const started = client.now();
  let posts = 0;
  for (let attempt = 1; ; attempt++) {
    const before = new Set((await api.list(userId)).map((k) => k.id));
    let accepted: Accepted<S3Key>;
    try {
      posts++;
      accepted = await api.create(userId);
    } catch (error) {
      if (isPrivilegePending(error)) {
        const waited = client.now() - started;
        if (waited >= policy.privilegeWaitMs) {
          throw new IonosError(
            `${(error as Error).message} Waited ${Math.round(waited / 1000)} s for the privilege to propagate (IONOS_PRIVILEGE_WAIT=${policy.privilegeWaitMs / 1000}).`,
            { cause: error },
          );
        }
        const delay = Math.min(30_000, 1000 * 2 ** Math.min(attempt - 1, 5), policy.privilegeWaitMs - waited);
        client.log(
          `user ${userId} cannot have keys yet: waiting for the ACCESS_S3_OBJECT_STORAGE privilege to propagate (${Math.round(waited / 1000)} s so far, retrying in ${Math.round(delay / 1000)} s)`,
        );
        await client.sleep(delay);
        posts--;
        continue;
      }
      if (!outcomeUnknown(error)) throw error;
      const appeared = (await listOrExplain(api, userId, error as Error)).filter((k) => !before.has(k.id));
      if (appeared.length === 1) {
        client.log(
          `POST for user ${userId} got no clear answer (${(error as Error).message}); key ${appeared[0].id} appeared, adopting it instead of creating another`,
        );
        return { key: appeared[0] };
      }
      if (appeared.length > 1) {
        throw new IonosError(
          `POST for user ${userId} got no clear answer and ${appeared.length} new keys appeared meanwhile (${appeared.map((k) => k.id).join(", ")}); ` +
            "another tool is creating keys for this user at the same time, so none was adopted. Delete the keys you do not want in the DCD and run `pulumi up` again.",
          { cause: error },
        );
      }
      if (posts >= policy.maxPosts) throw error;
      // Confirmed not applied, so sending it again is safe; the API was in trouble, so back off first.
      const delay = Math.round(policy.resendDelayMs * 2 ** (posts - 1) * (0.5 + client.random() / 2));
      client.log(
        `POST for user ${userId} got no clear answer (${(error as Error).message}); no key appeared, so it was not applied: sending it again in ${delay} ms`,
      );
      await client.sleep(delay);
      continue;
    }
    return { key: accepted.value, requestId: accepted.requestId };
  }
}

async function listOrExplain(api: S3KeysApi, userId: string, postError: Error): Promise<S3Key[]> {
  try {
    return await api.list(userId);
  } catch (error) {
    throw new IonosError(
      `POST for user ${userId} got no clear answer (${postError.message}), and listing the user's keys to find out failed too (${(error as Error).message}). ` +
        "A key may have been created: look at the user's keys in the DCD before running `pulumi up` again.",
      { cause: error },
    );
  }
}
