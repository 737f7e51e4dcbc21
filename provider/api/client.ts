import type { ApiSettings } from "./api-settings";
import type { z } from "zod";
import { DEFAULT_MAX_RESPONSE_BYTES, type ClientOptions } from "./client-options";
import { USER_AGENT } from "./user-agent";
import { IonosApiError, IonosNetworkError, IonosResponseError } from "./errors";
import { displayUrl, redact } from "./redact";
import type { ProxyChoice } from "./proxy-from-environment";
import {
  decideRetry,
  defaultRetryOptions,
  type AttemptOutcome,
  type RetryDecision,
  type RetryOptions,
} from "./retry-policy";
import { RateGate } from "./rate-gate";
import { SecretValues } from "./secret-values";
import { ServerClock } from "./server-clock";
import { defaultSleep } from "./sleep";
import { ErrorBodySchema } from "./schemas";
import { hintFor } from "./hints";
import { authorizationHeader, credentialSecrets } from "./credentials";
import {
  classifyNetworkError,
  excerpt,
  networkMessage,
  undiciFetch,
  readCapped,
  type Body,
  type Fetch,
  type FetchHeaders,
  type FetchInit,
  type FetchResponse,
} from "./transport";

/** One HTTP answer with a success status, its body parsed by the caller's schema. */
export interface ApiResponse<T> {
  readonly status: number;
  readonly headers: FetchHeaders;
  readonly data: T;
}

export interface RequestSpec<T> {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  /** Below the API base, e.g. `/um/users/{id}/s3keys`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Extra headers, e.g. the create token that marks a POST in IONOS's request log. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Parses a success body; undefined for bodies the caller ignores. */
  readonly schema?: z.ZodType<T>;
}

/** A small IONOS Cloud API v6 client: auth, timeouts, retries, and typed errors. */
export class IonosHttpClient {
  readonly settings: ApiSettings;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly log: (message: string) => void;
  private readonly fetch: Fetch;
  readonly random: () => number;
  /** IONOS's clock as its answers show it. */
  readonly serverClock: ServerClock;
  private readonly secretValues: SecretValues;
  private readonly timeoutMs: number;
  private readonly retry: RetryOptions;
  private readonly gate: RateGate;
  private readonly dispatcher?: (url: URL) => FetchInit["dispatcher"];
  private readonly proxy?: ProxyChoice;
  private readonly maxResponseBytes: number;
  private readonly answeredOrigins: Set<string>;
  /** The API base's origin, as `answeredOrigins` records it. */
  private readonly origin: string;

  constructor(options: ClientOptions) {
    this.answeredOrigins = options.answeredOrigins ?? new Set();
    this.origin = new URL(options.settings.baseUrl).origin;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.settings = options.settings;
    this.fetch = options.fetch ?? undiciFetch;
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.retry = { ...defaultRetryOptions, ...options.retry };
    this.gate = options.gate ?? new RateGate(this.now, this.sleep);
    this.dispatcher = options.dispatcher;
    this.proxy = options.proxy;
    this.serverClock = options.serverClock ?? new ServerClock();
    this.secretValues = options.secretValues ?? new SecretValues();
    const log = options.log ?? (() => undefined);
    // Every line this client logs is blanked of the credentials and of every secret value seen.
    this.log = (message) => log(redact(message, this.secrets));
  }

  /** The setting that names this client's API base, for messages. */
  private get endpointSetting(): string {
    return this.settings.endpointSetting ?? "IONOS_API_URL";
  }

  /** Secrets that must never appear in an error message. */
  get secrets(): string[] {
    return [...credentialSecrets(this.settings), ...this.secretValues.all()];
  }

  /** Sends one request, retrying as `decideRetry` says, and parses a success body with `spec.schema`. */
  async request<T>(spec: RequestSpec<T>): Promise<ApiResponse<T>> {
    let attempt = 1;
    let rateLimitedMs = 0;
    for (;;) {
      await this.gate.pass(this.timeoutMs);
      let response: FetchResponse;
      let body: Body;
      try {
        ({ response, body } = await this.send(spec));
      } catch (error) {
        const network = classifyNetworkError(error);
        const hostNeverAnswered = !this.answeredOrigins.has(this.origin);
        const decision = decideRetry(
          { method: spec.method, attempt, network, hostNeverAnswered },
          this.retry,
          this.random,
        );
        if (!decision.retry) throw this.networkError(spec, error, network);
        await this.backOff(spec, decision, attempt++);
        continue;
      }
      this.gate.observe(response.status, response.headers);
      this.serverClock.observe(response.headers.get("date"), this.now());
      this.secretValues.learn(body.text);
      this.answeredOrigins.add(this.origin);
      const text = body.text;
      // A success must be read whole to be used; an error's first megabyte names the problem well enough.
      if (body.truncated && response.ok) {
        throw this.responseError(
          spec,
          response.status,
          `the answer's body is larger than ${this.maxResponseBytes} bytes, so it was not read to the end (IONOS_MAX_RESPONSE_BYTES raises the limit)`,
        );
      }
      if (response.ok) {
        return { status: response.status, headers: response.headers, data: this.parse(spec, response.status, text) };
      }
      const outcome: AttemptOutcome = {
        method: spec.method,
        attempt,
        status: response.status,
        headers: response.headers,
        rateLimitedMs,
      };
      const decision = decideRetry(outcome, this.retry, this.random);
      if (!decision.retry) throw this.apiError(spec, response.status, text, body.truncated);
      if (response.status === 429) {
        rateLimitedMs = this.holdForRateLimit(spec, decision, rateLimitedMs);
        continue;
      }
      await this.backOff(spec, decision, attempt++);
    }
  }

