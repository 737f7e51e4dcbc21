import type { ApiSettings } from "./api-settings";
import type { z } from "zod";
import { type ClientOptions } from "./client-options";
import { ServerClock } from "./server-clock";
import { type FetchHeaders } from "./transport";
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
export declare class IonosHttpClient {
    readonly settings: ApiSettings;
    readonly sleep: (ms: number) => Promise<void>;
    readonly now: () => number;
    readonly log: (message: string) => void;
    private readonly fetch;
    readonly random: () => number;
    /** IONOS's clock as its answers show it. */
    readonly serverClock: ServerClock;
    private readonly secretValues;
    private readonly timeoutMs;
    private readonly retry;
    private readonly gate;
    private readonly agent?;
    private readonly proxy?;
    private readonly maxResponseBytes;
    private readonly answeredOrigins;
    /** The API base's origin, as `answeredOrigins` records it. */
    private readonly origin;
    constructor(options: ClientOptions);
    /** The setting that names this client's API base, for messages. */
    private get endpointSetting();
    /** Secrets that must never appear in an error message. */
    get secrets(): string[];
    /** Sends one request, retrying as `decideRetry` says, and parses a success body with `spec.schema`. */
    request<T>(spec: RequestSpec<T>): Promise<ApiResponse<T>>;
    /**
     * A 429: every request of the process waits out its delay at the gate, not just this one. Told at
     * the first 429 and then every 10 s of the IONOS_RATE_LIMIT_WAIT budget, so a long wait is never
     * silent. Returns the budget spent, each 429 at least a second (so `Retry-After: 0` storms end too).
     */
    private holdForRateLimit;
    private backOff;
    /** Sends once and reads the answer's body up to the cap. */
    private send;
    private parse;
    /** An answer that cannot be used: `problem` says why. */
    private responseError;
    private apiError;
    private networkError;
}
