import type { IonosHttpClient } from "./client";
import { KEY_ID_PATTERN } from "./ids";
import { RecordedRequestsSchema, RequestStatusSchema, type RecordedRequest, type RequestStatus } from "./schemas";

/** Requests listed per page, and pages read at most: a user has at most a few keys, so a few POSTs. */
const PAGE = 100;
const MAX_PAGES = 5;

/** `yyyy-MM-dd HH:mm:ss` in UTC, the format IONOS's date filters take. */
export function filterDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/** The `/requests` endpoints: IONOS's own record of every write. */
export class RequestsApi {
  constructor(private readonly client: IonosHttpClient) {}

  /** The POSTs to `path` (below the API base) that IONOS recorded since `sinceMs`, newest first. */
  async postsTo(path: string, sinceMs: number): Promise<RecordedRequest[]> {
    const found: RecordedRequest[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const { data } = await this.client.request({
        method: "GET",
        path: "/requests",
        query: {
          depth: "1",
          "filter.method": "POST",
          "filter.url": path,
          "filter.createdAfter": filterDate(sinceMs),
          offset: String(page * PAGE),
          limit: String(PAGE),
        },
        schema: RecordedRequestsSchema,
      });
      // "Contains" is how IONOS filters: keep the POSTs to exactly this path.
      found.push(...data.items.filter((r) => urlPath(r.properties?.url).endsWith(path)));
      if (data.items.length < PAGE) break;
    }
    return found;
  }

  async status(requestId: string): Promise<RequestStatus["metadata"]> {
    const { data } = await this.client.request({
      method: "GET",
      path: `/requests/${encodeURIComponent(requestId)}/status`,
      schema: RequestStatusSchema,
    });
    return data.metadata;
  }
}

function urlPath(url: string | undefined): string {
  if (url === undefined) return "";
  try {
    return new URL(url, "http://host").pathname.replace(/\/+$/, "");
  } catch {
    return "";
  }
}

/** A recorded header's value, whatever the case of its name. */
export function recordedHeader(request: RecordedRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.properties?.headers ?? {}))
    if (key.toLowerCase() === wanted) return String(value);
  return undefined;
}

/** The key a request's status names as its target (the key a create made), if any. */
export function createdKeyId(status: RequestStatus["metadata"]): string | undefined {
  return status.targets?.map((t) => t.target.id).find((id) => id !== undefined && KEY_ID_PATTERN.test(id));
}
