import * as pulumi from "@pulumi/pulumi";
import type { ProviderOptions } from "./options";
import { IonosConnection } from "./connection";
import type { IonosHttpClient } from "../api/client";
import { IonosConfigError, IonosError } from "../api/errors";
import { readConfig, type ProviderConfig } from "./config";
import type { ConfigSource } from "./config-sources";
import { CreateJournal, identityOf, journalKey } from "./create-journal";
import { engineGuard, tellUser, type EngineGuard } from "./engine-watch";
import { mixedEndpoints } from "./endpoints";
import { accountMismatch, IonosAccountMismatchError, recordedAccount } from "./account";
import { heldByAnother, KeyClaims } from "./key-claims";

/**
 * What both dynamic providers share: stack config from `configure`, every setting read through one
 * boundary when an operation runs (never captured into the serialized provider), one connection per
 * process (rate gate, keep-alive, IONOS's clock), and the create journal.
 */
export abstract class ProviderBase {
  /** @internal */
  protected readonly connection: IonosConnection;
  protected readonly log: (message: string) => void;
  private readonly logOption?: (message: string) => void;
  private readonly warnOption?: (message: string) => void;
  protected readonly warn: (message: string) => void;
  private readonly warnedMixed = new Set<string>();
  /** Counts operations in flight, so the plugin host ends itself only when none is (see `EngineGuard`). */
  protected readonly guard: EngineGuard;
  private stackConfig?: ConfigSource;
  private pluginConfig?: ConfigSource;
  /** The API this provider's resources live in. */
  protected abstract readonly api: "cloud" | "objectStorage";
  private readonly env?: NodeJS.ProcessEnv;
  private readonly projectDirOption?: string;
  private providerLabel?: string;

  constructor(options: ProviderOptions = {}) {
    this.logOption = options.log;
    this.warnOption = options.warn;
    this.log = options.log ?? ((message) => tellUser("info", message));
    this.warn = options.warn ?? ((message) => tellUser("warning", message));
    this.env = options.env;
    this.projectDirOption = options.projectDir;
    this.guard = engineGuard();
    this.connection = new IonosConnection(options.client);
  }

  /** Takes the stack config the engine hands the dynamic provider (every `pulumi-ionos-s3key:*` setting). */
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
   * Served as a resource plugin: its provider's config (`ionos-s3key:token`, …), from the engine's
   * Configure, which replaces the stack config the dynamic provider reads (see `readConfig`).
   * @internal
   */
  configurePlugin(config: ConfigSource): void {
    this.pluginConfig = config;
  }

  /**
   * Served as a resource plugin: the provider resource this process serves (from CheckConfig's URN),
   * so that messages name what the user wrote.
   * @internal
   */
  nameProvider(label: string): void {
    this.providerLabel = label;
  }

  /** What the user wrote for this provider's settings, for messages. */
  protected get providerName(): string {
    if (this.providerLabel !== undefined) return this.providerLabel;
    return this.pluginConfig !== undefined
      ? "the default ionos-s3key provider"
      : "this program's IONOS settings (ionoscloud:* config or IONOS_* environment)";
  }

  /**
   * The account the settings reach now, `contract N at <endpoint>` (one `GET /contracts` per process
   * and credentials).
   */
  protected currentAccount(identity?: unknown): Promise<string> {
    return this.connection.account(this.config(), this.api, this.logFor(identity));
  }

  /** The account the settings reach, if this process has asked already (see `currentAccount`); sends nothing. */
  protected knownAccount(): string | undefined {
    return this.connection.knownAccount(this.config(), this.api);
  }

  /**
   * Throws an `IonosAccountMismatchError` naming both accounts when the state records another account
   * for `what` than the one the settings reach now; sends nothing when the state records none
   * (written by 0.2.0: its next read records it).
   */
  protected async verifyAccount(what: string, state: { account?: unknown } | undefined, identity?: unknown) {
    const recorded = recordedAccount(state);
    if (recorded === undefined) return;
    const mismatch = accountMismatch(what, recorded, await this.currentAccount(identity), this.providerName);
    if (mismatch !== undefined) throw mismatch;
  }

  /** Which resource of the stack holds each key, on this machine (see key-claims.ts). */
  protected claims(): KeyClaims {
    return new KeyClaims(this.config().journalDir, this.projectDir);
  }

  /**
   * Claims the key for `urn`, which would adopt or import it; throws, naming the holder, when another
   * resource of the stack holds it. Nothing is sent.
   */
  protected claimOrRefuse(account: string, keyId: string, urn: string | undefined, how: "adopt" | "import"): void {
    if (urn === undefined) return;
    const holder = this.claims().claim(account, keyId, urn);
    if (holder !== undefined) throw new IonosError(heldByAnother(keyId, holder, how));
  }

