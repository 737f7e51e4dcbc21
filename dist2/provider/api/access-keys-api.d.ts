import type { IonosHttpClient } from "./client";
import { type AccessKey } from "./schemas";
/** The Object Storage Management API's `/accesskeys…` endpoints. */
export declare class AccessKeysApi {
    private readonly client;
    constructor(client: IonosHttpClient);
    /** Every key of the caller, or the one whose S3 access key id is `accessKey`. Follows the pages. */
    list(accessKey?: string): Promise<AccessKey[]>;
    /** The key, or undefined when it is proven gone: a 404 while the list of the caller's keys answers without it. */
    get(id: string): Promise<AccessKey | undefined>;
    /**
     * "Ensure": creates the key with this client-chosen id (201, its secret in the answer), or updates
     * the caller's key that has it (200, no secret). Another party's id is a 409 error.
     */
    ensure(id: string, description: string): Promise<{
        created: boolean;
        key: AccessKey;
    }>;
    /** A new secret for the key; the answer is the one place it appears. */
    renew(id: string): Promise<AccessKey>;
    /** DELETE; false when the key was already gone, as `get` proves it. */
    delete(id: string): Promise<boolean>;
    private goneProof;
}
