import type { IncomingMessage, ServerResponse } from "node:http";
import { AccessKeyEndpoints } from "./accesskey-endpoints";
import type { EmulatorOptions } from "./options";
import { Controls } from "./controls";
import { Store } from "./store";
export type { InjectedFault } from "./fault-decision";
/** One line of the request log. */
export interface LogEntry {
    readonly method: string;
    readonly path: string;
    /** 0 when the connection was dropped without an answer. */
    status: number;
    readonly startedAt: number;
    durationMs: number;
    /** `dropped-after-write`: the write happened, the client got no answer. */
    outcome: "answered" | "dropped" | "dropped-after-write";
    /** The async request a write started. */
    requestId?: string;
}
/** The owner of the access keys made through the emulator's credentials. */
export declare const ACCOUNT = "emulator-account";
/** Handles every HTTP request: limits, auth, faults, then the IONOS endpoints. */
export declare class EmulatorHandler {
    private readonly options;
    readonly now: () => number;
    readonly store: Store;
    readonly log: LogEntry[];
    /** What tests and options steer: clock, request delay, one-off faults, failures, privileges. */
    readonly controls: Controls;
    /** The Object Storage Management API's access keys. */
    readonly accessKeys: AccessKeyEndpoints;
    origin: string;
    private readonly limiter;
    /** Every endpoint of both APIs, as data (see routes.ts). */
    private readonly routes;
    constructor(options: EmulatorOptions, now?: () => number);
    handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
    /**
     * 401 at once; whatever body follows is discarded as it arrives (never held), and a client still
     * sending it a second after the answer is cut off, so unauthenticated load costs no memory.
     */
    private refuse;
    private answer;
    /** The stages, in order: URL, auth, faults, body, route, validation, endpoint, faults after the write. */
    private process;
    /** The route, method, depth and headers, checked; or the IONOS error for the first that is wrong. */
    private validate;
    /** What the Requests API will show of this write; never the Authorization header. */
    private record;
}
