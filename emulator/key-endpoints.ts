import { z } from "zod";
import { UUID } from "./ids";
import { parseJsonBody, shown } from "./json-body";
import { applyListOptions, readListOptions } from "./list-options";
import { errors, type Reply } from "./ionos-errors";
import type { EmulatorOptions } from "./options";
import type { Controls } from "./controls";
import { BASE, type Call, type EndpointResult, type RouteDef } from "./routes";

export type { EndpointResult } from "./routes";
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

/** What the key endpoints need from the emulator around them. */
export interface EndpointContext {
  readonly store: Store;
  readonly options: EmulatorOptions;
  readonly controls: Controls;
  readonly origin: () => string;
}

/** What a key list filters and orders by: the key's id, its properties and its metadata's dates and etag. */
const KEY_PROPERTIES = ["id", "active", "secretKey", "createdDate", "lastModifiedDate", "etag"];

function keyProperty(key: StoredKey, property: string): string {
  return String(key[property as keyof StoredKey] ?? "");
}

/** The `/um/users/{userId}/s3keys…` and `/s3ssourl` endpoints. */
export class KeyEndpoints {
  constructor(private readonly ctx: EndpointContext) {}

  /** The routes of IONOS's user S3 key API. */
  routes(): RouteDef[] {
    const keys = `${BASE}/um/users/:userId/s3keys`;
    return [
      {
        method: "GET",
        pattern: keys,
        handler: this.forUser((c, user, now) => this.list(user, c.depth, c.url.searchParams, now)),
      },
      {
        method: "POST",
        pattern: keys,
        handler: this.forUser((c, user, now) => this.create(user, c.body, now, c.record)),
      },
      {
        method: "GET",
        pattern: `${keys}/:keyId`,
        handler: this.forKey((_c, key) => ({ reply: { status: 200, body: this.keyBody(key, true) } })),
      },
      {
        method: "PUT",
        pattern: `${keys}/:keyId`,
        handler: this.forKey((c, key, now) => this.put(key, c.body, c.contentType, now, c.record)),
      },
      { method: "DELETE", pattern: `${keys}/:keyId`, handler: this.forKey((c, key) => this.delete(key, c.record)) },
      {
        method: "GET",
        pattern: `${BASE}/um/users/:userId/s3ssourl`,
        handler: this.forUser((_c, user) => this.ssoUrl(user)),
      },
    ];
  }

  /** A handler for a route under a user that must exist. */
  private forUser(handle: (call: Call, userId: string, now: number) => EndpointResult): (call: Call) => EndpointResult {
    return (call) => {
      const userError = this.checkUser(call.params.userId, call.contract);
      return userError ? { reply: userError } : handle(call, call.params.userId, this.ctx.controls.now());
    };
  }

  /** A handler for a key of the user that is visible now. */
  private forKey(handle: (call: Call, key: StoredKey, now: number) => EndpointResult): (call: Call) => EndpointResult {
    return this.forUser((call, userId, now) => {
      const key = this.ctx.store.keys.get(call.params.keyId);
      if (key === undefined || key.userId !== userId || key.visibleAt > now)
        return { reply: errors.keyNotFound(this.ctx.options.keyNotFoundStatus) };
      return handle(call, key, now);
    });
  }

  private ssoUrl(userId: string): EndpointResult {
    return {
      reply: {
        status: 200,
        body: { ssoUrl: `${this.ctx.origin()}/ssosecurelogin.htm?user=${encodeURIComponent(userId)}` },
      },
    };
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
    if (this.ctx.controls.privilegePending(userId)) return { reply: errors.noPrivilege() };
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
      now: this.ctx.controls.now(),
      delayMs: this.ctx.controls.requestDelay(),
      listLagMs: this.ctx.options.requestListLagMs,
    };
    return this.ctx.store.newRequest(
      method,
      this.href(key.userId, key.id),
      timing,
      record(),
      this.ctx.controls.failureFor(method),
    );
  }

  /** Undefined when the user exists in the caller's contract; another contract's user is unknown to it, as on IONOS. */
  private checkUser(userId: string, contract: number): Reply | undefined {
    const store = this.ctx.store;
    const own = this.ctx.options.contractNumber;
    if (store.users.has(userId))
      return store.contractOfUser(userId, own) === contract ? undefined : errors.userNotFound(userId);
    if (this.ctx.options.users.length === 0 && UUID.test(userId)) {
      store.users.add(userId);
      if (contract !== own) store.userContracts.set(userId, contract);
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
