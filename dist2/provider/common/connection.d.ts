import type { ProviderConfig } from "./config";
import { IonosHttpClient } from "../api/client";
import type { ClientOptions } from "../api/client-options";
import { RateGate } from "../api/rate-gate";
import { RequestTimings } from "../api/poll-schedule";
import { SecretValues } from "../api/secret-values";
import { ServerClock } from "../api/server-clock";
/**
 * What the requests of one process share, and the one way to make a client: the provider's plugin
 * host and a program's lookups each hold one. Every client it makes has the configured timeouts and
 * body cap, the process's rate gate (so parallel operations do not stampede the API after a 429),
 * keep-alive connections, and redaction of the configured credentials.
 */
export declare class IonosConnection {
    private readonly overrides;
    /** Paces the process's requests under rate limits, on the clock and sleep of the client options. */
    readonly gate: RateGate;
    /** What the process learned about how long requests of each kind take. */
    readonly timings: RequestTimings;
    /** IONOS's clock, learned from every answer's `Date` header. */
    readonly serverClock: ServerClock;
    /** The secret values answers carried, blanked from every later message. */
    readonly secretValues: SecretValues;
    private readonly answeredOrigins;
    private timingsKeptIn?;
    private readonly proxyAgents;
    private readonly agents;
    /** `overrides` replace client options, e.g. a faster retry schedule in tests. */
    constructor(overrides?: Partial<ClientOptions>);
    client(config: ProviderConfig, log: (message: string) => void): IonosHttpClient;
    /**
     * The process's learned timings, given what the last run on this machine learned and kept beside
     * the create journal after every wait (in memory only with `IONOS_CREATE_JOURNAL=off`).
     */
    learnedTimings(config: ProviderConfig, log: (message: string) => void): RequestTimings;
    /** Keep-alive connections, direct or through the proxy the environment names for `url` (Go's rules). */
    private agentFor;
}
