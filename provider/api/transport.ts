// What the client needs of fetch, and how it reads an answer's body and classifies a failed connection.
import type { Agent } from "node:http";
import { redact } from "./redact";
import type { NetworkFailure } from "./retry-policy";

/** The headers of an answer, as the client reads them. */
export interface FetchHeaders {
  get(name: string): string | null;
}

/** What the client reads of an HTTP answer (node-fetch's `Response` has it; tests pass fakes). */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: FetchHeaders;
  /** The body as a stream of chunks (node-fetch's Node.js stream), read up to the size cap. */
  readonly body?: (AsyncIterable<Uint8Array | string> & { destroy?(): void }) | null;
  text(): Promise<string>;
}

/** What the client sends: a subset of node-fetch's `RequestInit`, so the published types need no `@types/node-fetch`. */
export interface FetchInit {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal?: AbortSignal;
  readonly redirect?: "manual";
  /** Connection reuse (keep-alive), chosen by URL. */
  readonly agent?: (url: URL) => Agent;
}

export type Fetch = (url: string, init: FetchInit) => Promise<FetchResponse>;

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

export function classifyNetworkError(error: unknown): NetworkFailure {
  const e = error as { name?: string; code?: string; message?: string };
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
      response.body.destroy?.();
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
