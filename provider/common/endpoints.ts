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
