import type * as pulumi from "@pulumi/pulumi";
import { IonosConfigError, IonosError } from "../api/errors";
import { CreateJournal, identityOf, nextCreateToken } from "../common/create-journal";
import { checkInputs, S3KeyInputsSchema } from "./s3-key-descriptor";
import { differingHeld, heldInputs } from "../common/descriptor";
import { echoInputs, refreshedInputs } from "./s3-key-outputs";
import { ResourceInitError } from "../common/resource-init-error";
import { diffS3Key } from "./s3-key-diff";
import {
  adoptKey,
  createKey,
  deleteKey,
  readKey,
  setProperties,
  type KeyProperties,
  type OperationContext,
} from "./s3-key-operations";
import type { S3KeyInputs, S3KeyOutputs } from "./s3-key-types";
import { ProviderBase } from "../common/provider-base";
import { PROVIDER_KEY } from "../common/wire";
import { Adoptions, alreadyOwned } from "./adoptions";
import { ResourceLines } from "./resource-lines";
import { refuseImportOfAnothersKey } from "./key-creator";
import { heldByAnother } from "../common/key-claims";
import { isUnknown } from "../common/unknowns";

/**
 * The dynamic provider behind `S3Key`. It holds no credentials when it is serialized: every setting
 * is read when it runs, from the stack config given to `configure` and from the environment, through
 * one boundary (`readConfig`).
 */
export class S3KeyProvider extends ProviderBase implements pulumi.dynamic.ResourceProvider<S3KeyInputs, S3KeyOutputs> {
  protected readonly api = "cloud" as const;
  /** Which resource of this program first declared adopting each key (one plugin host serves a program). */
  private readonly adoptions = new Adoptions();
  /** The resources of the state this run saw, so that a replacement's create knows what it replaces. */
  private readonly lines = new ResourceLines();

  /**
   * Validates inputs and applies defaults, and reads the settings, so that `pulumi preview` reports
   * bad inputs and missing or invalid credentials before anything is written. Sends no request and
   * writes nothing: the engine checks a resource any number of times.
   */
  async check(
    olds: Record<string, unknown>,
    news: Record<string, unknown>,
  ): Promise<pulumi.dynamic.CheckResult<S3KeyInputs>> {
    const settings = this.settingsFailures();
    const { [PROVIDER_KEY]: _provider, ...raw } = news;
    const { inputs, failures } = checkInputs(raw);
    if (settings.length > 0) return { inputs: news as never, failures: [...settings, ...failures] };
    // With failures the engine stops here and shows them; the inputs go back as they came.
    if (inputs === undefined) return { inputs: news as S3KeyInputs, failures };
    const conflict = this.adoptionConflict(inputs);
    if (conflict !== undefined)
      return { inputs: news as S3KeyInputs, failures: [{ property: "adoptKeyId", reason: conflict }] };
    const { adoptedBefore: _asGiven, ...checked } = inputs;
    // The engine checks a replacement a second time without its old inputs: this run's first check saw them.
    const previous = this.lines.previous(identityOf(inputs), olds);
    // The state's inputs adopted this key already: it is this resource's own, never adopted twice.
    const adoptedBefore = inputs.adoptKeyId !== undefined && previous.adoptKeyId === inputs.adoptKeyId;
    return {
      inputs: {
        ...checked,
        createToken: nextCreateToken(previous.createToken),
        ...(adoptedBefore ? { adoptedBefore } : {}),
      },
    };
  }

  /**
   * Why this resource may not adopt its `adoptKeyId`, from what is known without a request: another
   * resource of the program declared it first, or (once this process knows the account) another
   * resource of the stack holds it. Create asks again, with the account, before it adopts.
   */
  private adoptionConflict(inputs: S3KeyInputs): string | undefined {
    if (inputs.adoptKeyId === undefined || isUnknown(inputs.adoptKeyId)) return undefined;
    const first = this.adoptions.declare(inputs);
    if (first !== undefined) return alreadyOwned(inputs.adoptKeyId, first);
    const account = this.knownAccount();
    const urn = identityOf(inputs);
    const holder =
      account === undefined || urn === undefined ? undefined : this.claims().holder(account, inputs.adoptKeyId, urn);
    return holder === undefined ? undefined : heldByAnother(inputs.adoptKeyId, holder, "adopt");
  }

