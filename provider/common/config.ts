import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { IonosConfigError } from "../api/errors";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../api/client-options";
import { displayUrl, shown } from "../api/redact";
import { defaultWaitOptions, type WaitOptions } from "../api/poll-schedule";
import type { ApiSettings, Auth } from "../api/api-settings";
import { credentialProblem } from "../api/credentials";
import { proxyUrl, type ProxyEnvironment } from "../api/proxy-from-environment";
import { PLUGIN_PACKAGE, SOURCES, type ConfigSource } from "./config-sources";
import { cloudApiEndpoint, objectStorageEndpoint, sendsCredentialsInClear } from "./endpoints";

export const DEFAULT_API_URL = "https://api.ionos.com/cloudapi/v6";
/** The Object Storage Management API (access keys): one global server, paths at its root. */
export const DEFAULT_OBJECT_STORAGE_URL = "https://s3.ionos.com";

/** How create copes with the conditions that are not plain errors. */
export interface CreatePolicy {
  /** How long to keep retrying while the user's ACCESS_S3_OBJECT_STORAGE privilege propagates, in ms. */
  readonly privilegeWaitMs: number;
  /** POSTs sent at most, each after the previous one was proven not applied. */
  readonly maxPosts: number;
  /** The first resend's backoff ceiling; it doubles for each further one (full jitter). */
  readonly resendDelayMs: number;
  /**
   * How long IONOS's request log may take to list a POST, in ms: a POST the log does not show after
   * this long was not applied (`IONOS_REQUEST_LOG_SETTLE`, seconds).
   */
  readonly requestLogSettleMs: number;
}

/** Every setting of the provider and the lookups, from one read of the environment and stack config. */
export interface ProviderConfig {
  /** The IONOS Cloud API v6 (S3Key). */
  readonly api: ApiSettings;
  /** The Object Storage Management API (AccessKey): the same credentials, its own endpoint. */
  readonly objectStorage: ApiSettings;
  /** One HTTP request's limit, headers and body (`IONOS_HTTP_TIMEOUT`, seconds). */
  readonly httpTimeoutMs: number;
  /** How long one request may wait on 429s in all (`IONOS_RATE_LIMIT_WAIT`, seconds). */
  readonly rateLimitWaitMs: number;
  /** One answer's body read at most (`IONOS_MAX_RESPONSE_BYTES`). */
  readonly maxResponseBytes: number;
  readonly wait: WaitOptions;
  readonly create: CreatePolicy;
  /** `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY` and their lower-case forms, as the environment gives them. */
  readonly proxy: ProxyEnvironment;
  /** Where pending creates are journaled; undefined when `IONOS_CREATE_JOURNAL=off`. */
  readonly journalDir: string | undefined;
}

/** The proxy settings, read as Go's `ProxyFromEnvironment` reads them (see proxy-from-environment.ts). */
const PROXY_SETTINGS = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"];

type Name = keyof typeof SOURCES;

/** A setting's value and the name it was given under (`IONOS_API_URL`, `ionoscloud:endpoint`). */
const Sourced = z.object({ value: z.string(), from: z.string() }).optional();
type Sourced = z.infer<typeof Sourced>;

const text = Sourced.transform((s) => s?.value);

/**
 * A credential as it must be to reach IONOS in an Authorization header: a token of visible ASCII
 * (no space, no quotes), a username or password without control characters or surrounding spaces,
 * and no typographic quotes from a pasted document. Checked in `check`, so a bad value fails the
 * preview naming the setting, never a create that sent nothing yet reports that a key may exist.
 * The message never shows the value.
 */
function headerSafe(what: "token" | "username" | "password") {
  return Sourced.transform((s, ctx) => {
    if (s === undefined) return undefined;
    const problem = credentialProblem(what, s.value);
    if (problem !== undefined) {
      ctx.addIssue({ code: "custom", message: `${s.from} ${problem}: set it again, copied as plain text` });
      return z.NEVER;
    }
    return s.value;
  });
}

/** The longest a Node.js timer can wait (2³¹−1 ms): a longer one fires after 1 ms instead. */
export const MAX_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** Seconds, in milliseconds: `positive` durations must be more than 0; none may exceed a timer's range. */
function seconds(fallbackSeconds: number, { positive }: { positive: boolean } = { positive: false }) {
  return Sourced.transform((s, ctx) => {
    if (s === undefined) return fallbackSeconds * 1000;
    const value = Number(s.value);
    if (!Number.isFinite(value) || value < 0) {
      ctx.addIssue({ code: "custom", message: `${s.from} "${shown(s.value)}" is not a number of seconds, e.g. 600` });
      return z.NEVER;
    }
    if ((positive && value * 1000 < 1) || value > MAX_TIMER_SECONDS) {
      ctx.addIssue({
        code: "custom",
        message: `${s.from} "${shown(s.value)}" is out of range: give ${positive ? "more than 0" : "0 or more"} and at most ${MAX_TIMER_SECONDS} seconds (about 24 days)`,
      });
      return z.NEVER;
    }
    return Math.round(value * 1000);
  });
}

