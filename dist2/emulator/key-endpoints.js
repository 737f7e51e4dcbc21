"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeyEndpoints = void 0;
const zod_1 = require("zod");
const ids_1 = require("./ids");
const json_body_1 = require("./json-body");
const list_options_1 = require("./list-options");
const ionos_errors_1 = require("./ionos-errors");
const routes_1 = require("./routes");
/** The one body PUT takes. */
const PutBodySchema = zod_1.z.object({
    properties: zod_1.z.object({ active: zod_1.z.boolean({ error: (i) => `expected a boolean, got ${(0, json_body_1.shown)(i.input)}` }) }, { error: 'the body must be {"properties": {"active": true|false}}' }),
}, { error: 'the body must be {"properties": {"active": true|false}}' });
/** What a key list filters and orders by: the key's id, its properties and its metadata's dates and etag. */
const KEY_PROPERTIES = ["id", "active", "secretKey", "createdDate", "lastModifiedDate", "etag"];
function keyProperty(key, property) {
    return String(key[property] ?? "");
}
/** The `/um/users/{userId}/s3keys…` and `/s3ssourl` endpoints. */
class KeyEndpoints {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** The routes of IONOS's user S3 key API. */
    routes() {
        const keys = `${routes_1.BASE}/um/users/:userId/s3keys`;
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
                pattern: `${routes_1.BASE}/um/users/:userId/s3ssourl`,
                handler: this.forUser((_c, user) => this.ssoUrl(user)),
            },
        ];
    }
    /** A handler for a route under a user that must exist. */
    forUser(handle) {
        return (call) => {
            const userError = this.checkUser(call.params.userId);
            return userError ? { reply: userError } : handle(call, call.params.userId, this.ctx.controls.now());
        };
    }
    /** A handler for a key of the user that is visible now. */
    forKey(handle) {
        return this.forUser((call, userId, now) => {
            const key = this.ctx.store.keys.get(call.params.keyId);
            if (key === undefined || key.userId !== userId || key.visibleAt > now)
                return { reply: ionos_errors_1.errors.keyNotFound(this.ctx.options.keyNotFoundStatus) };
            return handle(call, key, now);
        });
    }
    ssoUrl(userId) {
        return {
            reply: {
                status: 200,
                body: { ssoUrl: `${this.ctx.origin()}/ssosecurelogin.htm?user=${encodeURIComponent(userId)}` },
            },
        };
    }
    /** The user's visible keys, with IONOS's list options (`filter.<property>`, `orderBy`, `maxResults`). */
    list(userId, depth, query, now) {
        const options = (0, list_options_1.readListOptions)(query, { properties: KEY_PROPERTIES });
        if ("reply" in options)
            return options;
        const visible = this.ctx.store.keysOf(userId).filter((k) => k.visibleAt <= now);
        const items = (0, list_options_1.applyListOptions)(visible, options, keyProperty).map((k) => this.keyBody(k, depth >= 1));
        return {
            reply: { status: 200, body: { id: `${userId}/s3keys`, type: "collection", href: this.href(userId), items } },
        };
    }
    /** The POST takes no body: none, or any JSON, is accepted; a body that is not JSON is a 400, as for PUT. */
    create(userId, body, now, record) {
        if (body.trim() !== "") {
            const read = (0, json_body_1.parseJsonBody)(body);
            if ("reply" in read)
                return { reply: read.reply };
        }
        if (this.ctx.controls.privilegePending(userId))
            return { reply: ionos_errors_1.errors.noPrivilege() };
        if (this.ctx.store.keysOf(userId).length >= this.ctx.options.maxKeysPerUser)
            return { reply: ionos_errors_1.errors.tooManyKeys(this.ctx.options.maxKeysPerUser) };
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
    delete(key, record) {
        const request = this.newRequest("DELETE", key, record);
        if (!request.failure) {
            this.ctx.store.keys.delete(key.id);
            this.ctx.store.save();
        }
        return { reply: { status: 202, headers: this.location(request.id) }, requestId: request.id };
    }
    put(key, body, contentType, now, record) {
        if (contentType !== undefined && !/json/i.test(contentType))
            return { reply: ionos_errors_1.errors.unsupportedMediaType(contentType) };
        const read = (0, json_body_1.parseJsonBody)(body);
        if ("reply" in read)
            return { reply: read.reply };
        const json = read.json;
        const parsed = PutBodySchema.safeParse(json);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const field = issue.path.length === 0 ? "properties" : issue.path.join(".");
            return { reply: ionos_errors_1.errors.invalid(field, issue.message) };
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
    newRequest(method, key, record) {
        const timing = {
            now: this.ctx.controls.now(),
            delayMs: this.ctx.controls.requestDelay(),
            listLagMs: this.ctx.options.requestListLagMs,
        };
        return this.ctx.store.newRequest(method, this.href(key.userId, key.id), timing, record(), this.ctx.controls.failureFor(method));
    }
    checkUser(userId) {
        const store = this.ctx.store;
        if (store.users.has(userId))
            return undefined;
        if (this.ctx.options.users.length === 0 && ids_1.UUID.test(userId)) {
            store.users.add(userId);
            return undefined;
        }
        return ionos_errors_1.errors.userNotFound(userId);
    }
    keyBody(key, withProperties) {
        const ref = { id: key.id, type: "s3key", href: this.href(key.userId, key.id) };
        return withProperties
            ? { ...ref, metadata: this.ctx.store.metadata(key), properties: { secretKey: key.secretKey, active: key.active } }
            : ref;
    }
    href(userId, keyId) {
        return `${this.ctx.origin()}${routes_1.BASE}/um/users/${userId}/s3keys${keyId ? `/${keyId}` : ""}`;
    }
    location(requestId) {
        return { Location: `${this.ctx.origin()}${routes_1.BASE}/requests/${requestId}/status` };
    }
}
exports.KeyEndpoints = KeyEndpoints;
//# sourceMappingURL=key-endpoints.js.map