import type { Reply } from "./ionos-errors";
import type { WriteRecord } from "./store";
export declare const BASE = "/cloudapi/v6";
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
export type Match = {
    readonly route: RouteDef;
    readonly params: Record<string, string>;
} | {
    readonly allowed: readonly string[];
} | "bad" | undefined;
/** The route for `method` and `pathname` among `routes`. Pure. */
export declare function matchRoute(routes: readonly RouteDef[], method: string, pathname: string): Match;
