"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_RESPONSE_BYTES_LIMIT = exports.MAX_TIMER_SECONDS = exports.DEFAULT_OBJECT_STORAGE_URL = exports.DEFAULT_API_URL = void 0;
exports.readConfig = readConfig;
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const zod_1 = require("zod");
const errors_1 = require("../api/errors");
const client_options_1 = require("../api/client-options");
const redact_1 = require("../api/redact");
const poll_schedule_1 = require("../api/poll-schedule");
const credentials_1 = require("../api/credentials");
const proxy_from_environment_1 = require("../api/proxy-from-environment");
const endpoints_1 = require("./endpoints");
exports.DEFAULT_API_URL = "https://api.ionos.com/cloudapi/v6";
/** The Object Storage Management API (access keys): one global server, paths at its root. */
exports.DEFAULT_OBJECT_STORAGE_URL = "https://s3.ionos.com";
/** The proxy settings, read as Go's `ProxyFromEnvironment` reads them (see proxy-from-environment.ts). */
const PROXY_SETTINGS = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"];
/** Where each setting comes from: stack config (when it has a key) wins over the environment. */
const SOURCES = {
    token: { config: "ionoscloud:token", env: "IONOS_TOKEN" },
    username: { config: "ionoscloud:username", env: "IONOS_USERNAME" },
    password: { config: "ionoscloud:password", env: "IONOS_PASSWORD" },
    apiUrl: { config: "ionoscloud:endpoint", env: "IONOS_API_URL" },
    objectStorageUrl: {
        config: "pulumi-ionos-s3key:objectStorageEndpoint",
        env: "IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT",
    },
    contractNumber: { config: "ionoscloud:contractNumber", env: "IONOS_CONTRACT_NUMBER" },
    allowInsecureHttp: { env: "IONOS_ALLOW_INSECURE_HTTP" },
    waitTimeout: { env: "IONOS_WAIT_TIMEOUT" },
    privilegeWait: { env: "IONOS_PRIVILEGE_WAIT" },
    httpTimeout: { env: "IONOS_HTTP_TIMEOUT" },
    requestLogSettle: { env: "IONOS_REQUEST_LOG_SETTLE" },
    rateLimitWait: { env: "IONOS_RATE_LIMIT_WAIT" },
    maxResponseBytes: { env: "IONOS_MAX_RESPONSE_BYTES" },
    createJournal: { env: "IONOS_CREATE_JOURNAL" },
    stateHome: { env: "XDG_STATE_HOME" },
};
/** A setting's value and the name it was given under (`IONOS_API_URL`, `ionoscloud:endpoint`). */
const Sourced = zod_1.z.object({ value: zod_1.z.string(), from: zod_1.z.string() }).optional();
const text = Sourced.transform((s) => s?.value);
/**
 * A credential as it must be to reach IONOS in an Authorization header: a token of visible ASCII
 * (no space, no quotes), a username or password without control characters or surrounding spaces,
 * and no typographic quotes from a pasted document. Checked in `check`, so a bad value fails the
 * preview naming the setting, never a create that sent nothing yet reports that a key may exist.
 * The message never shows the value.
 */