  /**
   * A 429: every request of the process waits out its delay at the gate, not just this one. Told at
   * the first 429 and then every 10 s of the IONOS_RATE_LIMIT_WAIT budget, so a long wait is never
   * silent. Returns the budget spent, each 429 at least a second (so `Retry-After: 0` storms end too).
   */
  private holdForRateLimit(
    spec: RequestSpec<unknown>,
    decision: { delayMs: number; reason: string },
    rateLimitedMs: number,
  ): number {
    if (
      rateLimitedMs === 0 ||
      Math.floor((rateLimitedMs + decision.delayMs) / 10_000) > Math.floor(rateLimitedMs / 10_000)
    )
      this.log(
        `${spec.method} ${spec.path}: ${decision.reason}, waiting ${decision.delayMs} ms (${Math.round(rateLimitedMs / 1000)} s of the ${Math.round(this.retry.maxRateLimitWaitMs / 1000)} s IONOS_RATE_LIMIT_WAIT budget spent)`,
      );
    const spent = rateLimitedMs + Math.max(decision.delayMs, 1000);
    this.gate.holdFor(decision.delayMs);
    return spent;
  }

  private async backOff(spec: RequestSpec<unknown>, decision: RetryDecision & { retry: true }, attempt: number) {
    this.log(
      `${spec.method} ${spec.path}: ${decision.reason}, retrying in ${decision.delayMs} ms (attempt ${attempt + 1} of ${decision.of ?? this.retry.maxAttempts})`,
    );
    await this.sleep(decision.delayMs);
  }

  /** Sends once and reads the answer's body up to the cap. */
  private async send(spec: RequestSpec<unknown>): Promise<{ response: FetchResponse; body: Body }> {
    const url = new URL(this.settings.baseUrl + spec.path);
    for (const [name, value] of Object.entries({ pretty: "false", ...spec.query })) url.searchParams.set(name, value);
    const headers: Record<string, string> = {
      ...spec.headers,
      Accept: "application/json",
      "User-Agent": USER_AGENT,
      Authorization: authorizationHeader(this.settings),
    };
    if (this.settings.contractNumber !== undefined) headers["X-Contract-Number"] = this.settings.contractNumber;
    if (spec.body !== undefined) headers["Content-Type"] = "application/json";

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await this.fetch(url.toString(), {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: controller.signal,
        redirect: "manual",
        ...(this.dispatcher !== undefined ? { dispatcher: this.dispatcher(url) } : {}),
      });
      const body = await readCapped(response, this.maxResponseBytes);
      // Closes the connection, so the server stops sending the rest.
      if (body.truncated) controller.abort();
      return { response, body };
    } finally {
      clearTimeout(timer);
    }
  }

  private parse<T>(spec: RequestSpec<T>, status: number, text: string): T {
    if (spec.schema === undefined) return undefined as T;
    let json: unknown;
    try {
      json = text.trim() === "" ? undefined : JSON.parse(text);
    } catch {
      throw this.responseError(spec, status, `not JSON (${excerpt(text, this.secrets)})`);
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) {
      const problem = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
      throw this.responseError(spec, status, problem);
    }
    return parsed.data;
  }

  /** An answer that cannot be used: `problem` says why. */
  private responseError(spec: RequestSpec<unknown>, status: number, problem: string): IonosResponseError {
    const { method, path } = spec;
    return new IonosResponseError({ endpointSetting: this.endpointSetting, status, method, path, problem });
  }

  private apiError(spec: RequestSpec<unknown>, status: number, text: string, truncated = false): IonosApiError {
    let codes: string[] = [];
    let apiMessages: string[] = [];
    try {
      const body = ErrorBodySchema.parse(JSON.parse(text));
      codes = body.messages.flatMap((m) => (m.errorCode ? [m.errorCode] : []));
      apiMessages = body.messages.flatMap((m) => (m.message ? [redact(m.message, this.secrets)] : []));
    } catch {
      // Not JSON: handled below.
    }
    // Not an IONOS error body (an HTML page from a proxy, some other JSON): keep the raw text, shortened.
    if (apiMessages.length === 0 && text.trim() !== "") apiMessages = [excerpt(text, this.secrets, truncated)];
    return new IonosApiError({
      status,
      method: spec.method,
      path: spec.path,
      codes,
      apiMessages,
      hint: hintFor(status, codes, apiMessages.join(" "), this.settings.credentialsSetting),
    });
  }

  private networkError(
    spec: RequestSpec<unknown>,
    error: unknown,
    network: AttemptOutcome["network"],
  ): IonosNetworkError {
    const raw = networkMessage(error);
    const timedOut = network === "timeout";
    const reason = timedOut ? `no answer within ${this.timeoutMs} ms` : redact(raw, this.secrets);
    return new IonosNetworkError({
      method: spec.method,
      path: spec.path,
      reason,
      maybeApplied: network === "dropped" || network === "timeout",
      timedOut,
      hint:
        this.proxy !== undefined && network !== "tls"
          ? `No answer through the proxy ${displayUrl(this.proxy.url.href)} (${this.proxy.setting}): check that it runs and lets ${new URL(this.settings.baseUrl).host} through, or name the host in NO_PROXY to connect directly.`
          : network === "unresolved"
            ? `The host of ${this.settings.baseUrl} cannot be resolved: check ${this.endpointSetting}.`
            : network === "refused"
              ? `Nothing listens at ${this.settings.baseUrl}: check ${this.endpointSetting} and your network.`
              : network === "tls"
                ? `The TLS certificate of ${new URL(this.settings.baseUrl).host} is not trusted, so no request was sent: if a proxy or your organisation signs it, give its CA certificate to Node.js with NODE_EXTRA_CA_CERTS=/path/to/ca.pem; otherwise check ${this.endpointSetting}.`
                : "The network or the IONOS API is having trouble; run the command again.",
      cause: error,
    });
  }
}
