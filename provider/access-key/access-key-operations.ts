import { randomUUID } from "node:crypto";
import { AccessKeysApi } from "../api/access-keys-api";
import type { IonosHttpClient } from "../api/client";
import { IonosApiError, IonosError, IonosNetworkError } from "../api/errors";
import type { WaitOptions } from "../api/poll-schedule";
import { pollUntil } from "../api/poll-until";
import type { AccessKey } from "../api/schemas";
import { identityOf, journalKey, type CreateJournal } from "../common/create-journal";
import { nextCreateId, tokenOf, uuidOf } from "../common/create-ids";
import { ResourceInitError } from "../common/resource-init-error";
import { journaledCreate, OutcomeOpen } from "../common/journaled-create";
import { changed } from "../common/unknowns";
import { accessKeyOutputs } from "./access-key-outputs";
import type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-types";

/** What every access-key operation works with. */
export interface AccessKeyContext {
  readonly client: IonosHttpClient;
  readonly journal: CreateJournal;
  readonly wait: WaitOptions;
  /** The Pulumi project's directory, which keys the create journal with the URN. */
  readonly projectDir: string;
}

/** The key ended FAILED. */
class KeyFailed extends IonosError {}

/**
 * Ensures (PUT) a key id this create chose, journaled before the first PUT; renews the secret when
 * the answer that carried it was lost; waits until AVAILABLE. FAILED deletes the key again.
 */
export async function createAccessKey(
  ctx: AccessKeyContext,
  inputs: AccessKeyInputs,
): Promise<{ id: string; outs: AccessKeyOutputs }> {
  const identity = identityOf(inputs);
  const key = identity !== undefined ? journalKey(identity, ctx.projectDir) : undefined;
  return journaledCreate(
    ctx.journal,
    key,
    { token: inputs.createId && tokenOf(inputs.createId), next: nextToken },
    async (entry) => {
      const pending = entry.earlier;
      const id = pending !== undefined ? uuidOf(pending.token) : (inputs.createId ?? randomUUID());
      if (pending !== undefined)
        ctx.client.log(
          `an earlier create of this access key was cut off before its key reached the state: ensuring its key ${id} again`,
        );
      else entry.begin({ token: tokenOf(id), userId: "", startedAt: ctx.client.now() });
      return { id, outs: await ensureCreated(ctx, id, inputs) };
    },
  );
}

/** PUTs the key `id` and waits until AVAILABLE; once the key may exist, a failure keeps its id. */
async function ensureCreated(ctx: AccessKeyContext, id: string, inputs: AccessKeyInputs): Promise<AccessKeyOutputs> {
  const api = new AccessKeysApi(ctx.client);
  // A lost answer is resent by the client (PUT is idempotent); a resend finds the key the first made.
  let ensured: { created: boolean; key: AccessKey };
  try {
    ensured = await api.ensure(id, inputs.description);
  } catch (error) {
    // Refused outright (a 4xx), or never sent (a connection refused, a host that does not resolve): no
    // key exists with this id, so the create is over. Otherwise its outcome is open, and the next
    // create of this resource ensures the same id again.
    const notApplied =
      (error instanceof IonosApiError && error.status < 500) ||
      (error instanceof IonosNetworkError && !error.maybeApplied);
    throw notApplied ? error : new OutcomeOpen(error);
  }
  let outputs = echo(accessKeyOutputs(ensured.key), inputs);
  try {
    // Only the answer that made the key carries its secret: without it, a new one is the only way.
    if (!ensured.created || outputs.secretKey === "") {
      ctx.client.log(`key ${id} exists but its secret was not received: renewing the secret`);
      outputs = echo(accessKeyOutputs(await api.renew(id), outputs), inputs);
    }
    return echo(await waitAvailable(ctx, api, id, outputs), inputs);
  } catch (error) {
    if (!(error instanceof KeyFailed)) throw new ResourceInitError(id, outputs, asError(error));
    // IONOS could not provision it: remove it, so that nothing is left that nobody manages.
    try {
      await deleteAndWait(ctx, api, id);
    } catch (deleteError) {
      throw new ResourceInitError(id, outputs, asError(deleteError));
    }
    throw new IonosError(`${error.message} The key was deleted again; fix the cause and run the command again.`);
  }
}

