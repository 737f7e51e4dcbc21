"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Store = exports.MAX_REQUESTS = void 0;
exports.requestStatus = requestStatus;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
/** A file's text, undefined when there is none or it is a link. */
function readUnlinked(file) {
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(file, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NOFOLLOW);
    }
    catch {
        return undefined;
    }
    try {
        return (0, node_fs_1.readFileSync)(fd, "utf8");
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
/** Requests kept at most: past it, the oldest finished ones go. */
exports.MAX_REQUESTS = 10_000;
const ACTOR_ID = "63cef532-26fe-4a64-a4e0-de7c8a506c90";
const SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** The emulator's data: users, their keys, and async requests. */
class Store {
    file;
    users = new Set();
    keys = new Map();
    accessKeys = new Map();
    requests = new Map();
    /** With `file`, what it holds (users, S3 keys, access keys), read without following a link. */
    constructor(file) {
        this.file = file;
        const text = file === undefined ? undefined : readUnlinked(file);
        if (text === undefined)
            return;
        let saved;
        try {
            saved = JSON.parse(text);
        }
        catch {
            throw new Error(`the state file ${file} is not JSON: fix it, or move it away to start empty`);
        }
        for (const user of saved.users ?? [])
            this.users.add(user);
        for (const key of saved.keys ?? [])
            this.keys.set(key.id, key);
        for (const key of saved.accessKeys ?? [])
            this.accessKeys.set(key.id, key);
    }
    keysOf(userId) {
        return [...this.keys.values()].filter((k) => k.userId === userId);
    }
    newKey(userId, now, visibleAt) {
        const date = new Date(now).toISOString();
        const bytes = (0, node_crypto_1.randomBytes)(40);
        return {
            id: (0, node_crypto_1.randomBytes)(10).toString("hex"),
            userId,
            secretKey: [...bytes].map((b) => SECRET_ALPHABET[b % 64]).join(""),
            active: true,
            createdDate: date,
            lastModifiedDate: date,
            etag: (0, node_crypto_1.randomBytes)(16).toString("hex"),
            visibleAt,
        };
    }
    newRequest(method, targetHref, timing, record, failure) {
        const { now, delayMs, listLagMs } = timing;
        const request = {
            id: (0, node_crypto_1.randomUUID)(),
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
        if (this.requests.size > exports.MAX_REQUESTS) {
            let excess = this.requests.size - Math.floor(exports.MAX_REQUESTS * 0.9);
            for (const [id, old] of this.requests) {
                if (excess <= 0)
                    break;
                if (old.doneAt <= now) {
                    this.requests.delete(id);
                    excess--;
                }
            }
        }
        return request;
    }
    touch(key, now) {
        key.lastModifiedDate = new Date(now).toISOString();
        key.etag = (0, node_crypto_1.randomBytes)(16).toString("hex");
    }
    /**
     * Writes users, S3 keys and access keys to the state file atomically: to a fresh temporary file by
     * exclusive creation (never through a planted link), then renamed over the file (which replaces a
     * link rather than following it).
     */
    save() {
        if (this.file === undefined)
            return;
        const state = { users: [...this.users], keys: [...this.keys.values()], accessKeys: [...this.accessKeys.values()] };
        const tmp = `${this.file}.${(0, node_crypto_1.randomBytes)(6).toString("hex")}.tmp`;
        try {
            (0, node_fs_1.writeFileSync)(tmp, JSON.stringify(state, null, 2), { mode: 0o600, flag: "wx" });
            (0, node_fs_1.renameSync)(tmp, this.file);
        }
        catch (error) {
            (0, node_fs_1.rmSync)(tmp, { force: true });
            throw error;
        }
    }
    metadata(key) {
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
exports.Store = Store;
/** QUEUED for the first third of the delay, RUNNING until it is done, then DONE or FAILED. */
function requestStatus(request, now) {
    if (now >= request.doneAt)
        return request.failure ? "FAILED" : "DONE";
    return now < request.createdAt + (request.doneAt - request.createdAt) / 3 ? "QUEUED" : "RUNNING";
}
//# sourceMappingURL=store.js.map