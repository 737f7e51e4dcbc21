// The emulator's HTTP edges: reading a request's body (capped, within a deadline) and writing an answer.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Reply } from "./ionos-errors";

const MAX_BODY = 1 << 20;

/** Writes one answer in the IONOS shape, with the rate-limit headers every answer carries. */
export function writeReply(
  res: ServerResponse,
  reply: Reply,
  rateHeaders: Record<string, string>,
  pretty: boolean,
): void {
  const body = reply.body === undefined ? "" : JSON.stringify(reply.body, null, pretty ? 2 : undefined);
  res.writeHead(reply.status, {
    ...rateHeaders,
    ...(body ? { "Content-Type": "application/json" } : {}),
    "Content-Length": String(Buffer.byteLength(body)),
    ...reply.headers,
  });
  res.end(body);
}

/** The body (undefined past 1 MiB or on a broken stream), or "timeout" when it did not end within `timeoutMs`. */
export function readBody(req: IncomingMessage, timeoutMs: number): Promise<string | undefined | "timeout"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const timer = setTimeout(() => resolve("timeout"), timeoutMs);
    const done = (value: string | undefined) => {
      clearTimeout(timer);
      resolve(value);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => done(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => done(undefined));
  });
}
