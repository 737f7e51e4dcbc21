import * as pulumi from "@pulumi/pulumi";
import type { ClientOptions } from "./api/client";
import { IonosConfigError } from "./api/errors";
import { IonosConnection } from "./api/connection";
import { readConfig, type ConfigSource, type ProviderConfig } from "./config";
import { CreateJournal, journalKey } from "./create-journal";
import { checkInputs, isUnknown } from "./inputs";
import { echoInputs } from "./outputs";
import { ResourceInitError } from "./resource-init-error";
import { diffS3Key } from "./s3-key-diff";
import { adoptKey, createKey, deleteKey, readKey, setActive, type OperationContext } from "./s3-key-operations";
import type { S3KeyInputs, S3KeyOutputs } from "./s3-key-outputs";
import { PROVIDER_KEY } from "./wire";

export interface S3KeyProviderOptions {
  /** Progress and retry messages. @default pulumi.log.info */
  readonly log?: (message: string) => void;
  /** The environment settings are read from, when the provider runs. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Overrides of the HTTP client's options, e.g. a shorter time unit for retries in tests. */
  readonly client?: Partial<ClientOptions>;
}

/**
 * The dynamic provider behind `S3Key`. It holds no credentials when it is serialized: every setting
 * is read when it runs, from the stack config given to `configure` and from the environment, through
 * one boundary (`readConfig`).
 */
export class S3KeyProvider implements pulumi.dynamic.ResourceProvider<S3KeyInputs, S3KeyOutputs> {
  private stackConfig?: ConfigSource;
  private readonly connection: IonosConnection;
  private readonly log: (message: string) => void;
  private readonly env?: NodeJS.ProcessEnv;

  constructor(options: S3KeyProviderOptions = {}) {
    this.log = options.log ?? ((message) => void pulumi.log.info(message));
    this.env = options.env;
    this.connection = new IonosConnection(options.client);
  }

  async configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
    const config = req.config;
    this.stackConfig = {
      get: (key) => {
        const value: unknown = config.get(key);
        return value === undefined || value === null ? undefined : String(value);
      },
    };
  }

  /**
   * Validates inputs and applies defaults, and reads the settings, so that `pulumi preview` reports
   * bad inputs and missing or invalid credentials before anything is written. Sends no request.
   */
  async check(
    _olds: Record<string, unknown>,
    news: Record<string, unknown>,
  ): Promise<pulumi.dynamic.CheckResult<S3KeyInputs>> {
    this.config();
    const { [PROVIDER_KEY]: _provider, ...raw } = news;
    const { inputs, failures } = checkInputs(raw);
    // With failures the engine stops here and shows them; the inputs go back as they came.
    return inputs === undefined ? { inputs: news as S3KeyInputs, failures } : { inputs };
  }

  /** See `diffS3Key`. Sends no request. */
  async diff(_id: string, olds: S3KeyOutputs, news: S3KeyInputs): Promise<pulumi.dynamic.DiffResult> {
    this.stateHolds(olds);
    return diffS3Key(olds, news);
  }

  /** Creates a key, or adopts the existing key named by `adoptKeyId`. */
  async create(inputs: S3KeyInputs): Promise<pulumi.dynamic.CreateResult<S3KeyOutputs>> {
    const ctx = this.context();
    const active = inputs.active !== false;
    try {
      const outs =
        inputs.adoptKeyId !== undefined
          ? await adoptKey(ctx, inputs.userId, inputs.adoptKeyId, active)
          : await createKey(ctx, inputs.userId, active, identityOf(inputs));
      return { id: outs.keyId, outs: echoInputs(outs, inputs) };
    } catch (error) {
      // The key that stays in the state carries the inputs diff compares, like any created key.
      if (error instanceof ResourceInitError)
        throw new ResourceInitError(error.id, echoInputs(error.properties, inputs), error.cause);
      throw error;
    }
  }

  /** Accepts the key id (with `userId` in the state) or `userId/keyId`; no id back means the key is gone. */
  async read(id: string, props?: Partial<S3KeyOutputs>): Promise<pulumi.dynamic.ReadResult<S3KeyOutputs>> {
    const { userId, keyId } = parseId(id, props?.userId);
    if (props !== undefined) this.stateHolds(props);
    const outs = await readKey(this.context(), userId, keyId, props);
    return outs === undefined ? {} : { id: outs.keyId, props: echoInputs(outs, props ?? {}) };
  }

  async update(_id: string, olds: S3KeyOutputs, news: S3KeyInputs): Promise<pulumi.dynamic.UpdateResult<S3KeyOutputs>> {
    return { outs: echoInputs(await setActive(this.context(), olds, news.active !== false), news) };
  }

  async delete(id: string, props: Partial<S3KeyOutputs>): Promise<void> {
    const { userId, keyId } = parseId(id, props.userId);
    await deleteKey(this.context(), userId, keyId);
    this.stateHolds(props);
  }

  /** Every setting, read now; an `IonosConfigError` lists every problem. */
  private config(): ProviderConfig {
    return readConfig({ env: this.env ?? process.env, stackConfig: this.stackConfig });
  }

  /** A state holds this key: the create that made it is over, and its journal entry goes. */
  private stateHolds(outputs: Partial<S3KeyOutputs>): void {
    const identity = identityOf(outputs);
    if (identity === undefined || typeof outputs.createToken !== "string") return;
    let journalDir: string | undefined;
    try {
      journalDir = this.config().journalDir;
    } catch (error) {
      if (error instanceof IonosConfigError) return; // the operation itself reports it
      throw error;
    }
    new CreateJournal(journalDir, this.log).end(journalKey(identity, process.cwd()), outputs.createToken);
  }

  private context(): OperationContext {
    const config = this.config();
    return {
      client: this.connection.client(config, this.log),
      journal: new CreateJournal(config.journalDir, this.log),
      timings: this.connection.timings,
      wait: config.wait,
      create: config.create,
    };
  }
}

/** The resource's URN as the S3Key class passes it; undefined when a caller passed none (or it is unknown). */
function identityOf(values: { identity?: unknown }): string | undefined {
  return typeof values.identity === "string" && !isUnknown(values.identity) && values.identity !== ""
    ? values.identity
    : undefined;
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