function headerSafe(what) {
    return Sourced.transform((s, ctx) => {
        if (s === undefined)
            return undefined;
        const problem = (0, credentials_1.credentialProblem)(what, s.value);
        if (problem !== undefined) {
            ctx.addIssue({ code: "custom", message: `${s.from} ${problem}: set it again, copied as plain text` });
            return zod_1.z.NEVER;
        }
        return s.value;
    });
}
/** The longest a Node.js timer can wait (2³¹−1 ms): a longer one fires after 1 ms instead. */
exports.MAX_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000);
/** Seconds, in milliseconds: `positive` durations must be more than 0; none may exceed a timer's range. */
function seconds(fallbackSeconds, { positive } = { positive: false }) {
    return Sourced.transform((s, ctx) => {
        if (s === undefined)
            return fallbackSeconds * 1000;
        const value = Number(s.value);
        if (!Number.isFinite(value) || value < 0) {
            ctx.addIssue({ code: "custom", message: `${s.from} "${(0, redact_1.shown)(s.value)}" is not a number of seconds, e.g. 600` });
            return zod_1.z.NEVER;
        }
        if ((positive && value * 1000 < 1) || value > exports.MAX_TIMER_SECONDS) {
            ctx.addIssue({
                code: "custom",
                message: `${s.from} "${(0, redact_1.shown)(s.value)}" is out of range: give ${positive ? "more than 0" : "0 or more"} and at most ${exports.MAX_TIMER_SECONDS} seconds (about 24 days)`,
            });
            return zod_1.z.NEVER;
        }
        return Math.round(value * 1000);
    });
}
/** The largest answer body that may be read (`IONOS_MAX_RESPONSE_BYTES`): 256 MiB. */
exports.MAX_RESPONSE_BYTES_LIMIT = 256 * 1024 * 1024;
/** An endpoint setting, checked and in its normal form by `endpoint` (endpoints.ts). */
function endpointSetting(endpoint) {
    return Sourced.transform((s, ctx) => {
        if (s === undefined)
            return undefined;
        const checked = endpoint(s.from, s.value);
        if ("url" in checked)
            return { url: checked.url, from: s.from };
        ctx.addIssue({ code: "custom", message: checked.problem });
        return zod_1.z.NEVER;
    });
}
const apiUrl = endpointSetting(endpoints_1.cloudApiEndpoint);
const objectStorageUrl = endpointSetting(endpoints_1.objectStorageEndpoint);
const ConfigSchema = zod_1.z
    .object({
    token: headerSafe("token"),
    username: headerSafe("username"),
    password: headerSafe("password"),
    apiUrl,
    objectStorageUrl,
    contractNumber: Sourced.refine((s) => s === undefined || /^\d{1,10}$/.test(s.value), {
        error: (issue) => {
            const s = issue.input;
            return `${s.from} "${(0, redact_1.shown)(s.value)}" is not a number: use the contract number from the IONOS DCD`;
        },
    }).transform((s) => s?.value),
    allowInsecureHttp: Sourced.transform((s) => s?.value === "true"),
    waitTimeout: seconds(poll_schedule_1.defaultWaitOptions.timeoutMs / 1000, { positive: true }),
    privilegeWait: seconds(300),
    httpTimeout: seconds(60, { positive: true }),
    requestLogSettle: seconds(30),
    rateLimitWait: seconds(300),
    maxResponseBytes: Sourced.transform((s, ctx) => {
        if (s === undefined)
            return client_options_1.DEFAULT_MAX_RESPONSE_BYTES;
        const value = Number(s.value);
        if (Number.isInteger(value) && value >= 1024 && value <= exports.MAX_RESPONSE_BYTES_LIMIT)
            return value;
        ctx.addIssue({
            code: "custom",
            message: Number.isInteger(value) && value > exports.MAX_RESPONSE_BYTES_LIMIT
                ? `${s.from} "${(0, redact_1.shown)(s.value)}" is out of range: give at most ${exports.MAX_RESPONSE_BYTES_LIMIT} bytes (256 MiB)`
                : `${s.from} "${(0, redact_1.shown)(s.value)}" is not a whole number of bytes, 1024 or more`,
        });
        return zod_1.z.NEVER;
    }),
    createJournal: text,
    stateHome: text,
})
    // Checks that span settings; they run even when a single setting was invalid, so that every
    // problem is reported at once.
    .superRefine((raw, ctx) => {
    if (raw.token === undefined && (raw.username === undefined) !== (raw.password === undefined))
        ctx.addIssue({
            code: "custom",
            message: `${raw.username === undefined ? "IONOS_USERNAME" : "IONOS_PASSWORD"} is not set: Basic authentication needs both IONOS_USERNAME and IONOS_PASSWORD (or set IONOS_TOKEN instead)`,
        });
    if (raw.token === undefined && raw.username === undefined && raw.password === undefined)
        ctx.addIssue({
            code: "custom",
            message: "no IONOS credentials: set IONOS_TOKEN (recommended), or IONOS_USERNAME and IONOS_PASSWORD, or the stack config ionoscloud:token",
        });
    for (const endpoint of [raw.apiUrl, raw.objectStorageUrl]) {
        const url = endpoint?.url;
        if (typeof url === "string" && (0, endpoints_1.sendsCredentialsInClear)(url) && !raw.allowInsecureHttp)
            ctx.addIssue({
                code: "custom",
                message: `${endpoint.from} "${url}" is plain http to a host that is not this machine, so the token or password would cross the network unencrypted: use https://, or set IONOS_ALLOW_INSECURE_HTTP=true for an emulator you trust on your network (e.g. in a sidecar container)`,
            });
    }
}, { when: () => true })
    .transform((raw) => {
    const auth = raw.token !== undefined
        ? { kind: "token", token: raw.token }
        : { kind: "basic", username: raw.username, password: raw.password };
    const contract = raw.contractNumber !== undefined ? { contractNumber: raw.contractNumber } : {};
    return {
        api: { baseUrl: raw.apiUrl?.url ?? exports.DEFAULT_API_URL, endpointSetting: "IONOS_API_URL", auth, ...contract },
        objectStorage: {
            baseUrl: raw.objectStorageUrl?.url ?? exports.DEFAULT_OBJECT_STORAGE_URL,
            endpointSetting: "IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT",
            auth,
            ...contract,
        },
        httpTimeoutMs: raw.httpTimeout,
        rateLimitWaitMs: raw.rateLimitWait,
        maxResponseBytes: raw.maxResponseBytes,
        wait: { ...poll_schedule_1.defaultWaitOptions, timeoutMs: raw.waitTimeout },
        create: {
            privilegeWaitMs: raw.privilegeWait,
            maxPosts: 5,
            resendDelayMs: 500,
            requestLogSettleMs: raw.requestLogSettle,
        },
        journalDir: raw.createJournal === "off"
            ? undefined
            : (raw.createJournal ??
                (0, node_path_1.join)(raw.stateHome ?? (0, node_path_1.join)((0, node_os_1.homedir)(), ".local", "state"), "pulumi-ionos-s3key", "pending-creates")),
    };
});
/**
 * Reads every setting from stack config and the environment, and reports every problem at once in
 * one `IonosConfigError`. Sends no request. Called when the provider or a lookup runs, never at
 * program time, so that no credential is captured into the serialized provider.
 *
 * | setting | stack config | environment | default |
 * | --- | --- | --- | --- |
 * | credentials | `ionoscloud:token` (or `:username` and `:password`) | `IONOS_TOKEN` (or `IONOS_USERNAME` and `IONOS_PASSWORD`) | none |
 * | endpoint | `ionoscloud:endpoint` | `IONOS_API_URL` | `https://api.ionos.com/cloudapi/v6` |
 * | access-key endpoint | `pulumi-ionos-s3key:objectStorageEndpoint` | `IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT` | `https://s3.ionos.com` |
 * | contract | `ionoscloud:contractNumber` | `IONOS_CONTRACT_NUMBER` | none |
 * | waits, timeouts, journal | | `IONOS_WAIT_TIMEOUT`, `IONOS_PRIVILEGE_WAIT`, `IONOS_HTTP_TIMEOUT`, `IONOS_REQUEST_LOG_SETTLE`, `IONOS_RATE_LIMIT_WAIT` (seconds), `IONOS_MAX_RESPONSE_BYTES`, `IONOS_CREATE_JOURNAL` | 600, 300, 60, 30, 300, 1 MiB, `$XDG_STATE_HOME/pulumi-ionos-s3key/pending-creates` |
 *
 * (The dynamic provider host does not pass Pulumi's customTimeouts to providers, so the waits are
 * environment settings.)
 */
