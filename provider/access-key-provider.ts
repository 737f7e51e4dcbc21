import type * as pulumi from "@pulumi/pulumi";
import { randomUUID } from "node:crypto";
import { accessKeyOutputs, changed, checkAccessKeyInputs, diffAccessKey } from "./access-key-inputs";
import type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-outputs";
import { AccessKeysApi } from "./api/access-keys-api";
import type { IonosHttpClient } from "./api/client";
import { IonosApiError, IonosError } from "./api/errors";
import { nextPollDelay, type RequestTimings, type WaitOptions } from "./api/request-waiter";
import type { AccessKey } from "./api/schemas";
import { CreateJournal, engineAlive, journalKey } from "./create-journal";
import { identityOf, ProviderBase } from "./provider-base";
import { ResourceInitError } from "./resource-init-error";
import { PROVIDER_KEY } from "./wire";

/**
 * The dynamic provider behind `AccessKey`, for the Object Storage Management API. Every create
 * "ensures" (PUT) a key id it chose itself, at random, and journals that id before the first PUT:
 * a repeated PUT to the id can only find the key this create made (another party's id answers 409,
 * and nobody else knows this one), so a lost answer or a crash never makes a second key and never
 * takes over someone else's. The secret key appears only in the answer that made or renewed the key:
 * when that answer is lost, the key's secret is renewed, so a key whose secret nobody has is never
 * left behind.
 */
export class AccessKeyProvider
  extends ProviderBase
  implements pulumi.dynamic.ResourceProvider<AccessKeyInputs, AccessKeyOutputs>
{
  /** Validates inputs and reads the settings, so that preview reports both before any request. */
  async check(
    _olds: Record<string, unknown>,
    news: Record<string, unknown>,
  ): Promise<pulumi.dynamic.CheckResult<AccessKeyInputs>> {
    this.config();
    const { [PROVIDER_KEY]: _provider, ...raw } = news;
    const { inputs, failures } = checkAccessKeyInputs(raw);
    return inputs === undefined ? { inputs: news as AccessKeyInputs, failures } : { inputs };
  }

  /** See `diffAccessKey`: description and rotation update in place; nothing replaces. Sends no request. */
  async diff(_id: string, olds: AccessKeyOutputs, news: AccessKeyInputs): Promise<pulumi.dynamic.DiffResult> {
    this.stateHolds(olds.identity, tokenOf(olds.keyId));
    return diffAccessKey(olds, news);
  }

  async create(inputs: AccessKeyInputs): Promise<pulumi.dynamic.CreateResult<AccessKeyOutputs>> {
    const ctx = this.context();
    const api = new AccessKeysApi(ctx.client);
    const identity = identityOf(inputs);
    const entry = identity !== undefined ? journalKey(identity, process.cwd()) : undefined;
    const pending = entry !== undefined ? ctx.journal.get(entry) : undefined;
    const id = pending !== undefined ? uuidOf(pending.token) : randomUUID();
    if (pending !== undefined)
      ctx.client.log(
        `an earlier create of this access key was cut off before its key reached the state: ensuring its key ${id} again`,
      );
    else if (entry !== undefined)
      ctx.journal.begin(entry, { token: tokenOf(id), userId: "", startedAt: ctx.client.now() });

    // A lost answer is resent by the client (PUT is idempotent); a resend finds the key the first made.
    let ensured: { created: boolean; key: AccessKey };
    try {
      ensured = await api.ensure(id, inputs.description);
    } catch (error) {
      // Refused outright (a 4xx): no key exists with this id, so nothing is pending. Otherwise the
      // entry stays, and the next create of this resource ensures the same id again.
      if (entry !== undefined && error instanceof IonosApiError && error.status < 500) ctx.journal.end(entry);
      throw error;
    }
    let outputs = echo(accessKeyOutputs(ensured.key), inputs);
    try {
      // Only the answer that made the key carries its secret: without it, a new one is the only way.
      if (!ensured.created || outputs.secretKey === "") {
        ctx.client.log(`key ${id} exists but its secret was not received: renewing the secret`);
        outputs = echo(accessKeyOutputs(await api.renew(id), outputs), inputs);
      }
      outputs = echo(await waitAvailable(ctx, api, id, outputs, "POST accesskey"), inputs);
    } catch (error) {
      if (error instanceof KeyFailed) {
        // IONOS could not provision it: remove it, so that nothing is left that nobody manages.
        try {
          await deleteAndWait(ctx, api, id);
        } catch (deleteError) {
          throw handedOver(new ResourceInitError(id, outputs, asError(deleteError)));
        }
        if (entry !== undefined) ctx.journal.end(entry);
        throw new IonosError(`${error.message} The key was deleted again; fix the cause and run the command again.`);
      }
      throw handedOver(new ResourceInitError(id, outputs, asError(error)));
    }
    return { id, outs: handedOver(outputs) };

    function handedOver<T>(result: T): T {
      if (entry !== undefined && engineAlive()) ctx.journal.end(entry);
      return result;
    }
  }

  /** `rotation` renews the secret in place; `description` is updated in place. */
  async update(
    id: string,
    olds: AccessKeyOutputs,
    news: AccessKeyInputs,
  ): Promise<pulumi.dynamic.UpdateResult<AccessKeyOutputs>> {
    const ctx = this.context();
    const api = new AccessKeysApi(ctx.client);
    let outputs: AccessKeyOutputs = olds;
    if (changed(olds.description, news.description)) {
      outputs = accessKeyOutputs((await api.ensure(id, news.description)).key, outputs);
      outputs = await waitAvailable(ctx, api, id, outputs, "PUT accesskey");
    }
    // A new rotation, or a key whose secret was never received (an unfinished create): renew.
    if (changed(olds.rotation, news.rotation) || olds.secretKey === "") {
      outputs = accessKeyOutputs(await api.renew(id), outputs);
      outputs = await waitAvailable(ctx, api, id, outputs, "PUT accesskey");
    }
    return { outs: echo(outputs, news) };
  }

  /** 404 means gone: no id back. The secret (which GETs leave empty) is kept from the state. */
  async read(id: string, props?: Partial<AccessKeyOutputs>): Promise<pulumi.dynamic.ReadResult<AccessKeyOutputs>> {
    if (props !== undefined) this.stateHolds(props.identity, tokenOf(id));
    const key = await new AccessKeysApi(this.context().client).get(id);
    return key === undefined ? {} : { id: key.id, props: echo(accessKeyOutputs(key, props), props ?? {}) };
  }

  /** DELETE, then wait until the key answers 404. */
  async delete(id: string, props: Partial<AccessKeyOutputs>): Promise<void> {
    const ctx = this.context();
    await deleteAndWait(ctx, new AccessKeysApi(ctx.client), id);
    this.stateHolds(props.identity, tokenOf(id));
  }

  private context(): Context {
    const config = this.config();
    return {
      client: this.connection.client({ ...config, api: config.objectStorage }, this.log),
      journal: new CreateJournal(config.journalDir, this.log),
      timings: this.connection.timings,
      wait: config.wait,
    };
  }
}

