import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, constants, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";

/** A file's text, undefined when there is none or it is a link. */
function readUnlinked(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}

/** An S3 key of the Cloud API, as the emulator holds it. */
export interface StoredKey {
  /** The key id (20 characters), which is also the S3 access key id. */
  readonly id: string;
  /** The UUID of the user who owns it. */
  readonly userId: string;
  /** The S3 secret key. */
  secretKey: string;
  /** Whether the key can be used. */
  active: boolean;
  /** When it was made (ISO 8601). */
  readonly createdDate: string;
  /** When it last changed (ISO 8601). */
  lastModifiedDate: string;
  /** The entity tag the API answers with, new on every change. */
  etag: string;
  /** Epoch ms from which GET and list show the key. */
  visibleAt: number;
}

/** An async request and its timeline; its status is derived from the clock. */
export interface StoredRequest {
  /** The request's id (a UUID), as `/requests/{id}` shows it. */
  readonly id: string;
  /** The write's HTTP method. */
  readonly method: string;
  /** The URL of what the write made or changed. */
  readonly targetHref: string;
  /** Epoch ms when it was queued. */
  readonly createdAt: number;
  /** Epoch ms from which it is DONE (or FAILED). */
  readonly doneAt: number;
  /** Set when the request ends FAILED. */
  readonly failure?: string;
  /** What the Requests API shows of the write that started it. */
  readonly record: WriteRecord;
  /** Epoch ms from which the request list shows it (the Requests API may lag behind writes). */
  readonly listedAt: number;
}

/**
 * An access key of the Object Storage Management API: PROVISIONING until `availableAt`, then
 * AVAILABLE (or FAILED); a DELETE shows DESTROYING until `goneAt`, then 404.
 */
export interface StoredAccessKey {
  /** The key's id (a UUID). */
  readonly id: string;
  /** Who made it: the caller's identity; another party's ids answer 409 to an ensure. */
  readonly owner: string;
  /** What the key is for. */
  description: string;
  /** The S3 access key id. */
  readonly accessKey: string;
  /** The S3 secret key. */
  secretKey: string;
  /** For user-owned buckets. */
  readonly canonicalUserId: string;
  /** `<contract>:<uuid>`, for contract-owned buckets. */
  readonly contractUserId: string;
  /** When it was made (ISO 8601). */
  readonly createdDate: string;
  /** When it last changed (ISO 8601). */
  lastModifiedDate: string;
  /** Epoch ms from which the key is AVAILABLE (or FAILED, with `failure`). */
  availableAt: number;
  /** Why it ended FAILED, if it did. */
  failure?: string;
  /** Set by DELETE: DESTROYING until then, gone after. */
  goneAt?: number;
}

/** A write as the Requests API records it: never its Authorization header. */
/** A write as the emulator received it, for the Requests API's `metadata.requestStatus` and the tests. */
export interface WriteRecord {
  /** The full URL the write was sent to, query included. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as sent. */
  readonly body: string;
  /** The user who sent it, e.g. `emulator@example.com`. */
  readonly createdBy: string;
  /** The contract it acted for: the Requests API shows a request to that contract's credentials only. */
  readonly contract?: number;
}

/** Requests kept at most: past it, the oldest finished ones go. */
export const MAX_REQUESTS = 10_000;

const ACTOR_ID = "63cef532-26fe-4a64-a4e0-de7c8a506c90";
const SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The emulator's data: users, their keys, and async requests. */
export class Store {
  readonly users = new Set<string>();
  /** The contract of each user made by another account than the emulator's own (see `contractOfUser`). */
  readonly userContracts = new Map<string, number>();
  readonly keys = new Map<string, StoredKey>();
  readonly accessKeys = new Map<string, StoredAccessKey>();
  readonly requests = new Map<string, StoredRequest>();

  /** The emulator's own contract number the state file kept, if any. */
  savedContractNumber?: number;

  /** With `file`, what it holds (users, S3 keys, access keys), read without following a link. */
  constructor(private readonly file?: string) {
    const text = file === undefined ? undefined : readUnlinked(file);
    if (text === undefined) return;
    let saved: {
      contractNumber?: number;
      users?: string[];
      userContracts?: Record<string, number>;
      keys?: StoredKey[];
      accessKeys?: StoredAccessKey[];
    };
    try {
      saved = JSON.parse(text) as typeof saved;
    } catch {
      throw new Error(`the state file ${file} is not JSON: fix it, or move it away to start empty`);
    }
    if (typeof saved.contractNumber === "number") this.savedContractNumber = saved.contractNumber;
    for (const user of saved.users ?? []) this.users.add(user);
    for (const [user, contract] of Object.entries(saved.userContracts ?? {})) this.userContracts.set(user, contract);
    for (const key of saved.keys ?? []) this.keys.set(key.id, key);
    for (const key of saved.accessKeys ?? []) this.accessKeys.set(key.id, key);
  }

  /** The contract a user belongs to: the one whose credentials first used it, else `own` (the emulator's). */
  contractOfUser(userId: string, own: number): number {
    return this.userContracts.get(userId) ?? own;
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

  newRequest(
    method: string,
    targetHref: string,
    timing: { readonly now: number; readonly delayMs: number; readonly listLagMs: number },
    record: WriteRecord,
    failure?: string,
  ): StoredRequest {
    const { now, delayMs, listLagMs } = timing;
    const request: StoredRequest = {
      id: randomUUID(),
      method,
      targetHref,
      createdAt: now,
      doneAt: now + delayMs,
      listedAt: now + listLagMs,
      record,
      ...(failure ? { failure } : {}),
    };
    this.requests.set(request.id, request);
    // Past the limit the oldest finished tenth goes at once (a Map iterates oldest first), so the
    // table stays bounded and pruning is not paid on every write.
    if (this.requests.size > MAX_REQUESTS) {
      let excess = this.requests.size - Math.floor(MAX_REQUESTS * 0.9);
      for (const [id, old] of this.requests) {
        if (excess <= 0) break;
        if (old.doneAt <= now) {
          this.requests.delete(id);
          excess--;
        }
      }
    }
    return request;
  }

  touch(key: StoredKey, now: number): void {
    key.lastModifiedDate = new Date(now).toISOString();
    key.etag = randomBytes(16).toString("hex");
  }

  /**
   * Writes users, S3 keys and access keys to the state file atomically: to a fresh temporary file by
   * exclusive creation (never through a planted link), then renamed over the file (which replaces a
   * link rather than following it).
   */
  save(): void {
    if (this.file === undefined) return;
    const state = {
      contractNumber: this.savedContractNumber,
      users: [...this.users],
      userContracts: Object.fromEntries(this.userContracts),
      keys: [...this.keys.values()],
      accessKeys: [...this.accessKeys.values()],
    };
    const tmp = `${this.file}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(state, null, 2), { mode: 0o600, flag: "wx" });
      renameSync(tmp, this.file);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw error;
    }
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
