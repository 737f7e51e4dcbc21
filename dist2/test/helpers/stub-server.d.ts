import { type IncomingMessage, type ServerResponse } from "node:http";
export type StubHandler = (req: IncomingMessage, res: ServerResponse) => void;
/** A real HTTP server on a free port that answers as `handler` says: for responses no real API would give. */
export declare function startStub(handler: StubHandler): Promise<{
    url: string;
    requests: string[];
    close(): Promise<void>;
}>;
/** Answers `status` with `body` (JSON unless a string) and optional headers. */
export declare function reply(res: ServerResponse, status: number, body?: unknown, headers?: Record<string, string>): void;
