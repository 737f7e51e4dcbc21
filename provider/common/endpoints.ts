// The endpoints the settings name: their normal form, and whether one would carry credentials in clear.
import { isLoopback } from "../api/proxy-from-environment";

/**
 * True for an `http:` URL whose host is not a loopback address: only the literals 127.0.0.0/8 and
 * ::1, and `localhost` itself. `*.localhost` is not: glibc resolves it through DNS, so the token
 * could travel in clear to whatever DNS answers.
 */
export function sendsCredentialsInClear(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol !== "http:") return false;
  return !isLoopback(hostname);
}

/** The Cloud API's base path: an endpoint names the host alone, or the host and this path. */
export const CLOUD_API_BASE_PATH = "/cloudapi/v6";

/**
 * `https://api.ionos.com` and `https://api.ionos.com/cloudapi/v6/` both become
 * `https://api.ionos.com/cloudapi/v6`; any other path (a typo such as `/cloudapi`, a doubled base,
 * another version) is undefined: every request would go to a path IONOS does not serve, and its
 * 404s could look like keys that are gone. Pure.
 */
export function normalizeApiUrl(raw: string): string | undefined {
  const url = httpUrl(raw);
  if (url === undefined) return undefined;
  const path = url.pathname.replace(/\/+$/, "");
  return path === "" || path === CLOUD_API_BASE_PATH ? `${url.origin}${CLOUD_API_BASE_PATH}` : undefined;
}

/**
 * The Object Storage Management API's server, `https://s3.ionos.com` with or without a trailing
 * slash; undefined for any path (its paths start at the server's root). Pure.
 */
export function normalizeObjectStorageUrl(raw: string): string | undefined {
  const url = httpUrl(raw);
  return url === undefined || url.pathname.replace(/\/+$/, "") !== "" ? undefined : url.origin;
}

/** The path of an http(s) URL without credentials, or undefined when `raw` is none. */
export function endpointPath(raw: string): string | undefined {
  return httpUrl(raw)?.pathname;
}

function httpUrl(raw: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) return undefined;
  return url;
}

/**
 * The warning for settings that send this resource's API (`mine`) to a remote service, such as
 * IONOS's public one, while the other API is on this machine (an emulator): a program "tested
 * locally" would make real keys of this kind. Undefined otherwise. Pure.
 */
export function mixedEndpoints(
  config: { readonly api: { readonly baseUrl: string }; readonly objectStorage: { readonly baseUrl: string } },
  mine: "cloud" | "objectStorage",
): string | undefined {
  const local = (url: string) => isLoopback(new URL(url).hostname);
  const cloud = { url: config.api.baseUrl, what: "the Cloud API (S3Key, IONOS_API_URL)" };
  const storage = {
    url: config.objectStorage.baseUrl,
    what: "the Object Storage Management API (AccessKey, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT)",
  };
  const [own, other] = mine === "cloud" ? [cloud, storage] : [storage, cloud];
  if (local(own.url) || !local(other.url)) return undefined;
  return (
    `${other.what} is ${other.url}, on this machine, but ${own.what} is ${own.url}, a remote service where keys are real. ` +
    "Point both at the emulator (`ionos-emulator --print-env` prints both settings) or both at IONOS."
  );
}