/** The largest answer body that may be read (`IONOS_MAX_RESPONSE_BYTES`): 256 MiB. */
export const MAX_RESPONSE_BYTES_LIMIT = 256 * 1024 * 1024;

/** An endpoint setting, checked and in its normal form by `endpoint` (endpoints.ts). */
function endpointSetting(endpoint: (from: string, value: string) => { url: string } | { problem: string }) {
  return Sourced.transform((s, ctx) => {
    if (s === undefined) return undefined;
    const checked = endpoint(s.from, s.value);
    if ("url" in checked) return { url: checked.url, from: s.from };
    ctx.addIssue({ code: "custom", message: checked.problem });
    return z.NEVER;
  });
}

const apiUrl = endpointSetting(cloudApiEndpoint);
const objectStorageUrl = endpointSetting(objectStorageEndpoint);

/** Each setting, checked on its own. */
const Settings = z.object({
  token: headerSafe("token"),
  username: headerSafe("username"),
  password: headerSafe("password"),
  apiUrl,
  objectStorageUrl,
  contractNumber: Sourced.refine((s) => s === undefined || /^\d{1,10}$/.test(s.value), {
    error: (issue) => {
      const s = issue.input as NonNullable<Sourced>;
      return `${s.from} "${shown(s.value)}" is not a number: use the contract number from the IONOS DCD`;
    },
  }).transform((s) => s?.value),
  allowInsecureHttp: Sourced.transform((s) => s?.value === "true"),
  waitTimeout: seconds(defaultWaitOptions.timeoutMs / 1000, { positive: true }),
  privilegeWait: seconds(300),
  httpTimeout: seconds(60, { positive: true }),
  requestLogSettle: seconds(30),
  rateLimitWait: seconds(300),
  maxResponseBytes: Sourced.transform((s, ctx) => {
    if (s === undefined) return DEFAULT_MAX_RESPONSE_BYTES;
    const value = Number(s.value);
    if (Number.isInteger(value) && value >= 1024 && value <= MAX_RESPONSE_BYTES_LIMIT) return value;
    ctx.addIssue({
      code: "custom",
      message:
        Number.isInteger(value) && value > MAX_RESPONSE_BYTES_LIMIT
          ? `${s.from} "${shown(s.value)}" is out of range: give at most ${MAX_RESPONSE_BYTES_LIMIT} bytes (256 MiB)`
          : `${s.from} "${shown(s.value)}" is not a whole number of bytes, 1024 or more`,
    });
    return z.NEVER;
  }),
  createJournal: text,
  stateHome: text,
});
type RawSettings = z.output<typeof Settings>;

/**
 * Checks that span settings; they run even when a single setting was invalid, so that every problem
 * is reported at once. `tokenConfig` names where a token is configured, for the message that none is.
 */
const crossChecks = (tokenConfig: string) => (raw: RawSettings, ctx: z.RefinementCtx<RawSettings>) => {
  if (raw.token === undefined && (raw.username === undefined) !== (raw.password === undefined))
    ctx.addIssue({
      code: "custom",
      message: `${raw.username === undefined ? "IONOS_USERNAME" : "IONOS_PASSWORD"} is not set: Basic authentication needs both IONOS_USERNAME and IONOS_PASSWORD (or set IONOS_TOKEN instead)`,
    });
  if (raw.token === undefined && raw.username === undefined && raw.password === undefined)
    ctx.addIssue({
      code: "custom",
      message: `no IONOS credentials: set IONOS_TOKEN (recommended), or IONOS_USERNAME and IONOS_PASSWORD, or ${tokenConfig}`,
    });
  for (const endpoint of [raw.apiUrl, raw.objectStorageUrl]) {
    const url = endpoint?.url;
    if (typeof url === "string" && sendsCredentialsInClear(url) && !raw.allowInsecureHttp)
      ctx.addIssue({
        code: "custom",
        message: `${endpoint!.from} "${url}" is plain http to a host that is not this machine, so the token or password would cross the network unencrypted: use https://, or set IONOS_ALLOW_INSECURE_HTTP=true for an emulator you trust on your network (e.g. in a sidecar container)`,
      });
  }
};

