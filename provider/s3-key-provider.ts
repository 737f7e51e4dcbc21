import * as pulumi from "@pulumi/pulumi";
import * as http from "node:http";
import * as https from "node:https";
import { DEFAULT_MAX_RESPONSE_BYTES, IonosHttpClient, type ClientOptions } from "./api/client";
import { IonosConfigError } from "./api/errors";
import { RateGate } from "./api/rate-gate";
import { defaultWaitOptions, RequestTimings, type WaitOptions } from "./api/request-waiter";
import type { CreatePolicy } from "./create-reconciler";
import { checkInputs, UNKNOWN } from "./inputs";
import { CreateJournal, journalKey } from "./create-journal";
import { echoInputs, type S3KeyOutputs } from "./outputs";
import { ResourceInitError } from "./resource-init-error";
import { adoptKey, createKey, deleteKey, readKey, setActive, type OperationContext } from "./s3-key-operations";
import { readSettings, type ConfigSource } from "./settings";

const PROVIDER_KEY = "__provider";

/**
 * The dynamic provider behind `S3Key`. It holds no credentials when it is serialized: they are read
 * at run time, from stack config given to `configure` and from the environment.
 */
export class S3KeyProvider implements pulumi.dynamic.ResourceProvider {
  private config?: ConfigSource;
  private readonly gate = new RateGate();
  private readonly timings = new RequestTimings();
  // One keep-alive pool per plugin process: polls and writes reuse connections (and TLS sessions).
  private readonly agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  private readonly log: (message: string) => void;
  private readonly clientOptions: Partial<ClientOptions>;

  /**
   * `log` receives progress and retry messages (default: `pulumi.log.info`); `client` overrides the
   * HTTP client's options, e.g. a shorter time unit for retries in tests.
   */
  constructor(options: { log?: (message: string) => void; client?: Partial<ClientOptions> } = {}) {
    this.log = options.log ?? ((message) => void pulumi.log.info(message));
    this.clientOptions = options.client ?? {};
  }

  async configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
    const config = req.config;
    this.config = {
      get: (key) => {
        const value: unknown = config.get(key);
        return value === undefined || value === null ? undefined : String(value);
      },
    };
  }

  /** Validates inputs and applies defaults; sends no request. */
  async check(_olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.CheckResult> {
    const { [PROVIDER_KEY]: _provider, ...raw } = news;
    const { inputs, failures } = checkInputs(raw);
    return failures.length > 0 ? { inputs: news, failures } : { inputs: { ...inputs } };
  }

  /**
   * `userId`, `keepers` and `adoptKeyId` replace the key (create-before-delete unless the resource
   * says otherwise); `active` updates it in place. Sends no request.
   */
  async diff(_id: string, olds: S3KeyOutputs, news: Record<string, unknown>): Promise<pulumi.dynamic.DiffResult> {
    this.stateHolds(olds);
    const differs = (a: unknown, b: unknown) =>
      JSON.stringify(a ?? null) !== JSON.stringify(b ?? null) || JSON.stringify(b ?? null).includes(UNKNOWN);
    const replaces = [
      ...(differs(olds.userId, news.userId) ? ["userId"] : []),
      ...(differs(olds.keepers, news.keepers) ? ["keepers"] : []),
      ...(differs(olds.adoptKeyId, news.adoptKeyId) ? ["adoptKeyId"] : []),
    ];
    const activeChanged = news.active === UNKNOWN || (news.active ?? true) !== olds.active;
    return { changes: replaces.length > 0 || activeChanged, replaces };
  }

  /** Creates a key, or adopts the existing key named by `adoptKeyId`. */
  async create(inputs: Record<string, unknown>): Promise<pulumi.dynamic.CreateResult<S3KeyOutputs>> {
    const ctx = this.context();
    const userId = String(inputs.userId);
    const active = inputs.active !== false;
    try {
      const outs =
        typeof inputs.adoptKeyId === "string"
          ? await adoptKey(ctx, userId, inputs.adoptKeyId, active)
          : await createKey(ctx, userId, active, identityOf(inputs));
      return { id: outs.keyId, outs: echoInputs(outs, inputs) };
    } catch (error) {
      // The key that stays in the state carries the inputs diff compares, like any created key.
      if (error instanceof ResourceInitError) error.properties = echoInputs(error.properties, inputs);
      throw error;
    }
  }

  /** Accepts the key id (with `userId` in the state) or `userId/keyId`; no id back means the key is gone. */
  async read(id: string, props: Partial<S3KeyOutputs>): Promise<pulumi.dynamic.ReadResult<S3KeyOutputs>> {
    const { userId, keyId } = parseId(id, props.userId);
    this.stateHolds(props);
    const outs = await readKey(this.context(), userId, keyId, props);
    return outs === undefined ? {} : { id: outs.keyId, props: echoInputs(outs, props) };
  }

  async update(
    _id: string,
    olds: S3KeyOutputs,
    news: Record<string, unknown>,
  ): Promise<pulumi.dynamic.UpdateResult<S3KeyOutputs>> {
    return { outs: echoInputs(await setActive(this.context(), olds, news.active !== false), news) };
  }

  async delete(id: string, props: S3KeyOutputs): Promise<void> {
    const { userId, keyId } = parseId(id, props.userId);
    await deleteKey(this.context(), userId, keyId);
    this.stateHolds(props);
  }

  /** A state holds this key: the create that made it is over, and its journal entry goes. */
  private stateHolds(outputs: Partial<S3KeyOutputs>): void {
    const identity = identityOf(outputs);
    if (identity !== undefined && typeof outputs.createToken === "string")
      CreateJournal.fromEnv(process.env, this.log).end(journalKey(identity, process.cwd()), outputs.createToken);
  }

  private context(): OperationContext {
    const settings = readSettings(process.env, this.config);
    const { httpTimeoutMs, maxResponseBytes, ...options } = operationOptionsFromEnv(process.env);
    const client = new IonosHttpClient({
      settings,
      log: this.log,
      timeoutMs: httpTimeoutMs,
      maxResponseBytes,
      gate: this.gate,
      agent: (url: URL) => (url.protocol === "http:" ? this.agents.http : this.agents.https),
      ...this.clientOptions,
    });
    return { client, journal: CreateJournal.fromEnv(process.env, this.log), timings: this.timings, ...options };
  }
}

