import type { IonosHttpClient } from "./client";
import { type S3Key } from "./schemas";
/** The write was accepted; `requestId` is the async request to wait for. */
export interface Accepted<T> {
    readonly value: T;
    readonly requestId: string;
}
/** A POST accepted: the key as answered (its secret may be missing) and its request, when the answer names it. */
export interface AcceptedKey {
    readonly value: S3Key;
    readonly requestId?: string;
}
export declare const keysPath: (userId: string) => string;
/** The `/um/users/{userId}/s3keys…` endpoints. */
export declare class S3KeysApi {
    private readonly client;
    constructor(client: IonosHttpClient);
    list(userId: string): Promise<S3Key[]>;
    /**
     * The key, or undefined when it is proven gone: IONOS's `[VDC-21-2]` answer, or a 404 while the
     * user's key list answers without it (see `unlessProvenGone`).
     */
    get(userId: string, keyId: string): Promise<S3Key | undefined>;
    /**
     * POSTs a new key. An answer without a `Location` or a secret still names the key IONOS made, so it
     * is returned as it is (create then finds the rest); only an unreadable body is an error.
     */
    create(userId: string, headers: Readonly<Record<string, string>>): Promise<AcceptedKey>;
    setActive(userId: string, keyId: string, active: boolean): Promise<Accepted<S3Key>>;
    /** Undefined when the key was already gone, as `get` proves it. */
    delete(userId: string, keyId: string): Promise<Accepted<undefined> | undefined>;
    private goneProof;
    ssoUrl(userId: string): Promise<string>;
    private requestId;
}