interface Context {
  readonly client: IonosHttpClient;
  readonly journal: CreateJournal;
  readonly timings: RequestTimings;
  readonly wait: WaitOptions;
}

/** The key ended FAILED. */
class KeyFailed extends IonosError {}

/**
 * GETs the key until `metadata.status` is AVAILABLE, on the learned schedule for `kind`. FAILED is an
 * error with IONOS's statusMessage at once (not a wait until the timeout); a key gone is an error.
 */
async function waitAvailable(
  ctx: Context,
  api: AccessKeysApi,
  id: string,
  previous: AccessKeyOutputs,
  kind: string,
): Promise<AccessKeyOutputs> {
  if (previous.status === "AVAILABLE") return previous;
  const started = ctx.client.now();
  const window = ctx.timings.window(kind);
  let lastPending = 0;
  for (;;) {
    const elapsed = ctx.client.now() - started;
    if (elapsed >= ctx.wait.timeoutMs)
      throw new IonosError(
        `Access key ${id} is still not AVAILABLE after ${Math.round(ctx.wait.timeoutMs / 1000)} s. ` +
          "It may still become available: run `pulumi up` later, or raise IONOS_WAIT_TIMEOUT.",
      );
    await ctx.client.sleep(Math.min(nextPollDelay(elapsed, window, ctx.wait), ctx.wait.timeoutMs - elapsed));
    const polledAt = ctx.client.now() - started;
    const key = await api.get(id);
    if (key === undefined || key.metadata.status === "DESTROYING")
      throw new IonosError(`Access key ${id} was deleted while it was being provisioned. Run \`pulumi up\` again.`);
    if (key.metadata.status === "AVAILABLE") {
      ctx.timings.observe(kind, lastPending, polledAt);
      return accessKeyOutputs(key, previous);
    }
    if (key.metadata.status === "FAILED")
      throw new KeyFailed(
        `IONOS could not provision access key ${id}: ${(key.metadata.statusMessage ?? "no reason given").replace(/[.\s]+$/, "")}.`,
      );
    lastPending = polledAt;
  }
}

/** DELETE, then GET until 404 (DESTROYING until then); a key already gone counts as deleted. */
async function deleteAndWait(ctx: Context, api: AccessKeysApi, id: string): Promise<void> {
  if (!(await api.delete(id))) return;
  const started = ctx.client.now();
  const window = ctx.timings.window("DELETE accesskey");
  let lastPresent = 0;
  for (;;) {
    const elapsed = ctx.client.now() - started;
    await ctx.client.sleep(
      Math.min(nextPollDelay(elapsed, window, ctx.wait), Math.max(0, ctx.wait.timeoutMs - elapsed)),
    );
    const polledAt = ctx.client.now() - started;
    if ((await api.get(id)) === undefined) {
      ctx.timings.observe("DELETE accesskey", lastPresent, polledAt);
      return;
    }
    lastPresent = polledAt;
    if (polledAt >= ctx.wait.timeoutMs)
      throw new IonosError(
        `Access key ${id} is still there ${Math.round(ctx.wait.timeoutMs / 1000)} s after its deletion. Run \`pulumi destroy\` again later, or raise IONOS_WAIT_TIMEOUT.`,
      );
  }
}

/** The inputs only diff needs, copied onto outputs. */
function echo(outputs: AccessKeyOutputs, from: { rotation?: unknown; identity?: unknown }): AccessKeyOutputs {
  const { rotation: _r, identity: _i, ...rest } = outputs;
  return {
    ...rest,
    ...(from.rotation !== undefined ? { rotation: from.rotation as Record<string, unknown> } : {}),
    ...(typeof from.identity === "string" ? { identity: from.identity } : {}),
  };
}

/** The journal's 32-hex token for a key id, and back. */
const tokenOf = (id: string) => id.replace(/-/g, "").toLowerCase();
const uuidOf = (token: string) =>
  `${token.slice(0, 8)}-${token.slice(8, 12)}-${token.slice(12, 16)}-${token.slice(16, 20)}-${token.slice(20)}`;

function asError(error: unknown): Error {
  return error instanceof Error ? error : new IonosError(String(error));
}
