import type { ApiSettings } from "./api-settings";
import type { ProxyChoice } from "./proxy-from-environment";
import type { RateGate } from "./rate-gate";
import type { RetryOptions } from "./retry-policy";
import type { SecretValues } from "./secret-values";
import type { ServerClock } from "./server-clock";
import type { Fetch, FetchInit } from "./transport";

/** Everything the client needs from the outside world; tests pass fakes. */
export interface ClientOptions {
  readonly settings: ApiSettings;
  /** @default undici's fetch */
  readonly fetch?: Fetch;
  /** @default setTimeout-based */
  readonly sleep?: (ms: number) => Promise<void>;
  /** @default Date.now */
  readonly now?: () => number;
  /** @default Math.random */
  readonly random?: () => number;
  /**
   * Milliseconds before one request is abandoned (headers and body).
   * @default 60000
   */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryOptions>;
  /** Shared by the requests of one process to pace them under rate limits. @default one per client */
  readonly gate?: RateGate;
  /** The undici dispatcher of a request (keep-alive pool, or the proxy), chosen by URL. @default undici's global one */
  readonly dispatcher?: (url: URL) => FetchInit["dispatcher"];
  /**
   * The origins that have answered a request of this process, shared by its clients: a refused
   * connection to one that never has is given up quickly. @default one per client
   */
  readonly answeredOrigins?: Set<string>;
  /** The proxy the requests go through (its dispatcher does the tunnelling), named in messages. @default none */
  readonly proxy?: ProxyChoice;
  /** Progress and retry messages. @default none */
  readonly log?: (message: string) => void;
  /** IONOS's clock, learned from its answers' `Date` headers; shared by a process's clients. @default one per client */
  readonly serverClock?: ServerClock;
  /** Secret values answers carried, blanked from every message and log line; shared by a process's clients. @default one per client */
  readonly secretValues?: SecretValues;
  /**
   * Bytes of one answer's body read at most; a longer body is abandoned there and is an error.
   * @default 1 MiB
   */
  readonly maxResponseBytes?: number;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
