import type { IncomingMessage, ServerResponse } from "node:http";
import { errors, type Reply } from "./ionos-errors";
import type { EmulatorOptions } from "./options";
import { RateLimiter } from "./rate-limiter";
import { seededRandom } from "./seeded-random";
import { listReply, requestReply, statusReply } from "./requests-api";
import { Store, type StoredKey, type WriteRecord } from "./store";

/** One line of the request log. */
export interface LogEntry {
  readonly method: string;
  readonly path: string;
  /** 0 when the connection was dropped without an answer. */
  status: number;
  readonly startedAt: number;
  durationMs: number;
  /** `dropped-after-write`: the write happened, the client got no answer. */
  outcome: "answered" | "dropped" | "dropped-after-write";
  /** The async request a write started. */
  requestId?: string;
}

const BASE = "/cloudapi/v6";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BODY = 1 << 20;

/** A one-off fault: drop the connection (before or after applying a write), or answer a status instead. */
export interface InjectedFault {
  readonly method?: string;
  readonly kind: "drop" | "drop-after-write" | "status";
  /** For `status`: the answer; with `afterWrite`, the write is applied first. */
  readonly status?: number;
  readonly afterWrite?: boolean;
}

type Route =
  | { kind: "keys"; userId: string }
  | { kind: "key"; userId: string; keyId: string }
  | { kind: "sso"; userId: string }
  | { kind: "requests" }
  | { kind: "request"; requestId: string }
  | { kind: "request-status"; requestId: string };

const ALLOWED: Record<Route["kind"], readonly string[]> = {
  keys: ["GET", "POST"],
  key: ["GET", "PUT", "DELETE"],
  sso: ["GET"],
  requests: ["GET"],
  request: ["GET"],
  "request-status": ["GET"],
};

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
export class EmulatorHandler {
  readonly store: Store;
  readonly log: LogEntry[] = [];
  /** Writes whose async request must end FAILED, next first; `method` limits one to that method. */
  readonly failNext: Array<{ message: string; method?: string }> = [];
  readonly privilegeUntil = new Map<string, number>();
  /** One-off faults for the next matching request, next first. */
  readonly injected: InjectedFault[] = [];
  requestDelayMs: number;
  private readonly limiter: RateLimiter;
  private readonly random: () => number;
  origin = "";

  constructor(
    private readonly options: EmulatorOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new Store(options.stateFile);
    for (const user of options.users) this.store.users.add(user);
    this.requestDelayMs = options.requestDelayMs;
    this.limiter = new RateLimiter(options.rateLimitPerMinute, options.rateLimitBurst, now);
    this.random = seededRandom(options.faults.seed);
    const start = now();
    for (const [user, ms] of Object.entries(options.privilegeDelays)) this.privilegeUntil.set(user, start + ms);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const entry: LogEntry = {
      method: req.method ?? "?",
      path: (req.url ?? "").split("?")[0].slice(0, 512),
      status: 0,
      startedAt: this.now(),
      durationMs: 0,
      outcome: "answered",
    };
    this.log.push(entry);
    // Past the limit, the oldest tenth goes at once (one splice per many requests, not one each).
    if (this.log.length > this.options.logLimit)
      this.log.splice(0, this.log.length - Math.floor(this.options.logLimit * 0.9));
    const slot = this.limiter.acquire();
    const rateHeaders = {
      "X-RateLimit-Limit": String(this.options.rateLimitPerMinute),
      "X-RateLimit-Burst": String(this.options.rateLimitBurst),
      "X-RateLimit-Remaining": String(Math.min(slot.remaining, 1_000_000)),
    };
    const finish = (reply: Reply | "drop", pretty = true) => {
      entry.durationMs = this.now() - entry.startedAt;
      if (reply === "drop") {
        req.socket.destroy();
        return;
      }
      entry.status = reply.status;
      const body = reply.body === undefined ? "" : JSON.stringify(reply.body, null, pretty ? 2 : undefined);
      res.writeHead(reply.status, {
        ...rateHeaders,
        ...(body ? { "Content-Type": "application/json" } : {}),
        "Content-Length": String(Buffer.byteLength(body)),
        ...reply.headers,
      });
      res.end(body);
    };
    if (!slot.ok) {
      req.resume();
      finish(errors.rateLimited(Math.max(1, Math.ceil(slot.retryAfterMs / 1000))));
      return;
    }
    try {
      const result = await this.process(req, entry);
      if (result.drop) entry.outcome = result.applied ? "dropped-after-write" : "dropped";
      finish(result.drop ? "drop" : result.reply, result.pretty);
    } catch (error) {
      finish(errors.serverError(500));
      process.stderr.write(`ionos-emulator: internal error: ${String(error)}\n`);
    } finally {
      this.limiter.release();
    }
  }

