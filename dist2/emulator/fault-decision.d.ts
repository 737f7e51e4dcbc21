import type { FaultOptions } from "./options";
/** A one-off fault: drop the connection (before or after applying a write), or answer a status instead. */
export interface InjectedFault {
    readonly method?: string;
    readonly kind: "drop" | "drop-after-write" | "status";
    /** For `status`: the answer; with `afterWrite`, the write is applied first. */
    readonly status?: number;
    readonly afterWrite?: boolean;
}
/** What happens to one request: a delay, then maybe a fault before it is applied, or after a write. */
export interface FaultDecision {
    readonly latencyMs: number;
    readonly before?: {
        readonly kind: "drop";
    } | {
        readonly kind: "status";
        readonly status: number;
    };
    /** `drawn`: from `dropAfterWriteRate`, so only for a write that started a request; injected ones always apply. */
    readonly afterWrite?: {
        readonly kind: "drop";
        readonly drawn?: boolean;
    } | {
        readonly kind: "status";
        readonly status: number;
    };
}
/**
 * Decides the faults of one request from the seeded rates, then from the one-off fault that matches
 * it (taken only when no drawn fault came first, so it waits for the next request). Pure but for
 * `random`, the seeded generator, so runs repeat; draws are made in a fixed order whatever the outcome.
 */
export declare function decideFaults(faults: FaultOptions, random: () => number, takeInjected: () => InjectedFault | undefined): FaultDecision;
