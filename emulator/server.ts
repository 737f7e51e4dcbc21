import type { IncomingMessage, ServerResponse } from "node:http";
import { authenticate, type Principal } from "./auth";
import { decideFaults } from "./fault-decision";
import { errors, type Reply } from "./ionos-errors";
import { AccessKeyEndpoints } from "./accesskey-endpoints";
import { KeyEndpoints } from "./key-endpoints";
import type { EmulatorOptions } from "./options";
import { RateLimiter } from "./rate-limiter";
import { requestRoutes } from "./requests-api";
import { matchRoute, type RouteDef } from "./routes";
import { accountOwner, contractRoutes } from "./accounts";
import { Controls } from "./controls";
import { readBody, writeReply } from "./http-io";
import { Store, type WriteRecord } from "./store";

export type { InjectedFault } from "./fault-decision";

/** One line of the request log. */
export interface LogEntry {
  /** The HTTP method. */
  readonly method: string;
  /** The path and query. */
  readonly path: string;
  /** 0 when the connection was dropped without an answer. */
  status: number;
  /** Epoch ms when the request arrived. */
  readonly startedAt: number;
  /** How long it took to answer (or drop). */
  durationMs: number;
  /** `dropped-after-write`: the write happened, the client got no answer. */
  outcome: "answered" | "dropped" | "dropped-after-write";
  /** The async request a write started. */
  requestId?: string;
}

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

/** What a request comes to: an answer, or a dropped connection (after the write was applied, or not). */
type Outcome = { reply: Reply; pretty?: boolean; requestId?: string } | { drop: true; applied: boolean };

/** Handles every HTTP request: limits, auth, faults, then the IONOS endpoints. */
export class EmulatorHandler {
  readonly store: Store;
  readonly log: LogEntry[] = [];
  /** What tests and options steer: clock, request delay, one-off faults, failures, privileges. */
  readonly controls: Controls;
  /** The Object Storage Management API's access keys. */
  readonly accessKeys: AccessKeyEndpoints;
  origin = "";
  private readonly limiter: RateLimiter;
  /** Every endpoint of both APIs, as data (see routes.ts). */
  private readonly routes: readonly RouteDef[];