  private async process(
    req: IncomingMessage,
    entry: LogEntry,
  ): Promise<{ reply: Reply; drop?: boolean; applied?: boolean; pretty?: boolean }> {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://emulator");
    } catch {
      req.resume();
      return { reply: errors.malformedRequest("the request target is not a valid URL") };
    }
    const pretty = url.searchParams.get("pretty") !== "false";
    if (!this.authorized(req.headers.authorization)) {
      req.resume();
      return { reply: errors.unauthorized(), pretty };
    }

    const faults = this.options.faults;
    const latency = faults.latencyMs + (faults.latencyJitterMs > 0 ? this.random() * faults.latencyJitterMs : 0);
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (faults.rateLimitRate > 0 && this.random() < faults.rateLimitRate) {
      req.resume();
      return { reply: errors.rateLimited(1), pretty };
    }
    if (faults.dropRate > 0 && this.random() < faults.dropRate) return { reply: errors.serverError(500), drop: true };
    if (faults.errorRate > 0 && this.random() < faults.errorRate) {
      req.resume();
      return { reply: errors.serverError(this.random() < 0.5 ? 500 : 503), pretty };
    }

    const method = (req.method ?? "").toUpperCase();
    const faultIndex = this.injected.findIndex((f) => f.method === undefined || f.method === method);
    const fault = faultIndex >= 0 ? this.injected.splice(faultIndex, 1)[0] : undefined;
    if (fault?.kind === "drop") return { reply: errors.serverError(500), drop: true };
    if (fault?.kind === "status" && !fault.afterWrite) {
      req.resume();
      return { reply: errors.serverError(fault.status ?? 500), pretty };
    }

    const body = await readBody(req);
    if (body === undefined) return { reply: errors.bodyTooLarge(), pretty };

    const route = parseRoute(url.pathname);
    if (route === "bad") return { reply: errors.malformedRequest("the path is not valid percent-encoding"), pretty };
    if (route === undefined) return { reply: errors.pathNotFound(url.pathname), pretty };
    if (!ALLOWED[route.kind].includes(method))
      return { reply: errors.methodNotAllowed(method, ALLOWED[route.kind]), pretty };

    const depthRaw = url.searchParams.get("depth") ?? "0";
    const depth = Number(depthRaw);
    if (!/^\d+$/.test(depthRaw) || depth > 10)
      return { reply: errors.invalid("depth", `"${depthRaw}" is not an integer from 0 to 10`), pretty };
    const contract = req.headers["x-contract-number"];
    if (contract !== undefined && !/^\d{1,10}$/.test(String(contract))) {
      return { reply: errors.invalid("X-Contract-Number", "it must be an integer"), pretty };
    }