/** `rotation` renews the secret in place; `description` is updated in place. */
export async function updateAccessKey(
  ctx: AccessKeyContext,
  id: string,
  olds: AccessKeyOutputs,
  news: AccessKeyInputs,
): Promise<AccessKeyOutputs> {
  const api = new AccessKeysApi(ctx.client);
  let outputs: AccessKeyOutputs = olds;
  if (changed(olds.description, news.description)) {
    outputs = accessKeyOutputs((await api.ensure(id, news.description)).key, outputs);
    outputs = await waitAvailable(ctx, api, id, outputs);
  }
  // A new rotation, or a key whose secret was never received (an unfinished create): renew.
  if (changed(olds.rotation, news.rotation) || olds.secretKey === "") {
    outputs = accessKeyOutputs(await api.renew(id), outputs);
    outputs = await waitAvailable(ctx, api, id, outputs);
  }
  return echo(outputs, news);
}

/**
 * GETs the key until `metadata.status` is AVAILABLE, on the wait schedule. FAILED is an
 * error with IONOS's statusMessage at once (not a wait until the timeout); a key gone is an error.
 */
async function waitAvailable(
  ctx: AccessKeyContext,
  api: AccessKeysApi,
  id: string,
  previous: AccessKeyOutputs,
): Promise<AccessKeyOutputs> {
  if (previous.status === "AVAILABLE") return previous;
  return pollUntil(ctx.client, {
    what: `access key ${id} to be AVAILABLE`,
    options: ctx.wait,
    initialStatus: previous.status || "PROVISIONING",
    hint: "It may still become available: run `pulumi up` later.",
    poll: async () => {
      const key = await api.get(id);
      if (key === undefined || key.metadata.status === "DESTROYING")
        throw new IonosError(`Access key ${id} was deleted while it was being provisioned. Run \`pulumi up\` again.`);
      if (key.metadata.status === "AVAILABLE") return { done: true, value: accessKeyOutputs(key, previous) };
      if (key.metadata.status === "FAILED")
        throw new KeyFailed(
          `IONOS could not provision access key ${id}: ${(key.metadata.statusMessage ?? "no reason given").replace(/[.\s]+$/, "")}.`,
        );
      return { done: false, status: key.metadata.status };
    },
  });
}

/** DELETE, then GET until 404 (DESTROYING until then); a key already gone counts as deleted. */
export async function deleteAndWait(ctx: AccessKeyContext, api: AccessKeysApi, id: string): Promise<void> {
  if (!(await api.delete(id))) return;
  await pollUntil(ctx.client, {
    what: `access key ${id} to be deleted`,
    options: ctx.wait,
    initialStatus: "DESTROYING",
    hint: "Run `pulumi destroy` again later.",
    poll: async () => {
      const key = await api.get(id);
      return key === undefined ? { done: true, value: undefined } : { done: false, status: key.metadata.status };
    },
  });
}

/** The inputs only diff needs, copied onto outputs. */
export function echo(outputs: AccessKeyOutputs, from: { rotation?: unknown; identity?: unknown }): AccessKeyOutputs {
  const { rotation: _r, identity: _i, ...rest } = outputs;
  return {
    ...rest,
    ...(from.rotation !== undefined ? { rotation: from.rotation as Record<string, unknown> } : {}),
    ...(typeof from.identity === "string" ? { identity: from.identity } : {}),
  };
}

export { nextCreateId, tokenOf } from "../common/create-ids";

const nextToken = (token: string) => tokenOf(nextCreateId(uuidOf(token)));

function asError(error: unknown): Error {
  return error instanceof Error ? error : new IonosError(String(error));
}
