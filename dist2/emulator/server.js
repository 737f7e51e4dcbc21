"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EmulatorHandler = exports.ACCOUNT = void 0;
const auth_1 = require("./auth");
const fault_decision_1 = require("./fault-decision");
const ionos_errors_1 = require("./ionos-errors");
const accesskey_endpoints_1 = require("./accesskey-endpoints");
const key_endpoints_1 = require("./key-endpoints");
const rate_limiter_1 = require("./rate-limiter");
const requests_api_1 = require("./requests-api");
const routes_1 = require("./routes");
const controls_1 = require("./controls");
const http_io_1 = require("./http-io");
const store_1 = require("./store");
/** The owner of the access keys made through the emulator's credentials. */
exports.ACCOUNT = "emulator-account";
/** Headers every HTTP client sends; with `recordCustomHeaders: false` the Requests API records only these. */
const STANDARD_HEADERS = new Set([
    "accept",
    "accept-encoding",
    "connection",
    "content-length",
    "content-type",
    "host",
    "user-agent",
    "x-contract-number",
]);
/** Handles every HTTP request: limits, auth, faults, then the IONOS endpoints. */
class EmulatorHandler {
    options;
    now;
    store;
    log = [];
    /** What tests and options steer: clock, request delay, one-off faults, failures, privileges. */
    controls;
    /** The Object Storage Management API's access keys. */
    accessKeys;
    origin = "";
    limiter;
    /** Every endpoint of both APIs, as data (see routes.ts). */
    routes;
    constructor(options, now = Date.now) {
        this.options = options;
        this.now = now;
        this.store = new store_1.Store(options.stateFile);
        this.controls = new controls_1.Controls(options, now);
        const keys = new key_endpoints_1.KeyEndpoints({ store: this.store, options, controls: this.controls, origin: () => this.origin });
        this.accessKeys = new accesskey_endpoints_1.AccessKeyEndpoints({ store: this.store, options, controls: this.controls });
        this.routes = [
            ...keys.routes(),
            ...(0, requests_api_1.requestRoutes)(this.store.requests, () => this.origin, now),
            ...this.accessKeys.routes(exports.ACCOUNT),
        ];
        for (const user of options.users)
            this.store.users.add(user);
        this.limiter = new rate_limiter_1.RateLimiter(options.rateLimitPerMinute, options.rateLimitBurst, now);
    }
    async handle(req, res) {
        const entry = {
            method: req.method ?? "?",
            // A copy, not a slice: a slice of the URL would keep the whole URL alive for as long as the log.
            path: Buffer.from((req.url ?? "").split("?")[0].slice(0, 512), "utf8").toString("utf8"),
            status: 0,
            startedAt: this.now(),
            durationMs: 0,
            outcome: "answered",
        };
        this.log.push(entry);
        // Past the limit, the oldest tenth goes at once (one splice per many requests, not one each).
        if (this.log.length > this.options.logLimit)
            this.log.splice(0, this.log.length - Math.floor(this.options.logLimit * 0.9));
        // Credentials before anything is read: an unauthenticated request's body is never buffered.
        const principal = (0, auth_1.authenticate)(req.headers.authorization, this.options);
        if (principal === undefined)
            return this.refuse(req, res, entry);
        // The body next, within its deadline: a client that trickles it holds no rate-limit slot.
        const body = await (0, http_io_1.readBody)(req, this.options.bodyTimeoutMs);
        if (body === "timeout") {
            this.answer(entry, res, ionos_errors_1.errors.bodyTimeout(Math.ceil(this.options.bodyTimeoutMs / 1000)), {}, true);
            res.once("finish", () => req.socket.destroy());
            return;
        }
        const slot = this.limiter.acquire();
        const rateHeaders = {
            "X-RateLimit-Limit": String(this.options.rateLimitPerMinute),
            "X-RateLimit-Burst": String(this.options.rateLimitBurst),
            "X-RateLimit-Remaining": String(Math.min(slot.remaining, 1_000_000)),
        };
        if (!slot.ok) {
            this.answer(entry, res, ionos_errors_1.errors.rateLimited(Math.max(1, Math.ceil(slot.retryAfterMs / 1000))), rateHeaders, true);
            return;
        }
        try {
            const outcome = await this.process(req, body, principal);
            if ("drop" in outcome) {
                entry.durationMs = this.now() - entry.startedAt;
                entry.outcome = outcome.applied ? "dropped-after-write" : "dropped";
                req.socket.destroy();
                return;
            }
            entry.requestId = outcome.requestId;
            this.answer(entry, res, outcome.reply, rateHeaders, outcome.pretty ?? true);
        }
        catch (error) {
            this.answer(entry, res, ionos_errors_1.errors.serverError(500), rateHeaders, true);
            process.stderr.write(`ionos-emulator: internal error: ${String(error)}\n`);
        }
        finally {
            this.limiter.release();
        }
    }
    /**
     * 401 at once; whatever body follows is discarded as it arrives (never held), and a client still
     * sending it a second after the answer is cut off, so unauthenticated load costs no memory.
     */
    refuse(req, res, entry) {
        req.resume();
        res.setHeader("Connection", "close");
        const limits = {
            "X-RateLimit-Limit": String(this.options.rateLimitPerMinute),
            "X-RateLimit-Burst": String(this.options.rateLimitBurst),
        };
        this.answer(entry, res, ionos_errors_1.errors.unauthorized(), limits, true);
        if (req.complete)
            return;
        const cut = setTimeout(() => req.socket.destroy(), 1000).unref();
        req.once("end", () => clearTimeout(cut));
    }
    answer(entry, res, reply, rateHeaders, pretty) {
        entry.durationMs = this.now() - entry.startedAt;
        entry.status = reply.status;
        // The emulator's own clock, as IONOS's answers carry IONOS's: a test can set it minutes off.
        (0, http_io_1.writeReply)(res, reply, { Date: new Date(this.now()).toUTCString(), ...rateHeaders }, pretty);
    }
    /** The stages, in order: URL, auth, faults, body, route, validation, endpoint, faults after the write. */
    async process(req, body, principal) {
        let url;
        try {
            url = new URL(req.url ?? "/", "http://emulator");
        }
        catch {
            return { reply: ionos_errors_1.errors.malformedRequest("the request target is not a valid URL") };
        }
        const pretty = url.searchParams.get("pretty") !== "false";
        const method = (req.method ?? "").toUpperCase();
        const faults = (0, fault_decision_1.decideFaults)(this.options.faults, this.controls.random, () => this.controls.takeInjected(method));
        if (faults.latencyMs > 0)
            await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
        if (faults.before?.kind === "drop")
            return { drop: true, applied: false };
        if (faults.before?.kind === "status")
            return { reply: faultReply(faults.before.status), pretty };
        if (body === undefined)
            return { reply: ionos_errors_1.errors.bodyTooLarge(), pretty };
        const checked = this.validate(req, url, method);
        if ("reply" in checked)
            return { reply: checked.reply, pretty };
        const isWrite = method !== "GET";
        if (isWrite && principal === "restricted")
            return { reply: ionos_errors_1.errors.forbidden(), pretty };
        const result = checked.route.handler({
            params: checked.params,
            method,
            body,
            contentType: req.headers["content-type"],
            depth: checked.depth,
            url,
            record: () => this.record(req, url, body),
        });
        const after = faults.afterWrite;
        const applied = result.requestId !== undefined || result.wrote === true;
        if (after === undefined || (after.kind === "drop" && after.drawn && !applied))
            return { ...result, pretty };
        if (after.kind === "drop")
            return { drop: true, applied: true };
        return { reply: faultReply(after.status), pretty, requestId: result.requestId };
    }
    /** The route, method, depth and headers, checked; or the IONOS error for the first that is wrong. */
    validate(req, url, method) {
        const match = (0, routes_1.matchRoute)(this.routes, method, url.pathname);
        if (match === "bad")
            return { reply: ionos_errors_1.errors.malformedRequest("the path is not valid percent-encoding") };
        if (match === undefined)
            return { reply: ionos_errors_1.errors.pathNotFound(url.pathname) };
        if ("allowed" in match)
            return { reply: ionos_errors_1.errors.methodNotAllowed(method, match.allowed) };
        const depthRaw = url.searchParams.get("depth") ?? "0";
        const depth = Number(depthRaw);
        if (!/^\d+$/.test(depthRaw) || depth > 10)
            return { reply: ionos_errors_1.errors.invalid("depth", `"${depthRaw}" is not an integer from 0 to 10`) };
        const contract = req.headers["x-contract-number"];
        if (contract !== undefined && !/^\d{1,10}$/.test(String(contract)))
            return { reply: ionos_errors_1.errors.invalid("X-Contract-Number", "it must be an integer") };
        return { route: match.route, params: match.params, depth };
    }
    /** What the Requests API will show of this write; never the Authorization header. */
    record(req, url, body) {
        const headers = {};
        for (const [name, value] of Object.entries(req.headers)) {
            if (name === "authorization" || value === undefined)
                continue;
            if (!this.options.recordCustomHeaders && !STANDARD_HEADERS.has(name))
                continue;
            headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        return {
            url: `${this.origin}${url.pathname}${url.search}`.slice(0, 2048),
            headers,
            body: body.slice(0, 4096),
            createdBy: this.options.username,
        };
    }
}
exports.EmulatorHandler = EmulatorHandler;
/** The answer for an injected status: 429 with `Retry-After: 1`, or an IONOS-shaped 5xx. */
function faultReply(status) {
    return status === 429 ? ionos_errors_1.errors.rateLimited(1) : ionos_errors_1.errors.serverError(status);
}
//# sourceMappingURL=server.js.map