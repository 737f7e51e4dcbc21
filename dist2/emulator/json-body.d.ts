import { type Reply } from "./ionos-errors";
/** How deep a JSON body may nest: IONOS's bodies are three levels deep; far deeper is an attack. */
export declare const MAX_BODY_DEPTH = 32;
/** The most of a client's input an answer ever shows. */
export declare const MAX_ECHO = 200;
/** A value as an error message may show it: JSON, at most 200 characters, never throwing. */
export declare function shown(value: unknown): string;
/** A request body as JSON, or the 400 to answer: not JSON, or nested too deeply. Short messages only. */
export declare function parseJsonBody(body: string): {
    readonly json: unknown;
} | {
    readonly reply: Reply;
};
