import type { IonosHttpClient } from "../api/client";
import { IonosError, IonosRequestError } from "../api/errors";
import type { WaitOptions } from "../api/poll-schedule";
import { pollUntil } from "../api/poll-until";
import { waitForRequest } from "../api/request-waiter";
import { S3KeysApi } from "../api/s3-keys-api";
import type { S3Key, S3KeySettable } from "../api/schemas";
import { differingHeld } from "../common/descriptor";
import {
  journalKey,
  newCreateToken,
  nextCreateToken,
  resourceMark,
  type CreateJournal,
} from "../common/create-journal";
import type { CreatePolicy } from "../common/config";
import { postNewKey, type CreateOutcome } from "./create-reconciler";
import { journaledCreate } from "../common/journaled-create";
import { toOutputs, type S3KeyOutputs } from "./s3-key-outputs";
import { ResourceInitError } from "../common/resource-init-error";

/** What every operation works with. */
export interface OperationContext {
  readonly client: IonosHttpClient;
  readonly wait: WaitOptions;
  readonly create: CreatePolicy;
  readonly journal: CreateJournal;
  /** The Pulumi project's directory, which keys the create journal with the URN. */
  readonly projectDir: string;
}

/** The key's settable properties a resource wants (`active`), from its inputs (see `heldInputs`). */
export type KeyProperties = Readonly<Record<string, unknown>>;

/**
 * POST (marked with `token`, the resource's create token, or a one-off one), wait; then, when the
 * new key's properties are not the wanted ones (`active: false`), PUT and wait. A key that exists is
 * never lost from view: once the key may exist, a failure is a `ResourceInitError` that keeps its id
 * in the state.
 */
export async function createKey(
  ctx: OperationContext,
  userId: string,
  properties: KeyProperties,
  identity: string | undefined,
  createToken?: string,
  /** The key of the resource this create replaces, which its state holds. */
  replaces?: string,
): Promise<S3KeyOutputs> {
  const token = createToken ?? newCreateToken();
  const key = identity !== undefined ? journalKey(identity, ctx.projectDir) : undefined;
  return journaledCreate(ctx.journal, key, { token: createToken, next: nextCreateToken }, async (entry) => {
    const resource =
      identity !== undefined
        ? { mark: resourceMark(identity), urn: identity, ...(replaces !== undefined ? { replaces } : {}) }
        : undefined;
    const created = await postNewKey(
      ctx.client,
      { userId, token, entry, ...(resource ? { resource } : {}) },
      ctx.create,
    );
    return finishCreate(ctx, userId, properties, created);
  });
}

/** Waits for the key a POST made and applies its properties; once the key may exist, a failure keeps its id. */
async function finishCreate(
  ctx: OperationContext,
  userId: string,
  properties: KeyProperties,
  created: CreateOutcome,
): Promise<S3KeyOutputs> {
  const api = new S3KeysApi(ctx.client);
  let outputs: S3KeyOutputs = {
    ...toOutputs(userId, created.key ?? { id: created.keyId }),
    createToken: created.token,
  };
  try {
    if (created.requestId !== undefined) {
      await waitForRequest(ctx.client, created.requestId, `creating key ${outputs.keyId}`, ctx.wait);
    }
    // An answer without its request or its secret: the key, once readable, has both.
    if (created.requestId === undefined || outputs.secretKey === "") {
      outputs = toOutputs(userId, await waitForKey(ctx, api, userId, outputs.keyId), outputs);
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
  if (differingHeld(properties, { ...outputs }).length > 0) {
    try {
      outputs = await setProperties(ctx, outputs, properties);
    } catch (error) {
      throw new ResourceInitError(outputs.keyId, outputs, asError(error));
    }
  }
  return outputs;
}

/** Reads the key until it is visible (reads may lag behind writes), on the wait schedule. */
async function waitForKey(ctx: OperationContext, api: S3KeysApi, userId: string, keyId: string): Promise<S3Key> {
  return pollUntil(ctx.client, {
    what: `key ${keyId} of user ${userId} to be readable`,
    options: ctx.wait,
    pollFirst: true,
    initialStatus: "not readable",
    hint: "Run `pulumi refresh` later to read it.",
    poll: async () => {
      const key = await api.get(userId, keyId);
      return key !== undefined ? { done: true, value: key } : { done: false, status: "not readable" };
    },
  });
}

async function keyIsGone(api: S3KeysApi, userId: string, keyId: string): Promise<boolean> {
  try {
    return (await api.get(userId, keyId)) === undefined;
  } catch {
    return false;
  }
}

/** Brings an existing key under management: looks it up and applies its properties; creates nothing. */
export async function adoptKey(
  ctx: OperationContext,
  userId: string,
  keyId: string,
  properties: KeyProperties,
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
  return differingHeld(properties, { ...outputs }).length === 0 ? outputs : setProperties(ctx, outputs, properties);
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

/** PUT the key's properties, wait, and return every output. */
export async function setProperties(
  ctx: OperationContext,
  previous: S3KeyOutputs,
  properties: KeyProperties,
): Promise<S3KeyOutputs> {
  const api = new S3KeysApi(ctx.client);
  const accepted = await api.setProperties(previous.userId, previous.keyId, properties as S3KeySettable);
  const changes = differingHeld(properties, { ...previous }).map(
    (name) => `${name}: ${JSON.stringify(properties[name])}`,
  );
  await waitForRequest(
    ctx.client,
    accepted.requestId,
    `updating key ${previous.keyId} (${changes.join(", ")})`,
    ctx.wait,
  );
  return { ...toOutputs(previous.userId, accepted.value, previous), ...properties };
}

/** DELETE and wait; a key already gone counts as deleted. */
export async function deleteKey(ctx: OperationContext, userId: string, keyId: string): Promise<void> {
  const accepted = await new S3KeysApi(ctx.client).delete(userId, keyId);
  if (accepted !== undefined) await waitForRequest(ctx.client, accepted.requestId, `deleting key ${keyId}`, ctx.wait);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new IonosError(String(error));
}
