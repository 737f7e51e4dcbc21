// What the client needs of fetch (undici's), and how it reads an answer's body and classifies a failed connection.
import { request, type Dispatcher } from "undici";
import { redact } from "./redact";
import type { NetworkFailure } from "./retry-policy";

/** The headers of an answer, as the client reads them. */
export interface FetchHeaders {
  get(name: string): string | null;
}

/** What the client reads of an HTTP answer (undici's `Response` has it; tests pass fakes). */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: FetchHeaders;
  /** The body as a stream of chunks (a web stream), read up to the size cap. */
  readonly body?: AsyncIterable<Uint8Array | string> | null;
  text(): Promise<string>;
}

/** What the client sends: a subset of undici's `RequestInit`. */
export interface FetchInit {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal?: AbortSignal;
  readonly redirect?: "manual";
  /** The keep-alive pool, or the proxy, the request goes through. */
  readonly dispatcher?: Dispatcher;
}

export type Fetch = (url: string, init: FetchInit) => Promise<FetchResponse>;

/**
 * The client's fetch: undici's `request`, its direct HTTP API. Not undici's `fetch`, which follows the
 * browser's rules: it refuses "bad ports" (an endpoint on port 6000 or 10080 would fail with "bad
 * port") and adds browser headers. Redirects are never followed (an IONOS API answers none).
 */
export const undiciFetch: Fetch = async (url, init) => {
  const answer = await request(url, {
    method: init.method as Dispatcher.HttpMethod,
    headers: init.headers,
    body: init.body,
    signal: init.signal,
    ...(init.dispatcher !== undefined ? { dispatcher: init.dispatcher } : {}),
  });
  const header = (name: string) => {
    const value = answer.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return {
    ok: answer.statusCode >= 200 && answer.statusCode < 300,
    status: answer.statusCode,
    headers: { get: header },
    body: answer.body,
    text: () => answer.body.text(),
  };
};

/** Node's codes for a certificate it does not trust (OpenSSL's verification errors and a name mismatch). */
const CERTIFICATE_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "CERT_SIGNATURE_FAILURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** What failed: undici's fetch rejects with "fetch failed" and the socket's error as its `cause`. */
function rootCause(error: unknown): { name?: string; code?: string; message?: string } {
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown };
  return e?.name !== "AbortError" && e?.cause !== undefined && e.cause !== null && typeof e.cause === "object"
    ? rootCause(e.cause)
    : e;
}

/** The failed connection's own message (e.g. `connect ECONNREFUSED 127.0.0.1:1`), not fetch's "fetch failed". */
export function networkMessage(error: unknown): string {
  const e = rootCause(error);
  return e?.message !== undefined && e.message !== "" ? e.message : String(error);
}

export function classifyNetworkError(error: unknown): NetworkFailure {
  const e = rootCause(error);
  if (e?.code !== undefined && CERTIFICATE_CODES.has(e.code)) return "tls";
  if (e?.name === "AbortError") return "timeout";
  if (e?.code === "ENOTFOUND" || e?.code === "EAI_AGAIN") return "unresolved";
  if (e?.code === "ECONNREFUSED") return "refused";
  return "dropped";
}

/** An answer's body as read: all of it, or its first `maxBytes` when it is longer (reading stops there). */
export interface Body {
  readonly text: string;
  readonly truncated: boolean;
}

export async function readCapped(response: FetchResponse, maxBytes: number): Promise<Body> {
  if (response.body === undefined || response.body === null) {
    const text = await response.text();
    const bytes = Buffer.from(text);
    return bytes.length > maxBytes
      ? { text: bytes.subarray(0, maxBytes).toString("utf8"), truncated: true }
      : { text, truncated: false };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    const buffer = Buffer.from(chunk);
    if (size + buffer.length > maxBytes) {
      chunks.push(buffer.subarray(0, maxBytes - size));
      // Leaving the loop cancels the stream; the caller then aborts the request, closing the connection.
      return { text: Buffer.concat(chunks).toString("utf8"), truncated: true };
    }
    size += buffer.length;
    chunks.push(buffer);
  }
  return { text: Buffer.concat(chunks).toString("utf8"), truncated: false };
}

/** The start of a body for a message, secrets redacted; `truncated` when only its first bytes were read. */
export function excerpt(text: string, secrets: readonly string[], truncated = false): string {
  const flat = redact(text, secrets).replace(/\s+/g, " ").trim();
  if (flat === "") return "empty body";
  if (truncated) return `${flat.slice(0, 200)}… (more than ${Buffer.byteLength(text)} bytes)`;
  return flat.length > 200 ? `${flat.slice(0, 200)}… (${text.length} bytes)` : flat;
}
