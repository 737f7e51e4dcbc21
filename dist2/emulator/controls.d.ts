import type { InjectedFault } from "./fault-decision";
import type { EmulatorOptions } from "./options";
export declare class Controls {
    private readonly options;
    /** The emulator's clock: request timelines, visibility, dates, the rate limit. */
    readonly now: () => number;
    /** The seeded generator every draw comes from (faults, jitter), so runs repeat. */
    readonly random: () => number;
    private requestDelayMs;
    private readonly failNext;
    private readonly injected;
    private readonly privilegeUntil;
    constructor(options: EmulatorOptions, 
    /** The emulator's clock: request timelines, visibility, dates, the rate limit. */
    now: () => number);
    /** Async requests take `ms` from now on (each varied by the jitter option). */
    setRequestDelay(ms: number): void;
    /** How long the next async request takes: the delay, varied by up to the jitter either way. */
    requestDelay({ jitter }?: {
        jitter?: boolean;
    }): number;
    /** The next write (the next `method` one, if given) ends FAILED with `message`. */
    failNextRequest(message: string, method?: string): void;
    /** The failure the next write of `method` must end with: injected first, else drawn at `failRequestRate`. */
    failureFor(method: string): string | undefined;
    /** The next request (the next `fault.method` one, if given) suffers this fault. */
    injectFault(fault: InjectedFault): void;
    /** The one-off fault for a request of `method`, taken. */
    takeInjected(method: string): InjectedFault | undefined;
    /** Creates for this user fail with the ACCESS_S3_OBJECT_STORAGE 422 for `ms` from now. */
    withholdPrivilege(userId: string, ms: number): void;
    /** Whether the user still lacks the privilege now. */
    privilegePending(userId: string): boolean;
}
