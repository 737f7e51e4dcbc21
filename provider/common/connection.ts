import { Agent, ProxyAgent, type Dispatcher } from "undici";
import { proxyFor, type ProxyChoice, type ProxyEnvironment } from "../api/proxy-from-environment";
import type { ProviderConfig } from "./config";
import { IonosHttpClient } from "../api/client";
import type { ClientOptions } from "../api/client-options";
import { RateGate } from "../api/rate-gate";
import { SecretValues } from "../api/secret-values";
import { ServerClock } from "../api/server-clock";
import { ContractsApi } from "../api/contracts-api";
import { accountName } from "./account";
import { createHash } from "node:crypto";

/**
 * What the requests of one process share, and the one way to make a client: the provider's plugin
 * host and a program's lookups each hold one. Every client it makes has the configured timeouts and
 * body cap, the process's rate gate (so parallel operations do not stampede the API after a 429),
 * keep-alive connections, and redaction of the configured credentials.
 */
export class IonosConnection {
  /** Paces the process's requests under rate limits, on the clock and sleep of the client options. */
  readonly gate: RateGate;
  /** IONOS's clock, learned from every answer's `Date` header. */
  readonly serverClock = new ServerClock();
  /** The secret values answers carried, blanked from every later message. */
  readonly secretValues = new SecretValues();
  private readonly answeredOrigins = new Set<string>();
  private readonly proxyAgents = new Map<string, Dispatcher>();
  /** Keep-alive connections to every origin (undici's pool). */
  private readonly direct = new Agent();
  /** The contract each set of credentials acts for, asked once per process (a failed answer is asked again). */
  private readonly contracts = new Map<string, Promise<number>>();
  /** The answers of `contracts` that have arrived, for `knownAccount`. */
  private readonly knownContracts = new Map<string, number>();

  /** `overrides` replace client options, e.g. a faster retry schedule in tests. */
  constructor(private readonly overrides: Partial<ClientOptions> = {}) {
    this.gate = new RateGate(overrides.now, overrides.sleep);
  }

  client(config: ProviderConfig, log: (message: string) => void): IonosHttpClient {
    const { retry, ...overrides } = this.overrides;
    return new IonosHttpClient({
      settings: config.api,
      log,
      timeoutMs: config.httpTimeoutMs,
      maxResponseBytes: config.maxResponseBytes,
      gate: this.gate,
      answeredOrigins: this.answeredOrigins,
      serverClock: this.serverClock,
      secretValues: this.secretValues,
      dispatcher: (url: URL) => this.dispatcherFor(url, config.proxy),
      ...proxied(config.api.baseUrl, config.proxy),
      ...overrides,
      retry: { maxRateLimitWaitMs: config.rateLimitWaitMs, ...retry },
    });
  }

  /**
   * The account the settings reach for keys of `api`: the contract the credentials act for (IONOS's
   * `GET /contracts`, asked once per process and credentials) at that API's endpoint.
   */
  async account(
    config: ProviderConfig,
    api: "cloud" | "objectStorage",
    log: (message: string) => void,
  ): Promise<string> {
    const key = credentialsKey(config);
    let contract = this.contracts.get(key);
    if (contract === undefined) {
      contract = new ContractsApi(this.client(config, log)).current();
      this.contracts.set(key, contract);
      contract.then(
        (number) => this.knownContracts.set(key, number),
        () => this.contracts.delete(key),
      );
    }
    return accountName(await contract, endpointOf(config, api));
  }

  /**
   * The account the settings reach, when this process has already asked (`account`); undefined
   * otherwise. Sends nothing: for check, which may not.
   */
  knownAccount(config: ProviderConfig, api: "cloud" | "objectStorage"): string | undefined {
    const contract = this.knownContracts.get(credentialsKey(config));
    return contract === undefined ? undefined : accountName(contract, endpointOf(config, api));
  }

  /**
   * Keep-alive connections, direct or through the proxy the environment names for `url`, by Go's
   * rules (see proxy-from-environment.ts: undici's EnvHttpProxyAgent reads NO_PROXY differently).
   */
  private dispatcherFor(url: URL, env: ProxyEnvironment): Dispatcher {
    const proxy = proxyFor(url, env);
    if (proxy === undefined) return this.direct;
    const key = `${url.protocol} ${proxy.url.href}`;
    let agent = this.proxyAgents.get(key);
    if (agent === undefined) {
      // https targets tunnel through CONNECT; http ones are sent to the proxy in absolute form.
      agent = new ProxyAgent({ uri: proxy.url.href, proxyTunnel: url.protocol === "https:" });
      this.proxyAgents.set(key, agent);
    }
    return agent;
  }
}

/** One set of credentials and the Cloud API they act on, hashed (the key of the contracts asked). */
function credentialsKey(config: ProviderConfig): string {
  const { auth, baseUrl, contractNumber } = config.api;
  return createHash("sha256")
    .update(JSON.stringify([auth, baseUrl, contractNumber ?? null]))
    .digest("hex");
}

function endpointOf(config: ProviderConfig, api: "cloud" | "objectStorage"): string {
  return api === "cloud" ? config.api.baseUrl : config.objectStorage.baseUrl;
}

/** The proxy the client's requests go through, for its messages. */
function proxied(baseUrl: string, env: ProxyEnvironment): { proxy?: ProxyChoice } {
  const proxy = proxyFor(new URL(baseUrl), env);
  return proxy === undefined ? {} : { proxy };
}
