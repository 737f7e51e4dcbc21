"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RequestsApi = void 0;
exports.filterDate = filterDate;
exports.recordedHeader = recordedHeader;
exports.createdKeyId = createdKeyId;
const ids_1 = require("./ids");
const schemas_1 = require("./schemas");
/** Requests listed per page, and pages read at most: a user has at most a few keys, so a few POSTs. */
const PAGE = 100;
const MAX_PAGES = 5;
/** `yyyy-MM-dd HH:mm:ss` in UTC, the format IONOS's date filters take. */
function filterDate(ms) {
    return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}
/** The `/requests` endpoints: IONOS's own record of every write. */
class RequestsApi {
    client;
    constructor(client) {
        this.client = client;
    }
    /** The POSTs to `path` (below the API base) that IONOS recorded since `sinceMs`, newest first. */
    async postsTo(path, sinceMs) {
        const found = [];
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
                schema: schemas_1.RecordedRequestsSchema,
            });
            // "Contains" is how IONOS filters: keep the POSTs to exactly this path.
            found.push(...data.items.filter((r) => urlPath(r.properties?.url).endsWith(path)));
            if (data.items.length < PAGE)
                break;
        }
        return found;
    }
    async status(requestId) {
        const { data } = await this.client.request({
            method: "GET",
            path: `/requests/${encodeURIComponent(requestId)}/status`,
            schema: schemas_1.RequestStatusSchema,
        });
        return data.metadata;
    }
}
exports.RequestsApi = RequestsApi;
function urlPath(url) {
    if (url === undefined)
        return "";
    try {
        return new URL(url, "http://host").pathname.replace(/\/+$/, "");
    }
    catch {
        return "";
    }
}
/** A recorded header's value, whatever the case of its name. */
function recordedHeader(request, name) {
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(request.properties?.headers ?? {}))
        if (key.toLowerCase() === wanted)
            return String(value);
    return undefined;
}
/** The key a request's status names as its target (the key a create made), if any. */
function createdKeyId(status) {
    return status.targets?.map((t) => t.target.id).find((id) => id !== undefined && ids_1.KEY_ID_PATTERN.test(id));
}
//# sourceMappingURL=requests-api.js.map