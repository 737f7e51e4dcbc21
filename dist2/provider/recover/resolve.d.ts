import type { IonosHttpClient } from "../api/client";
import type { PendingCreate } from "./pending-creates";
/** What IONOS says a pending create made: a key to import, proof that none was made, or neither. */
export type Resolution = {
    readonly action: "import";
    readonly id: string;
    readonly why: string;
} | {
    readonly action: "clear";
    readonly why: string;
} | {
    readonly action: "leave";
    readonly why: string;
};
/** The clients recover asks, and how long IONOS's request log may take to list a POST. */
export interface Resolver {
    readonly cloudApi: IonosHttpClient;
    readonly objectStorage: IonosHttpClient;
    readonly settleMs: number;
}
/** Resolves one pending create: an S3Key by its create token in the request log, an AccessKey by its id. */
export declare function resolve(resolver: Resolver, pending: Pick<PendingCreate, "kind" | "inputs">): Promise<Resolution>;
