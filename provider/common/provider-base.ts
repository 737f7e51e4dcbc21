import * as pulumi from "@pulumi/pulumi";
import type { ProviderOptions } from "./options";
import { IonosConnection } from "./connection";
import type { IonosHttpClient } from "../api/client";
import { IonosConfigError } from "../api/errors";
import { readConfig, type ProviderConfig } from "./config";
import type { ConfigSource } from "./config-sources";
import { CreateJournal, identityOf, journalKey } from "./create-journal";
import { engineGuard, type EngineGuard } from "./engine-watch";
import { mixedEndpoints } from "./endpoints";

/**
 * What both dynamic providers share: stack config from `configure`, every setting read through one
 * boundary when an operation runs (never captured into the serialized provider), one connection per
 * process (rate gate, keep-alive, learned timings), and the create journal.
 */
export abstract class ProviderBase {
  /** @internal */
  protected readonly connection: IonosConnection;
  protected readonly log: (message: string) => void;
  private readonly logOption?: (message: string) => void;
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

  constructor(options: ProviderOptions = {}) {
    this.logOption = options.log;
    this.log = options.log ?? ((message) => void pulumi.log.info(message));
    this.warn = options.warn ?? ((message) => void pulumi.log.warn(message));
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
    // pulumi.log attaches a message to a resource by the resource's URN output; a provider has only the URN.
    const resource = { urn: { promise: () => Promise.resolve(urn) } } as unknown as pulumi.Resource;
    return (message) => void pulumi.log.info(message, resource);
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
    const config = readConfig({
      env: this.env ?? process.env,
      stackConfig: this.stackConfig,
      pluginConfig: this.pluginConfig,
    });
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