  /**
   * See `diffS3Key`. A key whose recorded account is not the one the settings reach now fails here,
   * at preview, naming both (one `GET /contracts` per process); nothing else is sent, nothing written.
   */
  async diff(_id: string, olds: S3KeyOutputs, news: S3KeyInputs): Promise<pulumi.dynamic.DiffResult> {
    await this.verifyAccount(`key ${olds.keyId}`, olds, news.identity ?? olds.identity);
    this.lines.holds(olds);
    return diffS3Key(olds, news);
  }

  /** Creates a key, or adopts the existing key named by `adoptKeyId`. */
  async create(inputs: S3KeyInputs): Promise<pulumi.dynamic.CreateResult<S3KeyOutputs>> {
    return this.guard.during(() => this.createOrAdopt(inputs));
  }

  private async createOrAdopt(inputs: S3KeyInputs): Promise<pulumi.dynamic.CreateResult<S3KeyOutputs>> {
    const ctx = this.context(inputs.identity);
    const properties = heldInputs(S3KeyInputsSchema, inputs);
    // Asked before anything is written: the key's account is part of its identity in the state.
    const account = await this.currentAccount(inputs.identity);
    try {
      const adopting = inputs.adoptKeyId !== undefined && inputs.adoptedBefore !== true;
      const owner = adopting ? this.adoptions.declare(inputs) : undefined;
      if (owner !== undefined) throw new IonosError(alreadyOwned(inputs.adoptKeyId!, owner));
      if (adopting) this.claimOrRefuse(account, inputs.adoptKeyId!, identityOf(inputs), "adopt");
      const made = adopting
        ? await this.adoptClaimed(ctx, inputs, account, properties)
        : await createKey(
            ctx,
            inputs.userId,
            properties,
            identityOf(inputs),
            inputs.createToken,
            this.lines.replaced(identityOf(inputs))?.keyId,
          );
      const outs = { ...made, account };
      this.claims().record(account, outs.keyId, identityOf(inputs));
      return { id: outs.keyId, outs: echoInputs(outs, inputs) };
    } catch (error) {
      // The key that stays in the state carries the inputs diff compares, like any created key.
      if (error instanceof ResourceInitError)
        throw new ResourceInitError(error.id, echoInputs({ ...error.properties, account }, inputs), error.cause);
      throw error;
    }
  }

  /** Adopts the key this resource just claimed; a failed adoption gives the claim back. */
  private async adoptClaimed(ctx: OperationContext, inputs: S3KeyInputs, account: string, properties: KeyProperties) {
    try {
      return await adoptKey(ctx, inputs.userId, inputs.adoptKeyId!, properties);
    } catch (error) {
      if (!(error instanceof ResourceInitError)) this.claims().release(account, inputs.adoptKeyId!, identityOf(inputs));
      throw error;
    }
  }