/** The checked settings as the provider uses them. */
function toProviderConfig(raw: RawSettings): Omit<ProviderConfig, "proxy"> {
  const auth: Auth =
    raw.token !== undefined
      ? { kind: "token", token: raw.token }
      : { kind: "basic", username: raw.username!, password: raw.password! };
  const contract = raw.contractNumber !== undefined ? { contractNumber: raw.contractNumber } : {};
  return {
    api: { baseUrl: raw.apiUrl?.url ?? DEFAULT_API_URL, endpointSetting: "IONOS_API_URL", auth, ...contract },
    objectStorage: {
      baseUrl: raw.objectStorageUrl?.url ?? DEFAULT_OBJECT_STORAGE_URL,
      endpointSetting: "IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT",
      auth,
      ...contract,
    },
    httpTimeoutMs: raw.httpTimeout,
    rateLimitWaitMs: raw.rateLimitWait,
    maxResponseBytes: raw.maxResponseBytes,
    wait: { ...defaultWaitOptions, timeoutMs: raw.waitTimeout },
    create: {
      privilegeWaitMs: raw.privilegeWait,
      maxPosts: 5,
      resendDelayMs: 500,
      requestLogSettleMs: raw.requestLogSettle,
    },
    journalDir:
      raw.createJournal === "off"
        ? undefined
        : (raw.createJournal ??
          join(raw.stateHome ?? join(homedir(), ".local", "state"), "pulumi-ionos-s3key", "pending-creates")),
  };
}

/** Every setting's check. */
const configSchema = (tokenConfig: string) =>
  Settings.superRefine(crossChecks(tokenConfig), { when: () => true }).transform(toProviderConfig);

/**
 * Reads every setting from stack config and the environment, and reports every problem at once in
 * one `IonosConfigError`. Sends no request. Called when the provider or a lookup runs, never at
 * program time, so that no credential is captured into the serialized provider.
 *
 * | setting | stack config | environment | default |
 * | --- | --- | --- | --- |
 * | credentials | `ionoscloud:token` (or `:username` and `:password`) | `IONOS_TOKEN` (or `IONOS_USERNAME` and `IONOS_PASSWORD`) | none |
 * | endpoint | `ionoscloud:endpoint` | `IONOS_API_URL` | `https://api.ionos.com/cloudapi/v6` |
 * | access-key endpoint | `pulumi-ionos-s3key:objectStorageEndpoint` | `IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT` | `https://s3.ionos.com` |
 * | contract | `ionoscloud:contractNumber` | `IONOS_CONTRACT_NUMBER` | none |
 * | waits, timeouts, journal | | `IONOS_WAIT_TIMEOUT`, `IONOS_PRIVILEGE_WAIT`, `IONOS_HTTP_TIMEOUT`, `IONOS_REQUEST_LOG_SETTLE`, `IONOS_RATE_LIMIT_WAIT` (seconds), `IONOS_MAX_RESPONSE_BYTES`, `IONOS_CREATE_JOURNAL` | 600, 300, 60, 30, 300, 1 MiB, `$XDG_STATE_HOME/pulumi-ionos-s3key/pending-creates` |
 *
 * (The dynamic provider host does not pass Pulumi's customTimeouts to providers, so the waits are
 * environment settings.)
 */
export function readConfig(
  sources: { env?: NodeJS.ProcessEnv; stackConfig?: ConfigSource; pluginConfig?: ConfigSource } = {},
): ProviderConfig {
  const env = sources.env ?? process.env;
  const raw: Partial<Record<Name, NonNullable<Sourced>>> = {};
  const plugin = sources.pluginConfig;
  for (const [name, source] of Object.entries(SOURCES) as Array<
    [Name, { config?: string; plugin?: string; env: string }]
  >) {
    // The plugin's settings are its provider config; the dynamic provider's, the stack config.
    const key = plugin !== undefined ? source.plugin && `${PLUGIN_PACKAGE}:${source.plugin}` : source.config;
    const fromConfig = key !== undefined ? (plugin ?? sources.stackConfig)?.get(key)?.trim() : undefined;
    const fromEnv = env[source.env]?.trim();
    if (fromConfig) raw[name] = { value: fromConfig, from: key! };
    else if (fromEnv) raw[name] = { value: fromEnv, from: source.env };
  }
  const proxy = Object.fromEntries(PROXY_SETTINGS.map((name) => [name, env[name]]));
  const proxyProblems = PROXY_SETTINGS.filter((name) => !name.toLowerCase().startsWith("no_"))
    .filter((name) => env[name]?.trim() && proxyUrl(env[name]!.trim()) === undefined)
    .map(
      (name) =>
        `${name} "${shown(displayUrl(env[name]!.trim()))}" is not a proxy URL: give e.g. http://proxy.example.com:3128`,
    );
  const parsed = configSchema(
    plugin !== undefined ? `the provider config ${PLUGIN_PACKAGE}:token` : "the stack config ionoscloud:token",
  ).safeParse(raw);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)), ...proxyProblems];
  if (!parsed.success || problems.length > 0) throw new IonosConfigError(problems);
  const credentialsSetting =
    raw.token?.from ??
    (raw.username !== undefined ? `${raw.username.from} and ${raw.password?.from ?? ""}` : undefined);
  const named = credentialsSetting !== undefined ? { credentialsSetting } : {};
  return {
    ...parsed.data,
    api: { ...parsed.data.api, ...named },
    objectStorage: { ...parsed.data.objectStorage, ...named },
    proxy,
  };
}
