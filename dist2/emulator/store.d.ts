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
    readonly id: string;
    /** Who made it: the caller's identity; another party's ids answer 409 to an ensure. */
    readonly owner: string;
    description: string;
    readonly accessKey: string;
    secretKey: string;
    readonly canonicalUserId: string;
    readonly contractUserId: string;
    readonly createdDate: string;
    lastModifiedDate: string;
    /** Epoch ms from which the key is AVAILABLE (or FAILED, with `failure`). */
    availableAt: number;
    failure?: string;
    /** Set by DELETE: DESTROYING until then, gone after. */
    goneAt?: number;
}
/** A write as the Requests API records it: never its Authorization header. */
export interface WriteRecord {
    /** The full URL the write was sent to, query included. */
    readonly url: string;
    /** Header names in lower case. */
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
    /** The user who sent it, e.g. `emulator@example.com`. */
    readonly createdBy: string;
}
/** Requests kept at most: past it, the oldest finished ones go. */
export declare const MAX_REQUESTS = 10000;
/** The emulator's data: users, their keys, and async requests. */
export declare class Store {
    private readonly file?;
    readonly users: Set<string>;
    readonly keys: Map<string, StoredKey>;
    readonly accessKeys: Map<string, StoredAccessKey>;
    readonly requests: Map<string, StoredRequest>;
    /** With `file`, what it holds (users, S3 keys, access keys), read without following a link. */
    constructor(file?: string | undefined);
    keysOf(userId: string): StoredKey[];
    newKey(userId: string, now: number, visibleAt: number): StoredKey;
    newRequest(method: string, targetHref: string, timing: {
        readonly now: number;
        readonly delayMs: number;
        readonly listLagMs: number;
    }, record: WriteRecord, failure?: string): StoredRequest;
    touch(key: StoredKey, now: number): void;
    /**
     * Writes users, S3 keys and access keys to the state file atomically: to a fresh temporary file by
     * exclusive creation (never through a planted link), then renamed over the file (which replaces a
     * link rather than following it).
     */
    save(): void;
    metadata(key: StoredKey): Record<string, string>;
}
/** QUEUED for the first third of the delay, RUNNING until it is done, then DONE or FAILED. */
export declare function requestStatus(request: StoredRequest, now: number): "QUEUED" | "RUNNING" | "DONE" | "FAILED";
