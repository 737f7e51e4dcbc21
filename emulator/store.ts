import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

export interface StoredKey {
  readonly id: string;
  readonly userId: string;
  secretKey: string;
  active: boolean;
  readonly createdDate: string;
  lastModifiedDate: string;
  etag: string;
  /** Epoch ms from which GET and list show the key. */
  visibleAt: number;
}

/** An async request and its timeline; its status is derived from the clock. */
export interface StoredRequest {
  readonly id: string;
  readonly method: string;
  readonly targetHref: string;
  readonly createdAt: number;
  readonly doneAt: number;
  /** Set when the request ends FAILED. */
  readonly failure?: string;
}

const ACTOR_ID = "63cef532-26fe-4a64-a4e0-de7c8a506c90";
const SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The emulator's data: users, their keys, and async requests. */
export class Store {
  readonly users = new Set<string>();
  readonly keys = new Map<string, StoredKey>();
  readonly requests = new Map<string, StoredRequest>();

  constructor(private readonly file?: string) {
    if (file !== undefined && existsSync(file)) {
      const saved = JSON.parse(readFileSync(file, "utf8")) as { users?: string[]; keys?: StoredKey[] };
      for (const user of saved.users ?? []) this.users.add(user);
      for (const key of saved.keys ?? []) this.keys.set(key.id, key);
    }
  }

  keysOf(userId: string): StoredKey[] {
    return [...this.keys.values()].filter((k) => k.userId === userId);
  }

  newKey(userId: string, now: number, visibleAt: number): StoredKey {
    const date = new Date(now).toISOString();
    const bytes = randomBytes(40);
    return {
      id: randomBytes(10).toString("hex"),
      userId,
      secretKey: [...bytes].map((b) => SECRET_ALPHABET[b % 64]).join(""),
      active: true,
      createdDate: date,
      lastModifiedDate: date,
      etag: randomBytes(16).toString("hex"),
      visibleAt,
    };
  }

  newRequest(method: string, targetHref: string, now: number, delayMs: number, failure?: string): StoredRequest {
    const request: StoredRequest = {
      id: randomUUID(),
      method,
      targetHref,
      createdAt: now,
      doneAt: now + delayMs,
      ...(failure ? { failure } : {}),
    };
    this.requests.set(request.id, request);
    // Finished requests older than an hour go once there are many: the table stays bounded.
    if (this.requests.size > 10_000) {
      for (const [id, old] of this.requests) if (old.doneAt < now - 3_600_000) this.requests.delete(id);
    }
    return request;
  }

  touch(key: StoredKey, now: number): void {
    key.lastModifiedDate = new Date(now).toISOString();
    key.etag = randomBytes(16).toString("hex");
  }

  save(): void {
    if (this.file === undefined) return;
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ users: [...this.users], keys: [...this.keys.values()] }, null, 2), {
      mode: 0o600,
    });
    renameSync(tmp, this.file);
  }

  metadata(key: StoredKey): Record<string, string> {
    return {
      etag: key.etag,
      createdDate: key.createdDate,
      createdBy: `ionos:identity:::users/${ACTOR_ID}`,
      createdByUserId: ACTOR_ID,
      lastModifiedDate: key.lastModifiedDate,
      lastModifiedBy: `ionos:identity:::users/${ACTOR_ID}`,
      lastModifiedByUserId: ACTOR_ID,
    };
  }
}

/** QUEUED for the first third of the delay, RUNNING until it is done, then DONE or FAILED. */
export function requestStatus(request: StoredRequest, now: number): "QUEUED" | "RUNNING" | "DONE" | "FAILED" {
  if (now >= request.doneAt) return request.failure ? "FAILED" : "DONE";
  return now < request.createdAt + (request.doneAt - request.createdAt) / 3 ? "QUEUED" : "RUNNING";
}
