import { errors, type Reply } from "./ionos-errors";
import { BASE, type RouteDef } from "./routes";
import { applyListOptions, readListOptions } from "./list-options";
import { requestStatus, type StoredRequest } from "./store";

/** The Requests API: what happened to each write (`GET /requests`, `/requests/{id}`, `/requests/{id}/status`). */

/** The Requests API's routes, over the store's requests. */
export function requestRoutes(
  requests: ReadonlyMap<string, StoredRequest>,
  origin: () => string,
  now: () => number,
): RouteDef[] {
  return [
    {
      method: "GET",
      pattern: `${BASE}/requests`,
      handler: (c) => ({
        reply: listReply(ofContract(requests.values(), c.contract), c.url.searchParams, c.depth, origin(), now()),
      }),
    },
    {
      method: "GET",
      pattern: `${BASE}/requests/:requestId`,
      handler: (c) => ({
        reply: requestReply(visible(requests, c), c.params.requestId, c.depth, origin(), now()),
      }),
    },
    {
      method: "GET",
      pattern: `${BASE}/requests/:requestId/status`,
      handler: (c) => ({ reply: statusReply(visible(requests, c), c.params.requestId, origin(), now()) }),
    },
  ];
}

/** The requests of one contract: each account sees its own writes only (a request with no contract is the emulator's own). */
function ofContract(requests: Iterable<StoredRequest>, contract: number): StoredRequest[] {
  return [...requests].filter((r) => r.record.contract === undefined || r.record.contract === contract);
}

/** The request a call names, if it is the caller's contract's. */
function visible(
  requests: ReadonlyMap<string, StoredRequest>,
  call: { readonly params: Readonly<Record<string, string>>; readonly contract: number },
): StoredRequest | undefined {
  return ofContract(
    [requests.get(call.params.requestId)].filter((r) => r !== undefined),
    call.contract,
  )[0];
}

/** Filters that work at any depth; the others need depth ≥ 1, as IONOS documents. */
const SHALLOW_FILTERS = new Set(["status", "createdAfter", "createdBefore"]);
const DEEP_FILTERS = new Set(["createdDate", "createdBy", "etag", "requestStatus", "method", "headers", "body", "url"]);

