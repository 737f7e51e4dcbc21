import { z } from "zod";
import { UUID } from "./ids";
import { parseJsonBody, shown } from "./json-body";
import { applyListOptions, readListOptions } from "./list-options";
import { errors, type Reply } from "./ionos-errors";
import type { EmulatorOptions } from "./options";
import { BASE, type Route } from "./routes";
import type { Store, StoredKey, WriteRecord } from "./store";

/** The one body PUT takes. */
const PutBodySchema = z.object(
  {
    properties: z.object(
      { active: z.boolean({ error: (i) => `expected a boolean, got ${shown(i.input)}` }) },
      { error: 'the body must be {"properties": {"active": true|false}}' },
    ),
  },
  { error: 'the body must be {"properties": {"active": true|false}}' },
);

/** What one endpoint answers, and the async request a write started. */
export interface EndpointResult {
  readonly reply: Reply;
  readonly requestId?: string;
  /** A write was applied that started no async request (the access-key API). */
  readonly wrote?: boolean;
}

/** What the key endpoints need from the emulator around them. */
export interface EndpointContext {
  readonly store: Store;
  readonly options: EmulatorOptions;
  readonly now: () => number;
  readonly origin: () => string;
  readonly requestDelayMs: () => number;
  readonly privilegeUntil: ReadonlyMap<string, number>;
  /** The failure message for the next write of `method`, if one is due (injected or drawn). */
  readonly failureFor: (method: string) => string | undefined;
}

/** What a key list filters and orders by: the key's id, its properties and its metadata's dates and etag. */
const KEY_PROPERTIES = ["id", "active", "secretKey", "createdDate", "lastModifiedDate", "etag"];

function keyProperty(key: StoredKey, property: string): string {
  return String(key[property as keyof StoredKey] ?? "");
}

/** The `/um/users/{userId}/s3keys…` and `/s3ssourl` endpoints. */
export class KeyEndpoints {
  constructor(private readonly ctx: EndpointContext) {}

  handle(
    route: Extract<Route, { userId: string }>,
    method: string,
    body: string,
    contentType: string | undefined,
    depth: number,
    query: URLSearchParams,
    record: () => WriteRecord,
  ): EndpointResult {
    const userError = this.checkUser(route.userId);
    if (userError) return { reply: userError };
    const now = this.ctx.now();
    switch (route.kind) {
      case "sso":
        return {
          reply: {
            status: 200,
            body: { ssoUrl: `${this.ctx.origin()}/ssosecurelogin.htm?user=${encodeURIComponent(route.userId)}` },
          },
        };
      case "keys":
        return method === "GET"
          ? this.list(route.userId, depth, query, now)
          : this.create(route.userId, body, now, record);
      case "key": {
        const key = this.ctx.store.keys.get(route.keyId);
        if (key === undefined || key.userId !== route.userId || key.visibleAt > now)
          return { reply: errors.keyNotFound(this.ctx.options.keyNotFoundStatus) };
        if (method === "GET") return { reply: { status: 200, body: this.keyBody(key, true) } };
        if (method === "DELETE") return this.delete(key, record);
        return this.put(key, body, contentType, now, record);
      }
    }
  }

  /** The user's visible keys, with IONOS's list options (`filter.<property>`, `orderBy`, `maxResults`). */
  private list(userId: string, depth: number, query: URLSearchParams, now: number): EndpointResult {
    const options = readListOptions(query, { properties: KEY_PROPERTIES });
    if ("reply" in options) return options;
    const visible = this.ctx.store.keysOf(userId).filter((k) => k.visibleAt <= now);
    const items = applyListOptions(visible, options, keyProperty).map((k) => this.keyBody(k, depth >= 1));
    return {
      reply: { status: 200, body: { id: `${userId}/s3keys`, type: "collection", href: this.href(userId), items } },
    };
  }

  /** The POST takes no body: none, or any JSON, is accepted; a body that is not JSON is a 400, as for PUT. */
  private create(userId: string, body: string, now: number, record: () => WriteRecord): EndpointResult {
    if (body.trim() !== "") {
      const read = parseJsonBody(body);
      if ("reply" in read) return { reply: read.reply };
    }
    if ((this.ctx.privilegeUntil.get(userId) ?? 0) > now) return { reply: errors.noPrivilege() };
    if (this.ctx.store.keysOf(userId).length >= this.ctx.options.maxKeysPerUser)
      return { reply: errors.tooManyKeys(this.ctx.options.maxKeysPerUser) };
    const key = this.ctx.store.newKey(userId, now, now + this.ctx.options.visibilityDelayMs);
    const request = this.newRequest("POST", key, record);
    if (!request.failure) {
      this.ctx.store.keys.set(key.id, key);
      this.ctx.store.save();
    }
    return {
      reply: { status: 202, body: this.keyBody(key, true), headers: this.location(request.id) },
      requestId: request.id,
    };
  }

  private delete(key: StoredKey, record: () => WriteRecord): EndpointResult {
    const request = this.newRequest("DELETE", key, record);
    if (!request.failure) {
      this.ctx.store.keys.delete(key.id);
      this.ctx.store.save();
    }
    return { reply: { status: 202, headers: this.location(request.id) }, requestId: request.id };
  }

  private put(
    key: StoredKey,
    body: string,
    contentType: string | undefined,
    now: number,
    record: () => WriteRecord,
  ): EndpointResult {
    if (contentType !== undefined && !/json/i.test(contentType))
      return { reply: errors.unsupportedMediaType(contentType) };
    const read = parseJsonBody(body);
    if ("reply" in read) return { reply: read.reply };
    const json = read.json;
    const parsed = PutBodySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.length === 0 ? "properties" : issue.path.join(".");
      return { reply: errors.invalid(field, issue.message) };
    }
    const request = this.newRequest("PUT", key, record);
    if (!request.failure) {
      key.active = parsed.data.properties.active;
      this.ctx.store.touch(key, now);
      this.ctx.store.save();
    }
    return {
      reply: { status: 202, body: this.keyBody(key, true), headers: this.location(request.id) },
      requestId: request.id,
    };
  }

  private newRequest(method: string, key: StoredKey, record: () => WriteRecord) {
    const timing = {
      now: this.ctx.now(),
      delayMs: this.ctx.requestDelayMs(),
      listLagMs: this.ctx.options.requestListLagMs,
    };
    return this.ctx.store.newRequest(
      method,
      this.href(key.userId, key.id),
      timing,
      record(),
      this.ctx.failureFor(method),
    );
  }

  private checkUser(userId: string): Reply | undefined {
    const store = this.ctx.store;
    if (store.users.has(userId)) return undefined;
    if (this.ctx.options.users.length === 0 && UUID.test(userId)) {
      store.users.add(userId);
      return undefined;
    }
    return errors.userNotFound(userId);
  }

  private keyBody(key: StoredKey, withProperties: boolean) {
    const ref = { id: key.id, type: "s3key", href: this.href(key.userId, key.id) };
    return withProperties
      ? { ...ref, metadata: this.ctx.store.metadata(key), properties: { secretKey: key.secretKey, active: key.active } }
      : ref;
  }

  private href(userId: string, keyId?: string): string {
    return `${this.ctx.origin()}${BASE}/um/users/${userId}/s3keys${keyId ? `/${keyId}` : ""}`;
  }

  private location(requestId: string): Record<string, string> {
    return { Location: `${this.ctx.origin()}${BASE}/requests/${requestId}/status` };
  }
}