  constructor(
    private readonly options: EmulatorOptions,
    readonly now: () => number = Date.now,
    store?: Store,
  ) {
    this.store = store ?? new Store(options.stateFile);
    this.controls = new Controls(options, now);
    const keys = new KeyEndpoints({ store: this.store, options, controls: this.controls, origin: () => this.origin });
    this.accessKeys = new AccessKeyEndpoints({ store: this.store, options, controls: this.controls });
    this.routes = [
      ...keys.routes(),
      ...requestRoutes(this.store.requests, () => this.origin, now),
      ...this.accessKeys.routes((call) => accountOwner(call.contract)),
      ...contractRoutes(options),
    ];
    for (const user of options.users) this.store.users.add(user);
    // A state file from before accounts: its access keys are the emulator's own contract's.
    for (const [id, key] of this.store.accessKeys)
      if (key.owner === "emulator-account")
        this.store.accessKeys.set(id, { ...key, owner: accountOwner(options.contractNumber) });
    this.limiter = new RateLimiter(options.rateLimitPerMinute, options.rateLimitBurst, now);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const entry: LogEntry = {
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
    const principal = authenticate(req.headers.authorization, this.options);
    if (principal === undefined) return this.refuse(req, res, entry);
    // The body next, within its deadline: a client that trickles it holds no rate-limit slot.
    const body = await readBody(req, this.options.bodyTimeoutMs);
    if (body === "timeout") {
      this.answer(entry, res, errors.bodyTimeout(Math.ceil(this.options.bodyTimeoutMs / 1000)), {}, true);
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
      this.answer(entry, res, errors.rateLimited(Math.max(1, Math.ceil(slot.retryAfterMs / 1000))), rateHeaders, true);
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
    } catch (error) {
      this.answer(entry, res, errors.serverError(500), rateHeaders, true);
      process.stderr.write(`ionos-emulator: internal error: ${String(error)}\n`);
    } finally {
      this.limiter.release();
    }
  }

  /**
   * 401 at once; whatever body follows is discarded as it arrives (never held), and a client still
   * sending it a second after the answer is cut off, so unauthenticated load costs no memory.
   */
  private refuse(req: IncomingMessage, res: ServerResponse, entry: LogEntry): void {
    req.resume();
    res.setHeader("Connection", "close");
    const limits = {
      "X-RateLimit-Limit": String(this.options.rateLimitPerMinute),
      "X-RateLimit-Burst": String(this.options.rateLimitBurst),
    };
    this.answer(entry, res, errors.unauthorized(), limits, true);
    if (req.complete) return;
    const cut = setTimeout(() => req.socket.destroy(), 1000).unref();
    req.once("end", () => clearTimeout(cut));
  }

  private answer(
    entry: LogEntry,
    res: ServerResponse,
    reply: Reply,
    rateHeaders: Record<string, string>,
    pretty: boolean,
  ) {
    entry.durationMs = this.now() - entry.startedAt;
    entry.status = reply.status;
    // The emulator's own clock, as IONOS's answers carry IONOS's: a test can set it minutes off.
    writeReply(res, reply, { Date: new Date(this.now()).toUTCString(), ...rateHeaders }, pretty);
  }

  /** The stages, in order: URL, auth, faults, body, route, validation, endpoint, faults after the write. */
  private async process(req: IncomingMessage, body: string | undefined, principal: Principal): Promise<Outcome> {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://emulator");
    } catch {
      return { reply: errors.malformedRequest("the request target is not a valid URL") };
    }
    const pretty = url.searchParams.get("pretty") !== "false";

    const method = (req.method ?? "").toUpperCase();
    const faults = decideFaults(this.options.faults, this.controls.random, () => this.controls.takeInjected(method));
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    if (faults.before?.kind === "drop") return { drop: true, applied: false };
    if (faults.before?.kind === "status") return { reply: faultReply(faults.before.status), pretty };

    if (body === undefined) return { reply: errors.bodyTooLarge(), pretty };
    const checked = this.validate(req, url, method);
    if ("reply" in checked) return { reply: checked.reply, pretty };
    const isWrite = method !== "GET";
    if (isWrite && principal.kind === "restricted") return { reply: errors.forbidden(), pretty };

    const result = checked.route.handler({
      params: checked.params,
      method,
      body,
      contentType: req.headers["content-type"],
      depth: checked.depth,
      url,
      contract: principal.contract,
      record: () => this.record(req, url, body, principal.contract),
    });
    const after = faults.afterWrite;
    const applied = result.requestId !== undefined || result.wrote === true;
    if (after === undefined || (after.kind === "drop" && after.drawn && !applied)) return { ...result, pretty };
    if (after.kind === "drop") return { drop: true, applied: true };
    return { reply: faultReply(after.status), pretty, requestId: result.requestId };
  }

  /** The route, method, depth and headers, checked; or the IONOS error for the first that is wrong. */
  private validate(
    req: IncomingMessage,
    url: URL,
    method: string,
  ): { route: RouteDef; params: Record<string, string>; depth: number } | { reply: Reply } {
    const match = matchRoute(this.routes, method, url.pathname);
    if (match === "bad") return { reply: errors.malformedRequest("the path is not valid percent-encoding") };
    if (match === undefined) return { reply: errors.pathNotFound(url.pathname) };
    if ("allowed" in match) return { reply: errors.methodNotAllowed(method, match.allowed) };
    const depthRaw = url.searchParams.get("depth") ?? "0";
    const depth = Number(depthRaw);
    if (!/^\d+$/.test(depthRaw) || depth > 10)
      return { reply: errors.invalid("depth", `"${depthRaw}" is not an integer from 0 to 10`) };
    const contract = req.headers["x-contract-number"];
    if (contract !== undefined && !/^\d{1,10}$/.test(String(contract)))
      return { reply: errors.invalid("X-Contract-Number", "it must be an integer") };
    return { route: match.route, params: match.params, depth };
  }

  /** What the Requests API will show of this write; never the Authorization header. */
  private record(req: IncomingMessage, url: URL, body: string, contract: number): WriteRecord {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (name === "authorization" || value === undefined) continue;
      if (!this.options.recordCustomHeaders && !STANDARD_HEADERS.has(name)) continue;
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    return {
      url: `${this.origin}${url.pathname}${url.search}`.slice(0, 2048),
      headers,
      body: body.slice(0, 4096),
      createdBy: this.options.username,
      contract,
    };
  }
}

/** The answer for an injected status: 429 with `Retry-After: 1`, or an IONOS-shaped 5xx. */
function faultReply(status: number): Reply {
  return status === 429 ? errors.rateLimited(1) : errors.serverError(status);
}
