import type { ClientOptions } from "../api/client-options";

// Public option types, free of zod's and of the client's declarations: a program with
// `skipLibCheck: false` (the `pulumi new typescript` tsconfig) must type-check what it imports.

/** Options of the providers (`pulumi-ionos-s3key/provider`), for tests of a program's own. */
export interface ProviderOptions {
  /** Progress and retry messages. @default pulumi.log.info */
  readonly log?: (message: string) => void;
  /** Warnings (settings that mix a local and a remote API). @default pulumi.log.warn */
  readonly warn?: (message: string) => void;
  /** The environment settings are read from, when the provider runs. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Overrides of the HTTP client's options, e.g. a shorter time unit for retries: this package's own
   * tests use it; it is not part of the public types.
   * @internal
   */
  readonly client?: Partial<ClientOptions>;
  /** The Pulumi project's directory, which keys the create journal with each URN. @default process.cwd() */
  readonly projectDir?: string;
}
