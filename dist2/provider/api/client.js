"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.IonosHttpClient = void 0;
const node_fetch_1 = __importDefault(require("node-fetch"));
const client_options_1 = require("./client-options");
const user_agent_1 = require("./user-agent");
const errors_1 = require("./errors");
const redact_1 = require("./redact");
const retry_policy_1 = require("./retry-policy");
const rate_gate_1 = require("./rate-gate");
const secret_values_1 = require("./secret-values");
const server_clock_1 = require("./server-clock");
const sleep_1 = require("./sleep");
const schemas_1 = require("./schemas");
const hints_1 = require("./hints");
const credentials_1 = require("./credentials");
const transport_1 = require("./transport");
/** A small IONOS Cloud API v6 client: auth, timeouts, retries, and typed errors. */
class IonosHttpClient {
    settings;
    sleep;
    now;
    log;
    fetch;
    random;
    /** IONOS's clock as its answers show it. */
    serverClock;
    secretValues;
    timeoutMs;
    retry;
    gate;
    agent;
    proxy;
    maxResponseBytes;
    answeredOrigins;
    /** The API base's origin, as `answeredOrigins` records it. */
    origin;
    constructor(options) {
        this.answeredOrigins = options.answeredOrigins ?? new Set();
        this.origin = new URL(options.settings.baseUrl).origin;
        this.maxResponseBytes = options.maxResponseBytes ?? client_options_1.DEFAULT_MAX_RESPONSE_BYTES;
        this.settings = options.settings;
        this.fetch = options.fetch ?? node_fetch_1.default;
        this.sleep = options.sleep ?? sleep_1.defaultSleep;
        this.now = options.now ?? Date.now;
        this.random = options.random ?? Math.random;
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.retry = { ...retry_policy_1.defaultRetryOptions, ...options.retry };
        this.gate = options.gate ?? new rate_gate_1.RateGate(this.now, this.sleep);
        this.agent = options.agent;
        this.proxy = options.proxy;
        this.serverClock = options.serverClock ?? new server_clock_1.ServerClock();
        this.secretValues = options.secretValues ?? new secret_values_1.SecretValues();
        const log = options.log ?? (() => undefined);
        // Every line this client logs is blanked of the credentials and of every secret value seen.
        this.log = (message) => log((0, redact_1.redact)(message, this.secrets));
    }
    /** The setting that names this client's API base, for messages. */
    get endpointSetting() {
        return this.settings.endpointSetting ?? "IONOS_API_URL";
    }
    /** Secrets that must never appear in an error message. */
    get secrets() {
        return [...(0, credentials_1.credentialSecrets)(this.settings), ...this.secretValues.all()];
    }
    /** Sends one request, retrying as `decideRetry` says, and parses a success body with `spec.schema`. */
    async request(spec) {
        let attempt = 1;
        let rateLimitedMs = 0;
        for (;;) {
            await this.gate.pass(this.timeoutMs);
            let response;
            let body;
            try {
                ({ response, body } = await this.send(spec));
            }
            catch (error) {
                const network = (0, transport_1.classifyNetworkError)(error);
                const hostNeverAnswered = !this.answeredOrigins.has(this.origin);
                const decision = (0, retry_policy_1.decideRetry)({ method: spec.method, attempt, network, hostNeverAnswered }, this.retry, this.random);
                if (!decision.retry)
                    throw this.networkError(spec, error, network);
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
                throw this.responseError(spec, response.status, `the answer's body is larger than ${this.maxResponseBytes} bytes, so it was not read to the end (IONOS_MAX_RESPONSE_BYTES raises the limit)`);
            }
            if (response.ok) {
                return { status: response.status, headers: response.headers, data: this.parse(spec, response.status, text) };
            }
            const outcome = {
                method: spec.method,
                attempt,
                status: response.status,
                headers: response.headers,
                rateLimitedMs,
            };
            const decision = (0, retry_policy_1.decideRetry)(outcome, this.retry, this.random);
            if (!decision.retry)
                throw this.apiError(spec, response.status, text, body.truncated);
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
    holdForRateLimit(spec, decision, rateLimitedMs) {
        if (rateLimitedMs === 0 ||
            Math.floor((rateLimitedMs + decision.delayMs) / 10_000) > Math.floor(rateLimitedMs / 10_000))
            this.log(`${spec.method} ${spec.path}: ${decision.reason}, waiting ${decision.delayMs} ms (${Math.round(rateLimitedMs / 1000)} s of the ${Math.round(this.retry.maxRateLimitWaitMs / 1000)} s IONOS_RATE_LIMIT_WAIT budget spent)`);
        const spent = rateLimitedMs + Math.max(decision.delayMs, 1000);
        this.gate.holdFor(decision.delayMs);
        return spent;
    }
    async backOff(spec, decision, attempt) {
        this.log(`${spec.method} ${spec.path}: ${decision.reason}, retrying in ${decision.delayMs} ms (attempt ${attempt + 1} of ${decision.of ?? this.retry.maxAttempts})`);
        await this.sleep(decision.delayMs);
    }
    /** Sends once and reads the answer's body up to the cap. */
    async send(spec) {
        const url = new URL(this.settings.baseUrl + spec.path);
        for (const [name, value] of Object.entries({ pretty: "false", ...spec.query }))
            url.searchParams.set(name, value);
        const headers = {
            ...spec.headers,
            Accept: "application/json",
            "User-Agent": user_agent_1.USER_AGENT,
            Authorization: (0, credentials_1.authorizationHeader)(this.settings),
        };
        if (this.settings.contractNumber !== undefined)
            headers["X-Contract-Number"] = this.settings.contractNumber;
        if (spec.body !== undefined)
            headers["Content-Type"] = "application/json";
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), this.timeoutMs);
        try {
            const response = await this.fetch(url.toString(), {
                method: spec.method,
                headers,
                body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
                signal: controller.signal,
                redirect: "manual",
                ...(this.agent !== undefined ? { agent: this.agent } : {}),
            });
            const body = await (0, transport_1.readCapped)(response, this.maxResponseBytes);
            // Closes the connection, so the server stops sending the rest.
            if (body.truncated)
                controller.abort();
            return { response, body };
        }
        finally {
            clearTimeout(timer);
        }
    }
    parse(spec, status, text) {
        if (spec.schema === undefined)
            return undefined;
        let json;
        try {
            json = text.trim() === "" ? undefined : JSON.parse(text);
        }
        catch {
            throw this.responseError(spec, status, `not JSON (${(0, transport_1.excerpt)(text, this.secrets)})`);
        }
        const parsed = spec.schema.safeParse(json);
        if (!parsed.success) {
            const problem = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
            throw this.responseError(spec, status, problem);
        }
        return parsed.data;
    }
    /** An answer that cannot be used: `problem` says why. */
    responseError(spec, status, problem) {
        const { method, path } = spec;
        return new errors_1.IonosResponseError({ endpointSetting: this.endpointSetting, status, method, path, problem });
    }
    apiError(spec, status, text, truncated = false) {
        let codes = [];
        let apiMessages = [];
        try {
            const body = schemas_1.ErrorBodySchema.parse(JSON.parse(text));
            codes = body.messages.flatMap((m) => (m.errorCode ? [m.errorCode] : []));
            apiMessages = body.messages.flatMap((m) => (m.message ? [(0, redact_1.redact)(m.message, this.secrets)] : []));
        }
        catch {
            // Not JSON: handled below.
        }
        // Not an IONOS error body (an HTML page from a proxy, some other JSON): keep the raw text, shortened.
        if (apiMessages.length === 0 && text.trim() !== "")
            apiMessages = [(0, transport_1.excerpt)(text, this.secrets, truncated)];
        return new errors_1.IonosApiError({
            status,
            method: spec.method,
            path: spec.path,
            codes,
            apiMessages,
            hint: (0, hints_1.hintFor)(status, codes, apiMessages.join(" ")),
        });
    }
    networkError(spec, error, network) {
        const raw = error instanceof Error ? error.message : String(error);
        const timedOut = network === "timeout";
        const reason = timedOut
            ? `no answer within ${this.timeoutMs} ms`
            : (0, redact_1.redact)(raw, this.secrets).replace(/^request to \S+ failed, reason: /, "");
        return new errors_1.IonosNetworkError({
            method: spec.method,
            path: spec.path,
            reason,
            maybeApplied: network === "dropped" || network === "timeout",
            timedOut,
            hint: this.proxy !== undefined && network !== "tls"
                ? `No answer through the proxy ${(0, redact_1.displayUrl)(this.proxy.url.href)} (${this.proxy.setting}): check that it runs and lets ${new URL(this.settings.baseUrl).host} through, or name the host in NO_PROXY to connect directly.`
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
exports.IonosHttpClient = IonosHttpClient;
//# sourceMappingURL=client.js.map