function readConfig(sources = {}) {
    const env = sources.env ?? process.env;
    const raw = {};
    for (const [name, source] of Object.entries(SOURCES)) {
        const fromConfig = source.config !== undefined ? sources.stackConfig?.get(source.config)?.trim() : undefined;
        const fromEnv = env[source.env]?.trim();
        if (fromConfig)
            raw[name] = { value: fromConfig, from: source.config };
        else if (fromEnv)
            raw[name] = { value: fromEnv, from: source.env };
    }
    const proxy = Object.fromEntries(PROXY_SETTINGS.map((name) => [name, env[name]]));
    const proxyProblems = PROXY_SETTINGS.filter((name) => !name.toLowerCase().startsWith("no_"))
        .filter((name) => env[name]?.trim() && (0, proxy_from_environment_1.proxyUrl)(env[name].trim()) === undefined)
        .map((name) => `${name} "${(0, redact_1.shown)((0, redact_1.displayUrl)(env[name].trim()))}" is not a proxy URL: give e.g. http://proxy.example.com:3128`);
    const parsed = ConfigSchema.safeParse(raw);
    const problems = [...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)), ...proxyProblems];
    if (!parsed.success || problems.length > 0)
        throw new errors_1.IonosConfigError(problems);
    return { ...parsed.data, proxy };
}
//# sourceMappingURL=config.js.map