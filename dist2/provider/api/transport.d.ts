import type { Agent } from "node:http";
import type { NetworkFailure } from "./retry-policy";
/** The headers of an answer, as the client reads them. */
export interface FetchHeaders {
    get(name: string): string | null;
}
/** What the client reads of an HTTP answer (node-fetch's `Response` has it; tests pass fakes). */
export interface FetchResponse {
    readonly ok: boolean;
    readonly status: number;
    readonly headers: FetchHeaders;
    /** The body as a stream of chunks (node-fetch's Node.js stream), read up to the size cap. */
    readonly body?: (AsyncIterable<Uint8Array | string> & {
        destroy?(): void;
    }) | null;
    text(): Promise<string>;
}
/** What the client sends: a subset of node-fetch's `RequestInit`, so the published types need no `@types/node-fetch`. */
export interface FetchInit {
    readonly method: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
    readonly signal?: AbortSignal;
    readonly redirect?: "manual";
    /** Connection reuse (keep-alive), chosen by URL. */
    readonly agent?: (url: URL) => Agent;
}
export type Fetch = (url: string, init: FetchInit) => Promise<FetchResponse>;
export declare function classifyNetworkError(error: unknown): NetworkFailure;
/** An answer's body as read: all of it, or its first `maxBytes` when it is longer (reading stops there). */
export interface Body {
    readonly text: string;
    readonly truncated: boolean;
}
export declare function readCapped(response: FetchResponse, maxBytes: number): Promise<Body>;
/** The start of a body for a message, secrets redacted; `truncated` when only its first bytes were read. */
export declare function excerpt(text: string, secrets: readonly string[], truncated?: boolean): string;
