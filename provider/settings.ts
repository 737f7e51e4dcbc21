import { IonosConfigError } from "./api/errors";
import { displayUrl } from "./api/redact";

export const DEFAULT_API_URL = "https://api.ionos.com/cloudapi/v6";

/** How requests authenticate: a Bearer token (preferred) or Basic username and password. */
export type Auth =
  | { readonly kind: "token"; readonly token: string }
  | { readonly kind: "basic"; readonly username: string; readonly password: string };

/** Where and how the provider talks to IONOS Cloud, resolved once per provider process. */
export interface Settings {
  /** The API base, always ending in `/cloudapi/v6`. */
  readonly baseUrl: string;
  readonly auth: Auth;
  /** Sent as `X-Contract-Number` when set. */
  readonly contractNumber?: string;
}

/** Values from Pulumi stack config, keyed as the IONOS Pulumi provider keys them (`ionoscloud:token`, …). */
export interface ConfigSource {
  get(key: string): string | undefined;
}

// Stack config wins over the environment, as with Pulumi's own providers.
const SOURCES = {
  token: { config: "ionoscloud:token", env: "IONOS_TOKEN" },
  username: { config: "ionoscloud:username", env: "IONOS_USERNAME" },
  password: { config: "ionoscloud:password", env: "IONOS_PASSWORD" },
  apiUrl: { config: "ionoscloud:endpoint", env: "IONOS_API_URL" },
  contractNumber: { config: "ionoscloud:contractNumber", env: "IONOS_CONTRACT_NUMBER" },
} as const;

/**
 * Reads credentials and the endpoint from stack config and the environment, and reports every
 * problem together. Called at run time inside the provider, never at program time, so that no
 * credential is captured into the serialized provider.
 */
export function readSettings(
  env: NodeJS.ProcessEnv = process.env,
  config: ConfigSource = { get: () => undefined },
): Settings {
  const value = (name: keyof typeof SOURCES): string | undefined => {
    const raw = config.get(SOURCES[name].config) ?? env[SOURCES[name].env];
    return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
  };
  const problems: string[] = [];

  const token = value("token");
  const username = value("username");
  const password = value("password");
  let auth: Auth | undefined;
  if (token !== undefined) {
    auth = { kind: "token", token };
  } else if (username !== undefined && password !== undefined) {
    auth = { kind: "basic", username, password };
  } else if (username !== undefined || password !== undefined) {
    problems.push(
      `${username === undefined ? "IONOS_USERNAME" : "IONOS_PASSWORD"} is not set: Basic authentication needs both IONOS_USERNAME and IONOS_PASSWORD (or set IONOS_TOKEN instead)`,
    );
  } else {
    problems.push(
      "no IONOS credentials: set IONOS_TOKEN (recommended), or IONOS_USERNAME and IONOS_PASSWORD, or the stack config ionoscloud:token",
    );
  }

  let baseUrl = DEFAULT_API_URL;
  const apiUrl = value("apiUrl");
  if (apiUrl !== undefined) {
    const normalized = normalizeApiUrl(apiUrl);
    const otherVersion = /\/cloudapi\/(v\d+)\/?$/.exec(apiUrl);
    if (otherVersion !== null && otherVersion[1] !== "v6") {
      problems.push(
        `IONOS_API_URL "${displayUrl(apiUrl)}" names the Cloud API ${otherVersion[1]}: this provider speaks /cloudapi/v6, so give the host (https://api.ionos.com) or a base ending in /cloudapi/v6`,
      );
    } else if (normalized === undefined) {
      problems.push(
        `IONOS_API_URL "${displayUrl(apiUrl)}" is not an http(s) URL without credentials: use a host such as https://api.ionos.com or a base ending in /cloudapi/v6`,
      );
    } else if (sendsCredentialsInClear(normalized) && env.IONOS_ALLOW_INSECURE_HTTP !== "true") {
      problems.push(
        `IONOS_API_URL "${normalized}" is plain http to a host that is not this machine, so the token or password would cross the network unencrypted: use https://, or set IONOS_ALLOW_INSECURE_HTTP=true for an emulator you trust on your network (e.g. in a sidecar container)`,
      );
    } else {
      baseUrl = normalized;
    }
  }

  const contractNumber = value("contractNumber");
  if (contractNumber !== undefined && !/^\d{1,10}$/.test(contractNumber)) {
    problems.push(
      `IONOS_CONTRACT_NUMBER "${contractNumber}" is not a number: use the contract number from the IONOS DCD`,
    );
  }

  if (problems.length > 0 || auth === undefined) throw new IonosConfigError(problems);
  return { baseUrl, auth, ...(contractNumber !== undefined ? { contractNumber } : {}) };
}

/** True for an `http:` URL whose host is not a loopback address (127.0.0.0/8, ::1, localhost). */
export function sendsCredentialsInClear(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol !== "http:") return false;
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return !(host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host));
}

/** `https://api.ionos.com` and `https://api.ionos.com/cloudapi/v6/` both become `https://api.ionos.com/cloudapi/v6`. */
export function normalizeApiUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) return undefined;
  const path = url.pathname.replace(/\/+$/, "");
  if (/\/cloudapi\/v\d+$/.test(path) && !path.endsWith("/cloudapi/v6")) return undefined;
  const base = path.endsWith("/cloudapi/v6") ? path : `${path}/cloudapi/v6`;
  return `${url.origin}${base}`;
}