  /**
   * Refuses a read without state (`pulumi import`, the `import` option) of a key another resource of
   * the stack holds; the engine writes nothing when the read fails. The dynamic classes' `.get` always
   * carries its serialized provider, so it is never refused; the plugin's lookup functions read a
   * key without owning it.
   */
  protected refuseImportOfHeld(account: string, keyId: string, urn: string | undefined): void {
    if (urn === undefined) return;
    const holder = this.claims().holder(account, keyId, urn);
    if (holder !== undefined) throw new IonosError(heldByAnother(keyId, holder, "import"));
  }

  /**
   * Records which resource holds a key, on a refresh of its own state (its URN and its outputs, the
   * secret among them); a class's `.get`, whose state has no secret, owns nothing and records nothing.
   */
  protected recordHolder(
    account: string,
    keyId: string,
    state: { identity?: unknown; secretKey?: unknown } | undefined,
  ): void {
    const urn = identityOf(state ?? {});
    if (urn !== undefined && state?.secretKey !== undefined) this.claims().record(account, keyId, urn);
  }

  /**
   * Runs a read or delete of a key the state holds. When its answer is "gone", or an error, the
   * settings must still reach the key's recorded account: another account's answer says nothing
   * about the key, so that case fails naming both accounts instead. A found key needs no check.
   */
  protected async inRecordedAccount<T>(
    what: string,
    state: { account?: unknown } | undefined,
    identity: unknown,
    operation: () => Promise<T>,
    isGone: (result: T) => boolean,
  ): Promise<T> {
    let result: T;
    try {
      result = await operation();
    } catch (error) {
      try {
        await this.verifyAccount(what, state, identity);
      } catch (accountError) {
        if (accountError instanceof IonosAccountMismatchError) throw accountError;
      }
      throw error;
    }
    if (isGone(result)) await this.verifyAccount(what, state, identity);
    return result;
  }

  /**
   * A client of one API with this provider's settings, for the plugin's functions (the lookups).
   * @internal
   */
  clientFor(which: "api" | "objectStorage"): IonosHttpClient {
    const config = this.config();
    return this.connection.client({ ...config, api: config[which] }, this.log);
  }

  /**
   * The messages of one resource's operation (progress, retries, recovery): on that resource's row
   * of Pulumi's output, by its URN (`identity`), so they name it; with the `log` option, that one.
   */
  protected logFor(identity: unknown): (message: string) => void {
    const urn = identityOf({ identity });
    if (urn === undefined || this.logOption !== undefined) return this.log;
    return (message) => tellUser("info", message, urn);
  }

  /** A warning on one resource's row (see `logFor`); with the `warn` option, that one. */
  protected warnFor(identity: unknown): (message: string) => void {
    const urn = identityOf({ identity });
    if (urn === undefined || this.warnOption !== undefined) return this.warn;
    return (message) => tellUser("warning", message, urn);
  }

  /** The project directory: the option, else the working directory when an operation runs (the plugin host runs in the project). */
  protected get projectDir(): string {
    return this.projectDirOption ?? process.cwd();
  }

  /**
   * Every setting, read now; an `IonosConfigError` lists every problem.
   * @internal
   */
  protected config(): ProviderConfig {
    let config = readConfig({
      env: this.env ?? process.env,
      stackConfig: this.stackConfig,
      pluginConfig: this.pluginConfig,
    });
    // Messages name the provider resource the user wrote, not only the setting.
    if (this.providerLabel !== undefined) {
      const who = (settings: ProviderConfig["api"]) => ({
        ...settings,
        credentialsSetting: `${settings.credentialsSetting ?? "the token"} of ${this.providerLabel}`,
      });
      config = { ...config, api: who(config.api), objectStorage: who(config.objectStorage) };
    }
    const mixed = mixedEndpoints(config, this.api);
    if (mixed !== undefined && !this.warnedMixed.has(mixed)) {
      this.warnedMixed.add(mixed);
      this.warn(mixed);
    }
    return config;
  }

  /**
   * The settings' problems as check failures, so that `pulumi preview` shows a missing token or a bad
   * endpoint as one clean line per resource, like a bad input (a check that throws is printed by the
   * plugin host with its stack, and again by the engine). Empty when the settings are good.
   */
  protected settingsFailures(): pulumi.dynamic.CheckFailure[] {
    try {
      this.config();
      return [];
    } catch (error) {
      if (!(error instanceof IonosConfigError)) throw error;
      return [{ property: "", reason: error.message }];
    }
  }

  /**
   * A state holds the key a create made: that create is over, and its journal entry (keyed by the
   * resource's URN and the project directory) goes, if it is still the one for `token`.
   */
  protected stateHolds(identity: unknown, token: string | undefined): void {
    const urn = identityOf({ identity });
    if (urn === undefined || token === undefined) return;
    let journalDir: string | undefined;
    try {
      journalDir = this.config().journalDir;
    } catch (error) {
      if (error instanceof IonosConfigError) return; // the operation itself reports it
      throw error;
    }
    new CreateJournal(journalDir, this.log).end(journalKey(urn, this.projectDir), token);
  }
}
