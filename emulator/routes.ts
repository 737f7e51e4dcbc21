// Routing as data, as msw has it: each API module lists its routes as `{ method, pattern, handler }`,
// and this file only matches a request against them. One place to add an endpoint: its module's list.
import type { Reply } from "./ionos-errors";
import type { WriteRecord } from "./store";

export const BASE = "/cloudapi/v6";

/** What one endpoint answers, and the async request a write started. */
export interface EndpointResult {
  readonly reply: Reply;
  readonly requestId?: string;
  /** A write was applied that started no async request (the access-key API). */
  readonly wrote?: boolean;
}

/** One request as a handler sees it: the pattern's parameters, decoded, and what was sent. */
export interface Call {
  readonly params: Readonly<Record<string, string>>;
  readonly method: string;
  readonly body: string;
  readonly contentType: string | undefined;
  readonly depth: number;
  readonly url: URL;
  /** The contract the caller's credentials act for: every answer is about that contract's data. */
  readonly contract: number;
  /** What the Requests API will show of this write (made only when asked: GETs need none). */
  readonly record: () => WriteRecord;
}

/** An endpoint: `pattern` is a path whose `:name` segments are parameters. */
export interface RouteDef {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  readonly pattern: string;
  readonly handler: (call: Call) => EndpointResult;
}

/** What a path and method come to: a route with its parameters, a path served with other methods, none, or bad encoding. */
export type Match =
  | { readonly route: RouteDef; readonly params: Record<string, string> }
  | { readonly allowed: readonly string[] }
  | "bad"
  | undefined;

/** The route for `method` and `pathname` among `routes`. Pure. */
export function matchRoute(routes: readonly RouteDef[], method: string, pathname: string): Match {
  const segments = pathname.split("/");
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (params === "bad") return "bad";
    if (params === undefined) continue;
    if (route.method === method) return { route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { allowed } : undefined;
}

function matchPattern(pattern: string, segments: readonly string[]): Record<string, string> | "bad" | undefined {
  const parts = pattern.split("/");
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index];
    if (!part.startsWith(":")) {
      if (part !== segment) return undefined;
      continue;
    }
    if (segment === "") return undefined;
    try {
      params[part.slice(1)] = decodeURIComponent(segment);
    } catch {
      return "bad";
    }
  }
  return params;
}
