"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessKeyEndpoints = void 0;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
const ids_1 = require("./ids");
const json_body_1 = require("./json-body");
const ionos_errors_1 = require("./ionos-errors");
/** The body POST and the ensure PUT take. Unknown fields (`accessKey`, `secretKey` as "") are ignored, as IONOS does. */
const KeyBodySchema = zod_1.z.object({
    id: zod_1.z.string().optional(),
    metadata: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).optional(),
    properties: zod_1.z.object({
        description: zod_1.z
            .string({ error: (i) => `expected a string, got ${(0, json_body_1.shown)(i.input)}` })
            .max(1024, { error: "at most 1024 characters" }),
    }, { error: 'the body must be {"properties": {"description": "…"}}' }),
});
const ACCESS_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const randomText = (alphabet, length) => [...(0, node_crypto_1.randomBytes)(length)].map((b) => alphabet[b % alphabet.length]).join("");
class AccessKeyEndpoints {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    get keys() {
        return this.ctx.store.accessKeys;
    }
    /**
     * The routes of the Object Storage Management API, at the root of its server. Every authenticated
     * caller here is the emulator's one account (`owner`): its keys are the caller's.
     */
    routes(owner) {
        return [
            { method: "GET", pattern: "/accesskeys", handler: this.at((c, now) => this.list(c.url, owner, now)) },
            { method: "POST", pattern: "/accesskeys", handler: this.at((c, now) => this.create(c.body, owner, now)) },
            {
                method: "GET",
                pattern: "/accesskeys/:id",
                handler: this.ownKey(owner, (key, _c, now) => ({
                    reply: { status: 200, body: this.keyBody(key, now, false) },
                })),
            },
            {
                method: "PUT",
                pattern: "/accesskeys/:id",
                handler: this.at((c, now) => this.ensure(c.params.id, this.keys.get(c.params.id), c.body, owner, now)),
            },
            {
                method: "DELETE",
                pattern: "/accesskeys/:id",
                handler: this.ownKey(owner, (key, _c, now) => this.delete(key, now)),
            },
            {
                method: "PUT",
                pattern: "/accesskeys/:id/renew",
                handler: this.at((c, now) => this.renew(this.keys.get(c.params.id), c.params.id, owner, now)),
            },
        ];
    }
    /** A handler that sees the keys as of now (deleted ones gone for good purged), and saves what it wrote. */
    at(handle) {
        return (call) => {
            const now = this.ctx.controls.now();
            this.purge(now);
            const result = handle(call, now);
            if (result.wrote === true)
                this.ctx.store.save();
            return result;
        };
    }
    /** A handler for a key of `owner`'s; another's, or none, is a 404. */
    ownKey(owner, handle) {
        return this.at((call, now) => {
            const key = this.keys.get(call.params.id);
            return key === undefined || key.owner !== owner ? { reply: notFound(call.params.id) } : handle(key, call, now);
        });
    }
    /** Keys of the owner that have not been deleted for good. */
    ownedBy(owner, now = this.ctx.controls.now()) {
        this.purge(now);
        return [...this.keys.values()].filter((k) => k.owner === owner);
    }
    /** A key owned by someone else, so that an ensure to its id answers 409. */
    seedForeign(id = (0, node_crypto_1.randomUUID)()) {
        const now = this.ctx.controls.now();
        this.keys.set(id, this.newKey(id, "another-party", "not yours", now));
        return id;
    }
    list(url, owner, now) {
        const offset = Number(url.searchParams.get("offset") ?? "0");
        const limit = Number(url.searchParams.get("limit") ?? "100");
        if (!Number.isInteger(offset) || offset < 0)
            return { reply: ionos_errors_1.errors.invalid("offset", "it must be 0 or more") };
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
            return { reply: ionos_errors_1.errors.invalid("limit", "it must be from 1 to 1000") };
        const filter = url.searchParams.get("filter.accesskeyId");
        const all = this.ownedBy(owner, now)
            .filter((k) => filter === null || k.accessKey === filter)
            .sort((a, b) => a.createdDate.localeCompare(b.createdDate) || a.id.localeCompare(b.id));
        const page = all.slice(offset, offset + limit);
        const link = (o) => `/accesskeys?offset=${o}&limit=${limit}${filter !== null ? `&filter.accesskeyId=${filter}` : ""}`;
        return {
            reply: {
                status: 200,
                body: {
                    id: "accesskeys",
                    type: "collection",
                    href: "/accesskeys",
                    items: page.map((k) => this.keyBody(k, now, false)),
                    offset,
                    limit,
                    _links: {
                        self: link(offset),
                        ...(offset > 0 ? { prev: link(Math.max(0, offset - limit)) } : {}),
                        ...(offset + limit < all.length ? { next: link(offset + limit) } : {}),
                    },
                },
            },
        };
    }
    create(body, owner, now) {
        const parsed = parseBody(body);
        if ("reply" in parsed)
            return parsed;
        const full = this.limitReached(owner, now);
        if (full)
            return { reply: full };
        const key = this.newKey((0, node_crypto_1.randomUUID)(), owner, parsed.description, now, "POST");
        this.keys.set(key.id, key);
        return { reply: { status: 201, body: this.keyBody(key, now, true) }, wrote: true };
    }
    ensure(id, existing, body, owner, now) {
        if (!ids_1.UUID.test(id))
            return { reply: ionos_errors_1.errors.invalid("id", `"${id.slice(0, 80)}" is not a UUID`) };
        const parsed = parseBody(body);
        if ("reply" in parsed)
            return parsed;
        if (parsed.id !== undefined && parsed.id !== id)
            return { reply: ionos_errors_1.errors.invalid("id", "the body's id differs from the path's") };
        if (existing !== undefined && existing.owner !== owner)
            return { reply: (0, ionos_errors_1.ionosError)(409, "[OSM-409]", `The access key ${id} belongs to another party.`) };
        if (existing !== undefined && existing.goneAt === undefined) {
            existing.description = parsed.description;
            existing.lastModifiedDate = new Date(now).toISOString();
            this.provision(existing, now, "PUT");
            return { reply: { status: 200, body: this.keyBody(existing, now, false) }, wrote: true };
        }
        const full = this.limitReached(owner, now);
        if (full)
            return { reply: full };
        const key = this.newKey(id, owner, parsed.description, now, "PUT");
        this.keys.set(id, key);
        return { reply: { status: 201, body: this.keyBody(key, now, true) }, wrote: true };
    }
    renew(key, id, owner, now) {
        if (key === undefined || key.owner !== owner || key.goneAt !== undefined)
            return { reply: notFound(id) };
        key.secretKey = randomText(SECRET_ALPHABET, 40);
        key.lastModifiedDate = new Date(now).toISOString();
        this.provision(key, now, "PUT");
        return { reply: { status: 200, body: this.keyBody(key, now, true) }, wrote: true };
    }
    delete(key, now) {
        key.goneAt ??= now + this.ctx.controls.requestDelay({ jitter: false });
        return { reply: { status: 202 }, wrote: true };
    }
    /** A new key; `method`, the write that makes it, provisions it (without: AVAILABLE at once). */
    newKey(id, owner, description, now, method) {
        const date = new Date(now).toISOString();
        const key = {
            id,
            owner,
            description,
            accessKey: randomText(ACCESS_KEY_ALPHABET, 92),
            secretKey: randomText(SECRET_ALPHABET, 40),
            canonicalUserId: (0, node_crypto_1.randomBytes)(16).toString("hex"),
            contractUserId: `31415926:${(0, node_crypto_1.randomUUID)()}`,
            createdDate: date,
            lastModifiedDate: date,
            availableAt: now,
        };
        if (method !== undefined)
            this.provision(key, now, method);
        return key;
    }
    /** PROVISIONING for the request delay, then AVAILABLE, or FAILED when a failure is due. */
    provision(key, now, method) {
        key.availableAt = now + this.ctx.controls.requestDelay({ jitter: false });
        const failure = this.ctx.controls.failureFor(method);
        if (failure !== undefined)
            key.failure = failure;
        else
            delete key.failure;
    }
    limitReached(owner, now) {
        const max = this.ctx.options.maxKeysPerUser;
        return this.ownedBy(owner, now).length >= max
            ? (0, ionos_errors_1.ionosError)(422, "[OSM-422]", `A user can have at most ${max} access keys.`)
            : undefined;
    }
    purge(now) {
        let purged = false;
        for (const [id, key] of this.keys)
            if (key.goneAt !== undefined && key.goneAt <= now)
                purged = this.keys.delete(id);
        if (purged)
            this.ctx.store.save();
    }
    keyBody(key, now, withSecret) {
        const status = key.goneAt !== undefined
            ? "DESTROYING"
            : now < key.availableAt
                ? "PROVISIONING"
                : key.failure !== undefined
                    ? "FAILED"
                    : "AVAILABLE";
        return {
            id: key.id,
            type: "accesskey",
            href: `/accesskeys/${key.id}`,
            metadata: {
                status,
                ...(status === "FAILED" ? { statusMessage: key.failure } : {}),
                createdDate: key.createdDate,
                createdBy: this.ctx.options.username,
                lastModifiedDate: key.lastModifiedDate,
                administrative: false,
                supportedRegions: ["eu-central-3"],
                resourceURN: `ionos:s3::accesskey:${key.id}`,
            },
            properties: {
                description: key.description,
                accessKey: key.accessKey,
                secretKey: withSecret ? key.secretKey : "",
                canonicalUserId: key.canonicalUserId,
                contractUserId: key.contractUserId,
            },
        };
    }
}
exports.AccessKeyEndpoints = AccessKeyEndpoints;
function parseBody(body) {
    const read = (0, json_body_1.parseJsonBody)(body);
    if ("reply" in read)
        return { reply: read.reply };
    const json = read.json;
    const parsed = KeyBodySchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { reply: ionos_errors_1.errors.invalid(issue.path.join(".") || "properties", issue.message) };
    }
    return {
        description: parsed.data.properties.description,
        ...(parsed.data.id !== undefined ? { id: parsed.data.id } : {}),
    };
}
function notFound(id) {
    return (0, ionos_errors_1.ionosError)(404, "[OSM-404]", `The access key ${id.slice(0, 80)} does not exist.`);
}
//# sourceMappingURL=accesskey-endpoints.js.map