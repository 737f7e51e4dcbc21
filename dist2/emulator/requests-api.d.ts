import { type Reply } from "./ionos-errors";
import { type RouteDef } from "./routes";
import { type StoredRequest } from "./store";
/** The Requests API: what happened to each write (`GET /requests`, `/requests/{id}`, `/requests/{id}/status`). */
/** The Requests API's routes, over the store's requests. */
export declare function requestRoutes(requests: ReadonlyMap<string, StoredRequest>, origin: () => string, now: () => number): RouteDef[];
/** `yyyy-MM-dd HH:mm:ss` (read as UTC, the safe reading of IONOS's undocumented zone) or ISO 8601. */
export declare function parseFilterDate(value: string): number | undefined;
/** A Request at `depth`: at 0 only `id`, `type` and `href`. */
export declare function requestBody(request: StoredRequest, depth: number, origin: string, now: number): {
    id: string;
    type: string;
    href: string;
} | {
    metadata: {
        createdDate: string;
        createdBy: string;
        etag: string;
        requestStatus: {
            metadata?: {
                status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
                message: string;
                etag: string;
                targets: {
                    target: {
                        id: string | undefined;
                        type: string;
                        href: string;
                    };
                    status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
                }[];
            } | undefined;
            id: string;
            type: string;
            href: string;
        };
    };
    properties: {
        method: string;
        headers: Readonly<Record<string, string>>;
        body: string;
        url: string;
    };
    id: string;
    type: string;
    href: string;
};
export declare function statusMetadata(request: StoredRequest, now: number): {
    status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
    message: string;
    etag: string;
    targets: {
        target: {
            id: string | undefined;
            type: string;
            href: string;
        };
        status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
    }[];
};
export declare function statusReply(request: StoredRequest | undefined, requestId: string, origin: string, now: number): Reply;
export declare function requestReply(request: StoredRequest | undefined, requestId: string, depth: number, origin: string, now: number): Reply;
/**
 * `GET /requests`: newest first, filtered ("contains the value", case-insensitive, as documented),
 * paged by `offset` and `limit` (default 1000). A request is listed only from its `listedAt` on.
 */
export declare function listReply(requests: Iterable<StoredRequest>, query: URLSearchParams, depth: number, origin: string, now: number): Reply;