  /**
   * Accepts the key id (with `userId` in the state) or `userId/keyId`; no id back means the key is
   * gone. Without a state (`pulumi import`, whose URN is `identity`), a key that does not exist, or
   * that another resource of the stack holds, fails naming it.
   */
  // `inputs` is typed here: @pulumi/pulumi 3.142 (the peer floor) lacks the field, and its host ignores it.
  async read(
    id: string,
    props?: Partial<S3KeyOutputs>,
    identity?: string,
  ): Promise<
    pulumi.dynamic.ReadResult & {
      /** The inputs the refresh leaves in the state: the key as IONOS has it. */
      readonly inputs?: Record<string, unknown>;
    }
  > {
    const { userId, keyId } = parseId(id, props?.userId);
    const urn = identityOf(props ?? {}) ?? identity;
    if (props !== undefined) this.stateHolds(props.identity, props.createToken);
    // Another account's "not found" says nothing about this key: a moved provider fails instead.
    const found = await this.inRecordedAccount(
      `key ${keyId}`,
      props,
      urn,
      () => readKey(this.context(urn), userId, keyId, props),
      (key) => key === undefined,
    );
    const importing = props === undefined || Object.keys(props).length === 0;
    if (found === undefined) {
      if (!importing) return {};
      throw new IonosError(
        `Cannot import key ${keyId}: user ${userId} has no such key in ${await this.currentAccount(urn)}. Check the id (\`<userId>/<keyId>\`, the key id being the access key id) and the provider's account.`,
      );
    }
    // A state from 0.2.0 (or an import) gets its record now: the key answered, so it lives in this account.
    const account = found.account ?? (await this.currentAccount(urn));
    if (importing) {
      this.refuseImportOfHeld(account, keyId, urn);
      if (urn !== undefined) await refuseImportOfAnothersKey(this.context(urn).client, userId, keyId, urn);
    } else this.recordHolder(account, keyId, props);
    const refreshed = echoInputs({ ...found, account }, props ?? {});
    return { id: found.keyId, props: refreshed, inputs: refreshedInputs(refreshed, props) };
  }

  /** PUTs the key's properties (`active`) when they changed; a key whose secret the state does not hold is read first. */
  async update(_id: string, olds: S3KeyOutputs, news: S3KeyInputs): Promise<pulumi.dynamic.UpdateResult<S3KeyOutputs>> {
    const ctx = this.context(news.identity ?? olds.identity);
    await this.verifyAccount(`key ${olds.keyId}`, olds, news.identity ?? olds.identity);
    this.stateHolds(olds.identity, olds.createToken);
    const properties = heldInputs(S3KeyInputsSchema, news);
    let current = olds;
    if (olds.secretKey === "") {
      const read = await readKey(ctx, olds.userId, olds.keyId, olds);
      if (read === undefined)
        throw new IonosError(
          `Key ${olds.keyId} of user ${olds.userId} is gone: run \`pulumi refresh\` to drop it from the state.`,
        );
      current = read;
    }
    // Nothing to PUT when the properties are as wanted: only a secret read again, or keepers recorded (the first ones of an imported key).
    if (differingHeld(properties, { ...current }).length === 0) return { outs: echoInputs(current, news) };
    return { outs: echoInputs(await setProperties(ctx, current, properties), news) };
  }

  async delete(id: string, props: Partial<S3KeyOutputs>): Promise<void> {
    const { userId, keyId } = parseId(id, props.userId);
    // Never through another account: nothing is sent to it, and its "not found" would report a live key deleted.
    await this.verifyAccount(`key ${keyId}`, props, props.identity);
    await deleteKey(this.context(props.identity), userId, keyId);
    if (typeof props.account === "string") this.claims().release(props.account, keyId, identityOf(props));
    this.stateHolds(props.identity, props.createToken);
  }

  private context(identity?: unknown): OperationContext {
    const config = this.config();
    return {
      client: this.connection.client(config, this.logFor(identity)),
      journal: new CreateJournal(config.journalDir, this.log, Date.now, (end) => this.guard.handOver(end)),
      wait: config.wait,
      create: config.create,
      projectDir: this.projectDir,
    };
  }
}

/** `userId/keyId`, or a bare key id with the user id from the state. */
export function parseId(id: string, userIdFromState: string | undefined): { userId: string; keyId: string } {
  const slash = id.indexOf("/");
  if (slash >= 0) return { userId: id.slice(0, slash), keyId: id.slice(slash + 1) };
  if (!userIdFromState) {
    throw new IonosConfigError([
      `key "${id}" has no user id: look it up with S3Key.get(name, "<userId>/${id}") or pass { userId } as its state`,
    ]);
  }
  return { userId: userIdFromState, keyId: id };
}
