import type { IonosHttpClient } from "./api/client";
import { IonosError, IonosRequestError } from "./api/errors";
import { waitForRequest, type WaitOptions } from "./api/request-waiter";
import { S3KeysApi } from "./api/s3-keys-api";
import { postNewKey, type CreatePolicy } from "./create-reconciler";
import type { KeyedLock } from "./keyed-lock";
import { toOutputs, type S3KeyOutputs } from "./outputs";
import { ResourceInitError } from "./resource-init-error";

/** What every operation works with. */
export interface OperationContext {
  readonly client: IonosHttpClient;
  readonly wait: WaitOptions;
  readonly create: CreatePolicy;
  /** Creates for one user go one at a time within a process, so a lost answer can be reconciled. */
  readonly userLocks: KeyedLock;
}

/**
 * POST, wait; then, for an inactive key, PUT and wait. A key that exists is never lost from view:
 * once the key may exist, a failure is a `ResourceInitError` that keeps its id in the state.
 */
export async function createKey(ctx: OperationContext, userId: string, active: boolean): Promise<S3KeyOutputs> {
  const api = new S3KeysApi(ctx.client);
  const created = await ctx.userLocks.run(userId, () => postNewKey(ctx.client, api, userId, ctx.create));
  let outputs = toOutputs(userId, created.key);
  try {
    if (created.requestId !== undefined) {
      await waitForRequest(ctx.client, created.requestId, `creating key ${outputs.keyId}`, ctx.wait);
    }
  } catch (error) {
    // FAILED means IONOS did not create the key; make sure before reporting that nothing exists.
    if (
      error instanceof IonosRequestError &&
      error.status === "FAILED" &&
      (await keyIsGone(api, userId, outputs.keyId))
    )
      throw error;
    throw new ResourceInitError(outputs.keyId, outputs, asError(error));
  }
  if (!active) {
    try {
      outputs = await setActive(ctx, outputs, false);
    } catch (error) {
      throw new ResourceInitError(outputs.keyId, outputs, asError(error));
    }
  }
  return outputs;
}

async function keyIsGone(api: S3KeysApi, userId: string, keyId: string): Promise<boolean> {
  try {
    return (await api.get(userId, keyId)) === undefined;
  } catch {
    return false;
  }
}

/** Brings an existing key under management: looks it up and applies `active`; creates nothing. */
export async function adoptKey(
  ctx: OperationContext,
  userId: string,
  keyId: string,
  active: boolean,
): Promise<S3KeyOutputs> {
  const key = await new S3KeysApi(ctx.client).get(userId, keyId);
  if (key === undefined) {
    throw new IonosError(
      `Cannot adopt key ${keyId}: user ${userId} has no such key. Check adoptKeyId (the access key id) and userId, or remove adoptKeyId to create a new key.`,
    );
  }
  const outputs = toOutputs(userId, key);
  ctx.client.log(
    `adopted existing key ${keyId} of user ${userId}; it is now managed by Pulumi and deleted with the resource`,
  );
  return outputs.active === active ? outputs : setActive(ctx, outputs, active);
}

/** The key as IONOS has it now, or undefined when it is gone. */
export async function readKey(
  ctx: OperationContext,
  userId: string,
  keyId: string,
  previous?: Partial<S3KeyOutputs>,
): Promise<S3KeyOutputs | undefined> {
  const key = await new S3KeysApi(ctx.client).get(userId, keyId);
  return key === undefined ? undefined : toOutputs(userId, key, previous);
}

/** PUT `active`, wait, and return every output. */
export async function setActive(ctx: OperationContext, previous: S3KeyOutputs, active: boolean): Promise<S3KeyOutputs> {
  const accepted = await new S3KeysApi(ctx.client).setActive(previous.userId, previous.keyId, active);
  await waitForRequest(
    ctx.client,
    accepted.requestId,
    `${active ? "enabling" : "disabling"} key ${previous.keyId}`,
    ctx.wait,
  );
  return { ...toOutputs(previous.userId, accepted.value, previous), active };
}

/** DELETE and wait; a key already gone counts as deleted. */
export async function deleteKey(ctx: OperationContext, userId: string, keyId: string): Promise<void> {
  const accepted = await new S3KeysApi(ctx.client).delete(userId, keyId);
  if (accepted !== undefined) await waitForRequest(ctx.client, accepted.requestId, `deleting key ${keyId}`, ctx.wait);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new IonosError(String(error));
}
