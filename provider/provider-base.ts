import * as pulumi from "@pulumi/pulumi";
import type { ClientOptions } from "./api/client";
import { IonosConnection } from "./api/connection";
import { IonosConfigError } from "./api/errors";
import { readConfig, type ConfigSource, type ProviderConfig } from "./config";
import { CreateJournal, journalKey } from "./create-journal";
import { isUnknown } from "./inputs";

export interface ProviderOptions {
  /** Progress and retry messages. @default pulumi.log.info */
  readonly log?: (message: string) => void;
  /** The environment settings are read from, when the provider runs. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Overrides of the HTTP client's options, e.g. a shorter time unit for retries in tests. */
  readonly client?: Partial<ClientOptions>;
}

/**
 * What both dynamic providers share: stack config from `configure`, every setting read through one
 * boundary when an operation runs (never captured into the serialized provider), one connection per
 * process (rate gate, keep-alive, learned timings), and the create journal.
 */
export abstract class ProviderBase {
  protected readonly connection: IonosConnection;
  protected readonly log: (message: string) => void;
  private stackConfig?: ConfigSource;
  private readonly env?: NodeJS.ProcessEnv;

  constructor(options: ProviderOptions = {}) {
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

  /** Every setting, read now; an `IonosConfigError` lists every problem. */
  protected config(): ProviderConfig {
    return readConfig({ env: this.env ?? process.env, stackConfig: this.stackConfig });
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
    new CreateJournal(journalDir, this.log).end(journalKey(urn, process.cwd()), token);
  }
}

/** The resource's URN as the resource class passes it; undefined when none was passed (or it is unknown). */
export function identityOf(values: { identity?: unknown }): string | undefined {
  return typeof values.identity === "string" && !isUnknown(values.identity) && values.identity !== ""
    ? values.identity
    : undefined;
}
