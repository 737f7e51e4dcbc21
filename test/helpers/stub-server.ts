import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type StubHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** The contract a stub's credentials act for: `GET /contracts` answers it, as IONOS does for every account. */
export const STUB_CONTRACT = 31000001;

/**
 * A real HTTP server on a free port that answers as `handler` says: for responses no real API would
 * give. `GET /cloudapi/v6/contracts` (which the provider asks once per process, before a create) is
 * answered with `STUB_CONTRACT` and not listed in `requests`, so a test scripts only the key endpoints.
 */
export async function startStub(
  handler: StubHandler,
): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    if (req.method === "GET" && (req.url ?? "").split("?")[0] === "/cloudapi/v6/contracts")
      return reply(res, 200, { type: "contracts", items: [{ properties: { contractNumber: STUB_CONTRACT } }] });
    requests.push(`${req.method} ${(req.url ?? "").split("?")[0].replace(/^\/cloudapi\/v6/, "")}`);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Answers `status` with `body` (JSON unless a string) and optional headers. */
export function reply(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "Content-Type": typeof body === "string" ? "text/html" : "application/json", ...headers });
  res.end(text);
}
