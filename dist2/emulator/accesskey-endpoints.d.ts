import type { EmulatorOptions } from "./options";
import type { Controls } from "./controls";
import type { RouteDef } from "./routes";
/**
 * The Object Storage Management API's access keys (`/accesskeys…` at the root of its own server):
 * keys belong to the caller, are made by POST (201) or by an "ensure" PUT to an id the client chose
 * (201 created, 200 updated, 409 when another party has that id), show their secret only in the
 * answer that made or renewed it, and move PROVISIONING → AVAILABLE (or FAILED) after the request
 * delay; a DELETE (202) shows DESTROYING for that long, then 404.
 */
import type { Store, StoredAccessKey } from "./store";
export type { StoredAccessKey } from "./store";
export interface AccessKeyContext {
    /** Where the keys are kept (and saved, with `--state-file`). */
    readonly store: Store;
    readonly options: EmulatorOptions;
    readonly controls: Controls;
}
export declare class AccessKeyEndpoints {
    private readonly ctx;
    constructor(ctx: AccessKeyContext);
    get keys(): Map<string, StoredAccessKey>;
    /**
     * The routes of the Object Storage Management API, at the root of its server. Every authenticated
     * caller here is the emulator's one account (`owner`): its keys are the caller's.
     */
    routes(owner: string): RouteDef[];
    /** A handler that sees the keys as of now (deleted ones gone for good purged), and saves what it wrote. */
    private at;
    /** A handler for a key of `owner`'s; another's, or none, is a 404. */
    private ownKey;
    /** Keys of the owner that have not been deleted for good. */
    ownedBy(owner: string, now?: number): StoredAccessKey[];
    /** A key owned by someone else, so that an ensure to its id answers 409. */
    seedForeign(id?: string): string;
    private list;
    private create;
    private ensure;
    private renew;
    private delete;
    /** A new key; `method`, the write that makes it, provisions it (without: AVAILABLE at once). */
    private newKey;
    /** PROVISIONING for the request delay, then AVAILABLE, or FAILED when a failure is due. */
    private provision;
    private limitReached;
    private purge;
    private keyBody;
}