    const isWrite = method !== "GET";
    if (isWrite && req.headers.authorization === `Bearer ${this.options.restrictedToken}`)
      return { reply: errors.forbidden(), pretty };
    const reply = this.route(route, method, body, req.headers["content-type"], depth, url, this.record(req, url, body));
    entry.requestId = reply.requestId;
    if (fault?.kind === "drop-after-write") return { reply: reply.reply, drop: true, applied: true };
    if (fault?.kind === "status") return { reply: errors.serverError(fault.status ?? 500), pretty };
    if (
      isWrite &&
      reply.requestId !== undefined &&
      faults.dropAfterWriteRate > 0 &&
      this.random() < faults.dropAfterWriteRate
    ) {
      return { reply: reply.reply, drop: true, applied: true };
    }
    return { reply: reply.reply, pretty };
  }

  private route(
    route: Route,
    method: string,
    body: string,
    contentType: string | undefined,
    depth: number,
    url: URL,
    record: WriteRecord,
  ): { reply: Reply; requestId?: string } {
    const requests = this.store.requests;
    if (route.kind === "requests")
      return { reply: listReply(requests.values(), url.searchParams, depth, this.origin, this.now()) };
    if (route.kind === "request")
      return { reply: requestReply(requests.get(route.requestId), route.requestId, depth, this.origin, this.now()) };
    if (route.kind === "request-status")
      return { reply: statusReply(requests.get(route.requestId), route.requestId, this.origin, this.now()) };
    const userError = this.checkUser(route.userId);
    if (userError) return { reply: userError };
    const now = this.now();
    switch (route.kind) {
      case "sso":
        return {
          reply: {
            status: 200,
            body: { ssoUrl: `${this.origin}/ssosecurelogin.htm?user=${encodeURIComponent(route.userId)}` },
          },
        };
      case "keys":
        if (method === "GET") {
          const items = this.store
            .keysOf(route.userId)
            .filter((k) => k.visibleAt <= now)
            .map((k) => this.keyBody(k, depth >= 1));
          return {
            reply: {
              status: 200,
              body: { id: `${route.userId}/s3keys`, type: "collection", href: this.href(route.userId), items },
            },
          };
        }
        return this.createKey(route.userId, now, record);
      case "key": {
        const key = this.store.keys.get(route.keyId);
        if (key === undefined || key.userId !== route.userId || key.visibleAt > now)
          return { reply: errors.keyNotFound(this.options.keyNotFoundStatus) };
        if (method === "GET") return { reply: { status: 200, body: this.keyBody(key, true) } };
        if (method === "DELETE") {
          const request = this.newRequest("DELETE", key, record);
          if (!request.failure) {
            this.store.keys.delete(key.id);
            this.store.save();
          }
          return { reply: { status: 202, headers: this.location(request.id) }, requestId: request.id };
        }
        return this.putKey(key, body, contentType, now, record);
      }
    }
  }

  private createKey(userId: string, now: number, record: WriteRecord): { reply: Reply; requestId?: string } {
    if ((this.privilegeUntil.get(userId) ?? 0) > now) return { reply: errors.noPrivilege() };
    if (this.store.keysOf(userId).length >= this.options.maxKeysPerUser)
      return { reply: errors.tooManyKeys(this.options.maxKeysPerUser) };
    const key = this.store.newKey(userId, now, now + this.options.visibilityDelayMs);
    const request = this.newRequest("POST", key, record);
    if (!request.failure) {
      this.store.keys.set(key.id, key);
      this.store.save();
    }
    return {
      reply: { status: 202, body: this.keyBody(key, true), headers: this.location(request.id) },
      requestId: request.id,
    };
  }

  private putKey(
    key: StoredKey,
    body: string,
    contentType: string | undefined,
    now: number,
    record: WriteRecord,
  ): { reply: Reply; requestId?: string } {
    if (contentType !== undefined && !/json/i.test(contentType))
      return { reply: errors.unsupportedMediaType(contentType) };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      return { reply: errors.malformedJson(error instanceof Error ? error.message : "unreadable") };
    }
    const properties = (parsed as { properties?: unknown } | null)?.properties;
    if (typeof properties !== "object" || properties === null)
      return { reply: errors.invalid("properties", 'the body must be {"properties": {"active": true|false}}') };
    const active = (properties as { active?: unknown }).active;
    if (typeof active !== "boolean")
      return {
        reply: errors.invalid("properties.active", `expected a boolean, got ${JSON.stringify(active) ?? "nothing"}`),
      };
    const request = this.newRequest("PUT", key, record);
    if (!request.failure) {
      key.active = active;
      this.store.touch(key, now);
      this.store.save();
    }
    return {
      reply: { status: 202, body: this.keyBody(key, true), headers: this.location(request.id) },
      requestId: request.id,
    };
  }

  /** What the Requests API will show of this write; never the Authorization header. */
  private record(req: IncomingMessage, url: URL, body: string): WriteRecord {
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
    };
  }

  private newRequest(method: string, key: StoredKey, record: WriteRecord) {
    const index = this.failNext.findIndex((f) => f.method === undefined || f.method === method);
    const injected = index >= 0 ? this.failNext.splice(index, 1)[0].message : undefined;
    const failure =
      injected ??
      (this.options.faults.failRequestRate > 0 && this.random() < this.options.faults.failRequestRate
        ? "Injected failure: the request could not be processed."
        : undefined);
    const timing = { now: this.now(), delayMs: this.requestDelayMs, listLagMs: this.options.requestListLagMs };
    return this.store.newRequest(method, this.href(key.userId, key.id), timing, record, failure);
  }

  private checkUser(userId: string): Reply | undefined {
    if (this.store.users.has(userId)) return undefined;
    if (this.options.users.length === 0 && UUID.test(userId)) {
      this.store.users.add(userId);
      return undefined;
    }
    return errors.userNotFound(userId);
  }

  private authorized(header: string | undefined): boolean {
    if (header === undefined) return false;
    if (header === `Bearer ${this.options.token}` || header === `Bearer ${this.options.restrictedToken}`) return true;
    const basic = /^Basic (.+)$/.exec(header);
    return (
      basic !== null &&
      Buffer.from(basic[1], "base64").toString() === `${this.options.username}:${this.options.password}`
    );
  }

  private keyBody(key: StoredKey, withProperties: boolean) {
    const ref = { id: key.id, type: "s3key", href: this.href(key.userId, key.id) };
    return withProperties
      ? { ...ref, metadata: this.store.metadata(key), properties: { secretKey: key.secretKey, active: key.active } }
      : ref;
  }

  private href(userId: string, keyId?: string): string {
    return `${this.origin}${BASE}/um/users/${userId}/s3keys${keyId ? `/${keyId}` : ""}`;
  }

  private location(requestId: string): Record<string, string> {
    return { Location: `${this.origin}${BASE}/requests/${requestId}/status` };
  }
}

function parseRoute(pathname: string): Route | undefined | "bad" {
  if (!pathname.startsWith(`${BASE}/`)) return undefined;
  let parts: string[];
  try {
    parts = pathname
      .slice(BASE.length + 1)
      .split("/")
      .map(decodeURIComponent);
  } catch {
    return "bad";
  }
  if (parts.some((p) => p === "")) return undefined;
  if (parts[0] === "requests") {
    if (parts.length === 1) return { kind: "requests" };
    if (parts.length === 2) return { kind: "request", requestId: parts[1] };
    if (parts.length === 3 && parts[2] === "status") return { kind: "request-status", requestId: parts[1] };
    return undefined;
  }
  if (parts[0] !== "um" || parts[1] !== "users" || parts.length < 4) return undefined;
  const userId = parts[2];
  if (parts.length === 4 && parts[3] === "s3keys") return { kind: "keys", userId };
  if (parts.length === 4 && parts[3] === "s3ssourl") return { kind: "sso", userId };
  if (parts.length === 5 && parts[3] === "s3keys") return { kind: "key", userId, keyId: parts[4] };
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(undefined));
  });
}
