import type * as pulumi from "@pulumi/pulumi";
import { AccessKeysApi } from "../api/access-keys-api";
import { CreateJournal, identityOf } from "../common/create-journal";
import { ProviderBase } from "../common/provider-base";
import { IonosError } from "../api/errors";
import { ResourceInitError } from "../common/resource-init-error";
import { PROVIDER_KEY } from "../common/wire";
import { diffAccessKey } from "./access-key-diff";
import { checkAccessKeyInputs } from "./access-key-descriptor";
import {
  createAccessKey,
  deleteAndWait,
  echo,
  nextCreateId,
  tokenOf,
  updateAccessKey,
  type AccessKeyContext,
} from "./access-key-operations";
import { accessKeyOutputs } from "./access-key-outputs";
import type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-types";

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
  protected readonly api = "objectStorage" as const;

  /** Validates inputs and reads the settings, so that preview reports both before any request. */
  async check(
    olds: Record<string, unknown>,
    news: Record<string, unknown>,
  ): Promise<pulumi.dynamic.CheckResult<AccessKeyInputs>> {
    const settings = this.settingsFailures();
    const { [PROVIDER_KEY]: _provider, ...raw } = news;
    const { inputs, failures } = checkAccessKeyInputs(raw);
    if (settings.length > 0) return { inputs: news as never, failures: [...settings, ...failures] };
    if (inputs === undefined) return { inputs: news as AccessKeyInputs, failures };
    // The id the next create will ensure, chosen now so that the engine's pending create holds it;
    // chained from the state's, so that a replacement (`--replace`) never ensures the key it replaces.
    return { inputs: { ...inputs, createId: nextCreateId(olds.createId) } };
  }

  /**
   * See `diffAccessKey`: description and rotation update in place; nothing replaces. A key whose
   * recorded account is not the one the settings reach now fails here, naming both.
   */
  async diff(_id: string, olds: AccessKeyOutputs, news: AccessKeyInputs): Promise<pulumi.dynamic.DiffResult> {
    await this.verifyAccount(`access key ${olds.keyId}`, olds, news.identity ?? olds.identity);
    // A plan never hides a secret's renewal: an imported key's secret is nowhere, so the update renews it.
    if (olds.keyId !== undefined && olds.secretKey === "")
      this.warnFor(news.identity ?? olds.identity)(
        `access key ${olds.keyId}: the state holds no secret for it (it was imported, and IONOS shows a secret only when it makes or renews one), so this update renews its secret: the one in use now stops working.`,
      );
    return diffAccessKey(olds, news);
  }

  async create(inputs: AccessKeyInputs): Promise<pulumi.dynamic.CreateResult<AccessKeyOutputs>> {
    return this.guard.during(async () => {
      // Asked before anything is written: the key's account is part of its identity in the state.
      const account = await this.currentAccount(inputs.identity);
      try {
        const created = await createAccessKey(this.context(inputs.identity), inputs);
        this.claims().record(account, created.id, identityOf(inputs));
        return { id: created.id, outs: { ...created.outs, account } };
      } catch (error) {
        if (error instanceof ResourceInitError)
          throw new ResourceInitError(error.id, { ...error.properties, account }, error.cause);
        throw error;
      }
    });
  }

  /** `rotation` renews the secret in place; `description` is updated in place. */
  async update(
    id: string,
    olds: AccessKeyOutputs,
    news: AccessKeyInputs,
  ): Promise<pulumi.dynamic.UpdateResult<AccessKeyOutputs>> {
    await this.verifyAccount(`access key ${id}`, olds, news.identity ?? olds.identity);
    this.stateHolds(olds.identity, tokenOf(id));
    return { outs: await updateAccessKey(this.context(news.identity ?? olds.identity), id, olds, news) };
  }

  /**
   * 404 means gone: no id back. The secret (which GETs leave empty) is kept from the state. Without a state (`pulumi import`, whose URN is `identity`), a key
   * that does not exist, or that another resource of the stack holds, fails naming it.
   */
  async read(
    id: string,
    props?: Partial<AccessKeyOutputs>,
    identity?: string,
  ): Promise<pulumi.dynamic.ReadResult<AccessKeyOutputs>> {
    const urn = identityOf(props ?? {}) ?? identity;
    if (props !== undefined) this.stateHolds(props.identity, tokenOf(id));
    // Another account's "not found" (or list) says nothing about this key: a moved provider fails instead.
    const key = await this.inRecordedAccount(
      `access key ${id}`,
      props,
      urn,
      () => new AccessKeysApi(this.context(urn).client).get(id),
      (found) => found === undefined,
    );
    const importing = props === undefined || Object.keys(props).length === 0;
    if (key === undefined) {
      if (!importing) return {};
      throw new IonosError(
        `Cannot import access key ${id}: it does not exist in ${await this.currentAccount(urn)}. Check the id (the key's id, a UUID, not its access key) and the provider's account.`,
      );
    }
    const outs = accessKeyOutputs(key, props);
    // A state from 0.2.0 (or an import) gets its record now: the key answered, so it lives in this account.
    const account = outs.account ?? (await this.currentAccount(urn));
    if (importing) this.refuseImportOfHeld(account, key.id, urn);
    else this.recordHolder(account, key.id, props);
    return { id: key.id, props: echo({ ...outs, account }, props ?? {}) };
  }

  /** DELETE, then wait until the key answers 404. */
  async delete(id: string, props: Partial<AccessKeyOutputs>): Promise<void> {
    // Never through another account: nothing is sent to it, and its list would report a live key deleted.
    await this.verifyAccount(`access key ${id}`, props, props.identity);
    const ctx = this.context(props.identity);
    await deleteAndWait(ctx, new AccessKeysApi(ctx.client), id);
    if (typeof props.account === "string") this.claims().release(props.account, id, identityOf(props));
    this.stateHolds(props.identity, tokenOf(id));
  }

  private context(identity?: unknown): AccessKeyContext {
    const config = this.config();
    return {
      client: this.connection.client({ ...config, api: config.objectStorage }, this.logFor(identity)),
      journal: new CreateJournal(config.journalDir, this.log, Date.now, (end) => this.guard.handOver(end)),
      wait: config.wait,
      projectDir: this.projectDir,
    };
  }
}
