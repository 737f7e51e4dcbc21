// Where each setting is read from, named once: the dynamic provider's stack config keys, the
// resource plugin's provider config keys (with their descriptions, which the schema and docs read),
// and the environment variables both fall back to.

/** The resource plugin's package name: its provider config keys are `ionos-s3key:<key>`. */
export const PLUGIN_PACKAGE = "ionos-s3key";

/** Values from Pulumi stack config, keyed as the IONOS Pulumi provider keys them (`ionoscloud:token`, …). */
export interface ConfigSource {
  get(key: string): string | undefined;
}

/**
 * Where each setting comes from: the dynamic provider's stack config (`config`, when it has a key) or
 * the resource plugin's provider config (`ionos-s3key:<plugin>`), which win over the environment.
 */
export const SOURCES = {
  token: {
    config: "ionoscloud:token",
    plugin: "token",
    env: "IONOS_TOKEN",
    secret: true,
    doc: "An IONOS API token (recommended over a username and password).",
  },
  username: {
    config: "ionoscloud:username",
    plugin: "username",
    env: "IONOS_USERNAME",
    doc: "The IONOS username, for Basic authentication together with the password, when no token is set.",
  },
  password: {
    config: "ionoscloud:password",
    plugin: "password",
    env: "IONOS_PASSWORD",
    secret: true,
    doc: "The IONOS password, for Basic authentication together with the username.",
  },
  apiUrl: {
    config: "ionoscloud:endpoint",
    plugin: "endpoint",
    env: "IONOS_API_URL",
    doc: "The IONOS Cloud API (S3Key), e.g. https://api.ionos.com/cloudapi/v6 (the default) or an emulator's URL.",
  },
  objectStorageUrl: {
    config: "pulumi-ionos-s3key:objectStorageEndpoint",
    plugin: "objectStorageEndpoint",
    env: "IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT",
    doc: "The Object Storage Management API (AccessKey). Default: https://s3.ionos.com.",
  },
  contractNumber: {
    config: "ionoscloud:contractNumber",
    plugin: "contractNumber",
    env: "IONOS_CONTRACT_NUMBER",
    doc: "The IONOS contract number, for users with access to several contracts.",
  },
  allowInsecureHttp: {
    plugin: "allowInsecureHttp",
    env: "IONOS_ALLOW_INSECURE_HTTP",
    doc: "Set to true to allow a plain-http endpoint on another machine (an emulator you trust).",
  },
  waitTimeout: {
    plugin: "waitTimeout",
    env: "IONOS_WAIT_TIMEOUT",
    doc: "How long to wait for IONOS to finish a request, in seconds. Default: 600.",
  },
  privilegeWait: {
    plugin: "privilegeWait",
    env: "IONOS_PRIVILEGE_WAIT",
    doc: "How long a create keeps retrying while a user's object storage privilege propagates, in seconds. Default: 300.",
  },
  httpTimeout: {
    plugin: "httpTimeout",
    env: "IONOS_HTTP_TIMEOUT",
    doc: "One HTTP request's limit, in seconds. Default: 60.",
  },
  requestLogSettle: {
    plugin: "requestLogSettle",
    env: "IONOS_REQUEST_LOG_SETTLE",
    doc: "How long IONOS's request log may take to list a request, in seconds. Default: 30.",
  },
  rateLimitWait: {
    plugin: "rateLimitWait",
    env: "IONOS_RATE_LIMIT_WAIT",
    doc: "How long one request may wait on rate limits in all, in seconds. Default: 300.",
  },
  maxResponseBytes: {
    plugin: "maxResponseBytes",
    env: "IONOS_MAX_RESPONSE_BYTES",
    doc: "The largest answer body read, in bytes. Default: 1048576.",
  },
  createJournal: {
    plugin: "createJournal",
    env: "IONOS_CREATE_JOURNAL",
    doc: "The create journal's directory, or off. Default: $XDG_STATE_HOME/pulumi-ionos-s3key/pending-creates.",
  },
  stateHome: { env: "XDG_STATE_HOME" },
} as const satisfies Record<string, { config?: string; plugin?: string; env: string; secret?: boolean; doc?: string }>;

/** One key of the resource plugin's provider config, described once (the schema and the docs read it). */
export interface PluginConfigKey {
  /** The key, without the package: `token` is set as `ionos-s3key:token`. */
  readonly key: string;
  /** The environment variable used when the key is not set. */
  readonly env: string;
  readonly secret: boolean;
  readonly description: string;
}

/** The resource plugin's provider config keys, each falling back to its environment variable. */
export const PLUGIN_CONFIG_KEYS: readonly PluginConfigKey[] = Object.values(SOURCES).flatMap(
  (s: { plugin?: string; env: string; secret?: boolean; doc?: string }) =>
    s.plugin === undefined ? [] : [{ key: s.plugin, env: s.env, secret: s.secret === true, description: s.doc! }],
);

/** Config keyed as the settings read it (`ionos-s3key:token`), from values keyed by their bare names. */
export function pluginConfigSource(values: Readonly<Record<string, string | undefined>>): ConfigSource {
  const prefix = `${PLUGIN_PACKAGE}:`;
  return { get: (key) => (key.startsWith(prefix) ? values[key.slice(prefix.length)] : undefined) };
}