/** `yyyy-MM-dd HH:mm:ss` (read as UTC, the safe reading of IONOS's undocumented zone) or ISO 8601. */
export function parseFilterDate(value: string): number | undefined {
  const plain = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(value.trim());
  const ms = plain ? Date.parse(`${plain[1]}T${plain[2]}Z`) : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A Request at `depth`: at 0 only `id`, `type` and `href`. */
export function requestBody(request: StoredRequest, depth: number, origin: string, now: number) {
  const ref = { id: request.id, type: "request", href: `${origin}${BASE}/requests/${request.id}` };
  if (depth < 1) return ref;
  return {
    ...ref,
    metadata: {
      createdDate: isoSeconds(request.createdAt),
      createdBy: request.record.createdBy,
      etag: request.id.replace(/-/g, "").slice(0, 32),
      requestStatus: {
        id: `${request.id}/status`,
        type: "request-status",
        href: `${origin}${BASE}/requests/${request.id}/status`,
        ...(depth >= 2 ? { metadata: statusMetadata(request, now) } : {}),
      },
    },
    properties: {
      method: request.method,
      headers: request.record.headers,
      body: request.record.body,
      url: request.record.url,
    },
  };
}

export function statusMetadata(request: StoredRequest, now: number) {
  const status = requestStatus(request, now);
  const message =
    status === "FAILED"
      ? (request.failure ?? "")
      : status === "DONE"
        ? "Request has been successfully executed"
        : "Request is being processed";
  return {
    status,
    message,
    etag: request.id.replace(/-/g, "").slice(0, 32),
    targets: [{ target: { id: request.targetHref.split("/").pop(), type: "s3key", href: request.targetHref }, status }],
  };
}

export function statusReply(request: StoredRequest | undefined, requestId: string, origin: string, now: number): Reply {
  if (request === undefined) return errors.pathNotFound(`${BASE}/requests/${requestId}/status`);
  return {
    status: 200,
    body: {
      id: `${request.id}/status`,
      type: "request-status",
      href: `${origin}${BASE}/requests/${request.id}/status`,
      metadata: statusMetadata(request, now),
    },
  };
}

export function requestReply(
  request: StoredRequest | undefined,
  requestId: string,
  depth: number,
  origin: string,
  now: number,
): Reply {
  if (request === undefined || request.listedAt > now) return errors.pathNotFound(`${BASE}/requests/${requestId}`);
  return { status: 200, body: requestBody(request, Math.max(depth, 1), origin, now) };
}

/**
 * `GET /requests`: newest first, filtered ("contains the value", case-insensitive, as documented),
 * paged by `offset` and `limit` (default 1000). A request is listed only from its `listedAt` on.
 */
export function listReply(
  requests: Iterable<StoredRequest>,
  query: URLSearchParams,
  depth: number,
  origin: string,
  now: number,
): Reply {
  const options = readListOptions(query, {
    properties: [...SHALLOW_FILTERS, ...DEEP_FILTERS],
    orderBy: ORDERABLE,
    parameters: ["offset", "limit"],
  });
  if ("reply" in options) return options.reply;
  const filters: Array<[string, string]> = [];
  for (const [field, value] of options.filters) {
    const name = `filter.${field}`;
    if (DEEP_FILTERS.has(field) && depth < 1) return errors.invalid(name, "this filter needs depth=1 or more");
    if ((field === "createdAfter" || field === "createdBefore") && parseFilterDate(value) === undefined)
      return errors.invalid(name, `"${value.slice(0, 40)}" is not a date like 2026-11-22 05:43:39`);
    filters.push([field, value]);
  }
  const offset = integer(query.get("offset"), 0);
  const limit = integer(query.get("limit"), 1000);
  if (offset === undefined) return errors.invalid("offset", "it must be a whole number, 0 or more");
  if (limit === undefined || limit < 1 || limit > 10_000)
    return errors.invalid("limit", "it must be a whole number from 1 to 10000");

  const matching: StoredRequest[] = [];
  for (const request of requests) {
    if (request.listedAt > now) continue;
    const problem = filters.find(([field, value]) => !matches(request, field, value, now));
    if (problem === undefined) matching.push(request);
  }
  matching.reverse();
  // Newest first, unless `orderBy` names a property; `maxResults` caps the page.
  const ordered = applyListOptions(
    matching,
    { filters: [], ...(options.orderBy ? { orderBy: options.orderBy } : {}) },
    (r, p) => orderValue(r, p, now),
  );
  const page = ordered.slice(offset, offset + Math.min(limit, options.maxResults ?? limit));
  const href = `${origin}${BASE}/requests`;
  const link = (at: number) => `${href}?offset=${at}&limit=${limit}`;
  return {
    status: 200,
    body: {
      id: "requests",
      type: "collection",
      href,
      items: page.map((r) => requestBody(r, depth, origin, now)),
      offset,
      limit,
      _links: {
        ...(offset > 0 ? { prev: link(Math.max(0, offset - limit)) } : {}),
        self: link(offset),
        ...(offset + limit < matching.length ? { next: link(offset + limit) } : {}),
      },
    },
  };
}

/** What `orderBy` takes on `/requests`. */
const ORDERABLE = ["createdDate", "createdBy", "method", "url", "status", "etag"];

function orderValue(request: StoredRequest, property: string, now: number): string {
  switch (property) {
    case "createdDate":
      return new Date(request.createdAt).toISOString();
    case "createdBy":
      return request.record.createdBy;
    case "method":
      return request.method;
    case "url":
      return request.record.url;
    case "status":
      return requestStatus(request, now);
    default:
      return request.id.replace(/-/g, "");
  }
}

function integer(raw: string | null, fallback: number): number | undefined {
  if (raw === null) return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

function contains(haystack: string, needle: string): boolean {
  return haystack.toLowerCase().includes(needle.toLowerCase());
}

function matches(request: StoredRequest, field: string, value: string, now: number): boolean {
  switch (field) {
    case "status":
    case "requestStatus":
      return contains(requestStatus(request, now), value);
    case "createdAfter":
    case "createdBefore": {
      const at = parseFilterDate(value) ?? Number.NaN;
      return field === "createdAfter" ? request.createdAt >= at : request.createdAt <= at;
    }
    case "createdDate":
      return contains(isoSeconds(request.createdAt), value);
    case "createdBy":
      return contains(request.record.createdBy, value);
    case "etag":
      return contains(request.id.replace(/-/g, ""), value);
    case "method":
      return contains(request.method, value);
    case "headers":
      return Object.entries(request.record.headers).some(([name, v]) => contains(`${name}: ${v}`, value));
    case "body":
      return contains(request.record.body, value);
    case "url":
      return contains(request.record.url, value);
    default:
      return false;
  }
}
