import type { IncomingMessage, ServerResponse } from "node:http";
import type { Reply } from "./ionos-errors";
/** Writes one answer in the IONOS shape, with the rate-limit headers every answer carries. */
export declare function writeReply(res: ServerResponse, reply: Reply, rateHeaders: Record<string, string>, pretty: boolean): void;
/** The body (undefined past 1 MiB or on a broken stream), or "timeout" when it did not end within `timeoutMs`. */
export declare function readBody(req: IncomingMessage, timeoutMs: number): Promise<string | undefined | "timeout">;
