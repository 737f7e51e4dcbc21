import type { IonosHttpClient } from "./client";
import { type RecordedRequest, type RequestStatus } from "./schemas";
/** `yyyy-MM-dd HH:mm:ss` in UTC, the format IONOS's date filters take. */
export declare function filterDate(ms: number): string;
/** The `/requests` endpoints: IONOS's own record of every write. */
export declare class RequestsApi {
    private readonly client;
    constructor(client: IonosHttpClient);
    /** The POSTs to `path` (below the API base) that IONOS recorded since `sinceMs`, newest first. */
    postsTo(path: string, sinceMs: number): Promise<RecordedRequest[]>;
    status(requestId: string): Promise<RequestStatus["metadata"]>;
}
/** A recorded header's value, whatever the case of its name. */
export declare function recordedHeader(request: RecordedRequest, name: string): string | undefined;
/** The key a request's status names as its target (the key a create made), if any. */
export declare function createdKeyId(status: RequestStatus["metadata"]): string | undefined;
