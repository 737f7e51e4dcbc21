/** How the client retries; every duration in milliseconds. */
export interface RetryOptions {
  /**
   * Attempts in all, the first included.
   * @default 6
   */
  readonly maxAttempts: number;
  /**
   * The first backoff delay; each later one doubles, with full jitter.
   * @default 500
   */
  readonly baseDelayMs: number;
  /**
   * The longest backoff delay.
   * @default 20000
   */
  readonly maxDelayMs: number;
  /**
   * The longest `Retry-After` honoured; a longer one is capped to this.
   * @default 60000
   */
  readonly maxRetryAfterMs: number;
  /**
   * How long one request may spend waiting on 429s in all; 429s do not count as attempts.
   * @default 300000
   */
  readonly maxRateLimitWaitMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  maxRateLimitWaitMs: 300_000,
};

/** What happened on one attempt: an HTTP status, or no answer at all. */
export interface AttemptOutcome {
  readonly method: string;
  /** 1 for the first attempt; answers 429 are not counted. */
  readonly attempt: number;
  /** Time this request already spent waiting on 429s, in ms. */
  readonly rateLimitedMs?: number;
  /** The HTTP status, absent when no answer came. */
  readonly status?: number;
  /** Response headers, lower-case names. */
  readonly headers?: { get(name: string): string | null };
  /** No answer: `refused` and `unresolved` mean the request surely never reached the API. */
  readonly network?: NetworkFailure;
  /**
   * The host has not answered any request of this process yet: a refused connection then most likely
   * means a wrong IONOS_API_URL, not a restart, so it is given up within about a second and a half.
   */
  readonly hostNeverAnswered?: boolean;
}

/** Attempts at a host that has never answered, and the longest delay between them. */
const NEVER_ANSWERED = { maxAttempts: 3, maxDelayMs: 1000 } as const;

/**
 * How a request got no answer: `unresolved` is a host that DNS does not know, `tls` a certificate
 * this machine does not trust (retrying helps neither; no request was sent).
 */
export type NetworkFailure = "refused" | "unresolved" | "tls" | "dropped" | "timeout";

export type RetryDecision =
  | { readonly retry: false; readonly reason: string }
  /** `of`: the attempts this kind of failure gets at most (what a message counts against). */
  | { readonly retry: true; readonly delayMs: number; readonly reason: string; readonly of?: number };

const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);

/**
 * Decides whether to retry an attempt. POST is retried only when the API surely did not act on it
 * (429, or a refused connection): a blind retry could create a second key.
 */
export function decideRetry(
  outcome: AttemptOutcome,
  options: RetryOptions = defaultRetryOptions,
  random: () => number = Math.random,
): RetryDecision {
  const backoff = backoffDelay(outcome.attempt, options.baseDelayMs, options.maxDelayMs, random);
  const idempotent = IDEMPOTENT.has(outcome.method.toUpperCase());

  if (outcome.status === 429) {
    const waited = outcome.rateLimitedMs ?? 0;
    if (waited >= options.maxRateLimitWaitMs) {
      return { retry: false, reason: `still rate limited after waiting ${Math.round(waited / 1000)} s` };
    }
    const fromHeader = retryAfterMs(outcome.headers?.get("retry-after") ?? null);
    const delayMs =
      fromHeader !== undefined
        ? Math.min(fromHeader, options.maxRetryAfterMs)
        : Math.max(backoff, rateLimitDelay(outcome, options));
    // Never past the budget: the last wait ends when the budget does.
    return {
      retry: true,
      delayMs: Math.min(delayMs, options.maxRateLimitWaitMs - waited),
      reason: "rate limited (HTTP 429)",
    };
  }
  if (outcome.attempt >= options.maxAttempts) {
    return { retry: false, reason: `gave up after ${outcome.attempt} attempts` };
  }
  if (outcome.network === "unresolved") {
    return { retry: false, reason: "the host name does not resolve" };
  }
  if (outcome.network === "tls") {
    return { retry: false, reason: "the server's TLS certificate is not trusted" };
  }
  if (outcome.network === "refused") {
    if (outcome.hostNeverAnswered !== true) return { retry: true, delayMs: backoff, reason: "connection refused" };
    if (outcome.attempt >= NEVER_ANSWERED.maxAttempts)
      return { retry: false, reason: `connection refused ${outcome.attempt} times by a host that never answered` };
    return {
      retry: true,
      delayMs: Math.min(backoff, NEVER_ANSWERED.maxDelayMs),
      reason: "connection refused by a host that never answered",
      of: NEVER_ANSWERED.maxAttempts,
    };
  }
  if (outcome.network !== undefined) {
    return idempotent
      ? { retry: true, delayMs: backoff, reason: `connection ${outcome.network}` }
      : { retry: false, reason: `connection ${outcome.network} on ${outcome.method}: the outcome is unknown` };
  }
  if (outcome.status !== undefined && TRANSIENT_STATUS.has(outcome.status)) {
    return idempotent
      ? { retry: true, delayMs: backoff, reason: `HTTP ${outcome.status}` }
      : { retry: false, reason: `HTTP ${outcome.status} on ${outcome.method}: the outcome is unknown` };
  }
  return { retry: false, reason: outcome.status === undefined ? "no answer" : `HTTP ${outcome.status} is final` };
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or malformed. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Math.round(Number(header) * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

// Without Retry-After, an exhausted budget (X-RateLimit-Remaining: 0) waits one request's share of the minute.
function rateLimitDelay(outcome: AttemptOutcome, options: RetryOptions): number {
  const { limit, remaining } = rateLimitBudget(outcome.headers);
  if (remaining === 0 && limit > 0) return Math.min(options.maxRetryAfterMs, Math.ceil(60_000 / limit));
  return 0;
}

/** IONOS's `X-RateLimit-Limit` (requests per minute) and `X-RateLimit-Remaining`; NaN where absent. */
export function rateLimitBudget(headers: { get(name: string): string | null } | undefined): {
  limit: number;
  remaining: number;
} {
  const read = (name: string) => {
    const raw = headers?.get(name);
    return raw === null || raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  };
  return { limit: read("x-ratelimit-limit"), remaining: read("x-ratelimit-remaining") };
}

/**
 * The delay before try number `attempt` + 1 of an exponential backoff: `baseMs` doubled for each
 * attempt after the first, at most `maxMs`; with `random`, full jitter (a uniform share of that).
 * Every backoff in the package uses it.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random?: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return random === undefined ? ceiling : Math.round(random() * ceiling);
}
