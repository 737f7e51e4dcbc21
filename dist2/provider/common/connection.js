"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.IonosConnection = void 0;
const http = __importStar(require("node:http"));
const https = __importStar(require("node:https"));
const http_proxy_agent_1 = require("http-proxy-agent");
const https_proxy_agent_1 = require("https-proxy-agent");
const proxy_from_environment_1 = require("../api/proxy-from-environment");
const client_1 = require("../api/client");
const rate_gate_1 = require("../api/rate-gate");
const poll_schedule_1 = require("../api/poll-schedule");
const secret_values_1 = require("../api/secret-values");
const server_clock_1 = require("../api/server-clock");
const timings_file_1 = require("./timings-file");
/**
 * What the requests of one process share, and the one way to make a client: the provider's plugin
 * host and a program's lookups each hold one. Every client it makes has the configured timeouts and
 * body cap, the process's rate gate (so parallel operations do not stampede the API after a 429),
 * keep-alive connections, and redaction of the configured credentials.
 */
class IonosConnection {
    overrides;
    /** Paces the process's requests under rate limits, on the clock and sleep of the client options. */
    gate;
    /** What the process learned about how long requests of each kind take. */
    timings = new poll_schedule_1.RequestTimings();
    /** IONOS's clock, learned from every answer's `Date` header. */
    serverClock = new server_clock_1.ServerClock();
    /** The secret values answers carried, blanked from every later message. */
    secretValues = new secret_values_1.SecretValues();
    answeredOrigins = new Set();
    timingsKeptIn;
    proxyAgents = new Map();
    agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
    /** `overrides` replace client options, e.g. a faster retry schedule in tests. */
    constructor(overrides = {}) {
        this.overrides = overrides;
        this.gate = new rate_gate_1.RateGate(overrides.now, overrides.sleep);
    }
    client(config, log) {
        const { retry, ...overrides } = this.overrides;
        return new client_1.IonosHttpClient({
            settings: config.api,
            log,
            timeoutMs: config.httpTimeoutMs,
            maxResponseBytes: config.maxResponseBytes,
            gate: this.gate,
            answeredOrigins: this.answeredOrigins,
            serverClock: this.serverClock,
            secretValues: this.secretValues,
            agent: (url) => this.agentFor(url, config.proxy),
            ...proxied(config.api.baseUrl, config.proxy),
            ...overrides,
            retry: { maxRateLimitWaitMs: config.rateLimitWaitMs, ...retry },
        });
    }
    /**
     * The process's learned timings, given what the last run on this machine learned and kept beside
     * the create journal after every wait (in memory only with `IONOS_CREATE_JOURNAL=off`).
     */
    learnedTimings(config, log) {
        if (config.journalDir === undefined)
            return this.timings;
        const file = (0, timings_file_1.timingsFile)(config.journalDir, [config.api.baseUrl, config.objectStorage.baseUrl]);
        if (this.timingsKeptIn !== file) {
            (0, timings_file_1.keepTimings)(this.timings, file, config.journalDir, log, this.overrides.now);
            this.timingsKeptIn = file;
        }
        return this.timings;
    }
    /** Keep-alive connections, direct or through the proxy the environment names for `url` (Go's rules). */
    agentFor(url, env) {
        const proxy = (0, proxy_from_environment_1.proxyFor)(url, env);
        if (proxy === undefined)
            return url.protocol === "http:" ? this.agents.http : this.agents.https;
        const key = `${url.protocol} ${proxy.url.href}`;
        let agent = this.proxyAgents.get(key);
        if (agent === undefined) {
            // https targets tunnel through CONNECT; http ones are sent to the proxy in absolute form.
            agent =
                url.protocol === "https:"
                    ? new https_proxy_agent_1.HttpsProxyAgent(proxy.url, { keepAlive: true })
                    : new http_proxy_agent_1.HttpProxyAgent(proxy.url, { keepAlive: true });
            this.proxyAgents.set(key, agent);
        }
        return agent;
    }
}
exports.IonosConnection = IonosConnection;
/** The proxy the client's requests go through, for its messages. */
function proxied(baseUrl, env) {
    const proxy = (0, proxy_from_environment_1.proxyFor)(new URL(baseUrl), env);
    return proxy === undefined ? {} : { proxy };
}
//# sourceMappingURL=connection.js.map