/** The resource's URN as the S3Key class passes it; undefined when a caller passed none (or it is unknown). */
function identityOf(values: { identity?: unknown }): string | undefined {
  return typeof values.identity === "string" && values.identity !== UNKNOWN && values.identity !== ""
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

/**
 * `IONOS_WAIT_TIMEOUT` (seconds, default 600) bounds every wait for an async request;
 * `IONOS_PRIVILEGE_WAIT` (seconds, default 300) bounds retrying a create while a new
 * ACCESS_S3_OBJECT_STORAGE grant propagates; `IONOS_HTTP_TIMEOUT` (seconds, default 60) bounds one
 * HTTP request; `IONOS_MAX_RESPONSE_BYTES` (default 1 MiB) bounds one answer's body;
 * `IONOS_REQUEST_LOG_SETTLE` (seconds, default 30) is how long IONOS's request log may take to list a POST. (The dynamic provider host does not pass Pulumi's customTimeouts to providers, so
 * these are environment settings.)
 */
export function operationOptionsFromEnv(env: NodeJS.ProcessEnv): {
  wait: WaitOptions;
  create: CreatePolicy;
  httpTimeoutMs: number;
  maxResponseBytes: number;
} {
  const problems: string[] = [];
  const seconds = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return fallback;
    const value = Number(raw);
    if (Number.isFinite(value) && value >= 0) return value;
    problems.push(`${name} "${raw}" is not a number of seconds`);
    return fallback;
  };
  const waitSeconds = seconds("IONOS_WAIT_TIMEOUT", defaultWaitOptions.timeoutMs / 1000);
  const privilegeSeconds = seconds("IONOS_PRIVILEGE_WAIT", 300);
  const httpSeconds = seconds("IONOS_HTTP_TIMEOUT", 60);
  const settleSeconds = seconds("IONOS_REQUEST_LOG_SETTLE", 30);
  const rawMaxBytes = env.IONOS_MAX_RESPONSE_BYTES?.trim();
  let maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  if (rawMaxBytes !== undefined && rawMaxBytes !== "") {
    maxResponseBytes = Number(rawMaxBytes);
    if (!Number.isInteger(maxResponseBytes) || maxResponseBytes < 1024)
      problems.push(`IONOS_MAX_RESPONSE_BYTES "${rawMaxBytes}" is not a whole number of bytes, 1024 or more`);
  }
  if (problems.length > 0) throw new IonosConfigError(problems);
  return {
    httpTimeoutMs: Math.max(1, httpSeconds * 1000),
    maxResponseBytes,
    wait: { ...defaultWaitOptions, timeoutMs: waitSeconds * 1000 },
    create: {
      privilegeWaitMs: privilegeSeconds * 1000,
      maxPosts: 5,
      resendDelayMs: 500,
      requestLogSettleMs: settleSeconds * 1000,
    },
  };
}
