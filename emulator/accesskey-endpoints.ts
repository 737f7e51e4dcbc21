import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { UUID } from "./ids";
import { parseJsonBody, shown } from "./json-body";
import { errors, ionosError, type Reply } from "./ionos-errors";
import type { EmulatorOptions } from "./options";
import type { Controls } from "./controls";
import type { Call, EndpointResult, RouteDef } from "./routes";
import { contractOf } from "./accounts";

/**
 * The Object Storage Management API's access keys (`/accesskeys…` at the root of its own server):
 * keys belong to the caller, are made by POST (201) or by an "ensure" PUT to an id the client chose
 * (201 created, 200 updated, 409 when another party has that id), show their secret only in the
 * answer that made or renewed it, and move PROVISIONING → AVAILABLE (or FAILED) after the request
 * delay; a DELETE (202) shows DESTROYING for that long, then 404.
 */
import type { Store, StoredAccessKey } from "./store";
export type { StoredAccessKey } from "./store";

/** The body POST and the ensure PUT take. Unknown fields (`accessKey`, `secretKey` as "") are ignored, as IONOS does. */
const KeyBodySchema = z.object({
  id: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  properties: z.object(
    {
      description: z
        .string({ error: (i) => `expected a string, got ${shown(i.input)}` })
        .max(1024, { error: "at most 1024 characters" }),
    },
    { error: 'the body must be {"properties": {"description": "…"}}' },
  ),
});

const ACCESS_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const randomText = (alphabet: string, length: number) =>
  [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join("");

export interface AccessKeyContext {
  /** Where the keys are kept (and saved, with `--state-file`). */
  readonly store: Store;
  readonly options: EmulatorOptions;
  readonly controls: Controls;
}

export class AccessKeyEndpoints {
  constructor(private readonly ctx: AccessKeyContext) {}

  get keys(): Map<string, StoredAccessKey> {
    return this.ctx.store.accessKeys;
  }

  /** The Object Storage Management API's routes; a call sees only its account's keys (`ownerOf` it). */
  routes(ownerOf: (call: Call) => string): RouteDef[] {
    return [
      { method: "GET", pattern: "/accesskeys", handler: this.at((c, now) => this.list(c.url, ownerOf(c), now)) },
      {
        method: "POST",
        pattern: "/accesskeys",
        handler: this.at((c, now) => this.create(c.body, ownerOf(c), now)),
      },
      {
        method: "GET",
        pattern: "/accesskeys/:id",
        handler: this.ownKey(ownerOf, (key, _c, now) => ({
          reply: { status: 200, body: this.keyBody(key, now, false) },
        })),
      },
      {
        method: "PUT",
        pattern: "/accesskeys/:id",
        handler: this.at((c, now) => this.ensure(c.params.id, this.keys.get(c.params.id), c.body, ownerOf(c), now)),
      },
      {
        method: "DELETE",
        pattern: "/accesskeys/:id",
        handler: this.ownKey(ownerOf, (key, _c, now) => this.delete(key, now)),
      },
      {
        method: "PUT",
        pattern: "/accesskeys/:id/renew",
        handler: this.at((c, now) => this.renew(this.keys.get(c.params.id), c.params.id, ownerOf(c), now)),
      },
    ];
  }

  /** A handler that sees the keys as of now (deleted ones gone for good purged), and saves what it wrote. */
  private at(handle: (call: Call, now: number) => EndpointResult): (call: Call) => EndpointResult {
    return (call) => {
      const now = this.ctx.controls.now();
      this.purge(now);
      const result = handle(call, now);
      if (result.wrote === true) this.ctx.store.save();
      return result;
    };
  }

  /** A handler for a key of `owner`'s; another's, or none, is a 404. */
  private ownKey(
    ownerOf: (call: Call) => string,
    handle: (key: StoredAccessKey, call: Call, now: number) => EndpointResult,
  ) {
    return this.at((call, now) => {
      const key = this.keys.get(call.params.id);
      return key === undefined || key.owner !== ownerOf(call)
        ? { reply: notFound(call.params.id) }
        : handle(key, call, now);
    });
  }

  /** Keys of the owner that have not been deleted for good. */
  ownedBy(owner: string, now = this.ctx.controls.now()): StoredAccessKey[] {
    this.purge(now);
    return [...this.keys.values()].filter((k) => k.owner === owner);
  }

  /** A key owned by someone else, so that an ensure to its id answers 409. */
  seedForeign(id: string = randomUUID()): string {
    const now = this.ctx.controls.now();
    this.keys.set(id, this.newKey(id, "another-party", "not yours", now));
    return id;
  }

  private list(url: URL, owner: string, now: number): EndpointResult {
    const offset = Number(url.searchParams.get("offset") ?? "0");
    const limit = Number(url.searchParams.get("limit") ?? "100");
    if (!Number.isInteger(offset) || offset < 0) return { reply: errors.invalid("offset", "it must be 0 or more") };
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      return { reply: errors.invalid("limit", "it must be from 1 to 1000") };
    const filter = url.searchParams.get("filter.accesskeyId");
    const all = this.ownedBy(owner, now)
      .filter((k) => filter === null || k.accessKey === filter)
      .sort((a, b) => a.createdDate.localeCompare(b.createdDate) || a.id.localeCompare(b.id));
    const page = all.slice(offset, offset + limit);
    const link = (o: number) =>
      `/accesskeys?offset=${o}&limit=${limit}${filter !== null ? `&filter.accesskeyId=${filter}` : ""}`;
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

  private create(body: string, owner: string, now: number): EndpointResult {
    const parsed = parseBody(body);
    if ("reply" in parsed) return parsed;
    const full = this.limitReached(owner, now);
    if (full) return { reply: full };
    const key = this.newKey(randomUUID(), owner, parsed.description, now, "POST");
    this.keys.set(key.id, key);
    return { reply: { status: 201, body: this.keyBody(key, now, true) }, wrote: true };
  }

  private ensure(
    id: string,
    existing: StoredAccessKey | undefined,
    body: string,
    owner: string,
    now: number,
  ): EndpointResult {
    if (!UUID.test(id)) return { reply: errors.invalid("id", `"${id.slice(0, 80)}" is not a UUID`) };
    const parsed = parseBody(body);
    if ("reply" in parsed) return parsed;
    if (parsed.id !== undefined && parsed.id !== id)
      return { reply: errors.invalid("id", "the body's id differs from the path's") };
    if (existing !== undefined && existing.owner !== owner)
      return { reply: ionosError(409, "[OSM-409]", `The access key ${id} belongs to another party.`) };
    if (existing !== undefined && existing.goneAt === undefined) {
      existing.description = parsed.description;
      existing.lastModifiedDate = new Date(now).toISOString();
      this.provision(existing, now, "PUT");
      return { reply: { status: 200, body: this.keyBody(existing, now, false) }, wrote: true };
    }
    const full = this.limitReached(owner, now);
    if (full) return { reply: full };
    const key = this.newKey(id, owner, parsed.description, now, "PUT");
    this.keys.set(id, key);
    return { reply: { status: 201, body: this.keyBody(key, now, true) }, wrote: true };
  }

  private renew(key: StoredAccessKey | undefined, id: string, owner: string, now: number): EndpointResult {
    if (key === undefined || key.owner !== owner || key.goneAt !== undefined) return { reply: notFound(id) };
    key.secretKey = randomText(SECRET_ALPHABET, 40);
    key.lastModifiedDate = new Date(now).toISOString();
    this.provision(key, now, "PUT");
    return { reply: { status: 200, body: this.keyBody(key, now, true) }, wrote: true };
  }

  private delete(key: StoredAccessKey, now: number): EndpointResult {
    key.goneAt ??= now + this.ctx.controls.requestDelay({ jitter: false });
    return { reply: { status: 202 }, wrote: true };
  }

  /** A new key; `method`, the write that makes it, provisions it (without: AVAILABLE at once). */
  private newKey(id: string, owner: string, description: string, now: number, method?: string): StoredAccessKey {
    const date = new Date(now).toISOString();
    const key: StoredAccessKey = {
      id,
      owner,
      description,
      accessKey: randomText(ACCESS_KEY_ALPHABET, 92),
      secretKey: randomText(SECRET_ALPHABET, 40),
      canonicalUserId: randomBytes(16).toString("hex"),
      contractUserId: `${contractOf(owner)}:${randomUUID()}`,
      createdDate: date,
      lastModifiedDate: date,
      availableAt: now,
    };
    if (method !== undefined) this.provision(key, now, method);
    return key;
  }

  /** PROVISIONING for the request delay, then AVAILABLE, or FAILED when a failure is due. */
  private provision(key: StoredAccessKey, now: number, method: string): void {
    key.availableAt = now + this.ctx.controls.requestDelay({ jitter: false });
    const failure = this.ctx.controls.failureFor(method);
    if (failure !== undefined) key.failure = failure;
    else delete key.failure;
  }

  private limitReached(owner: string, now: number): Reply | undefined {
    const max = this.ctx.options.maxKeysPerUser;
    return this.ownedBy(owner, now).length >= max
      ? ionosError(422, "[OSM-422]", `A user can have at most ${max} access keys.`)
      : undefined;
  }

  private purge(now: number): void {
    let purged = false;
    for (const [id, key] of this.keys) if (key.goneAt !== undefined && key.goneAt <= now) purged = this.keys.delete(id);
    if (purged) this.ctx.store.save();
  }

  private keyBody(key: StoredAccessKey, now: number, withSecret: boolean) {
    const status =
      key.goneAt !== undefined
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

function parseBody(body: string): { description: string; id?: string } | { reply: Reply } {
  const read = parseJsonBody(body);
  if ("reply" in read) return { reply: read.reply };
  const json = read.json;
  const parsed = KeyBodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { reply: errors.invalid(issue.path.join(".") || "properties", issue.message) };
  }
  return {
    description: parsed.data.properties.description,
    ...(parsed.data.id !== undefined ? { id: parsed.data.id } : {}),
  };
}

function notFound(id: string): Reply {
  return ionosError(404, "[OSM-404]", `The access key ${id.slice(0, 80)} does not exist.`);
}
