import { type Emulator } from "../emulator";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
/** One create of a shifted sweep: the pace, which of its requests, its slack and its polls. */
export interface ShiftedWait {
    readonly paceMs: number;
    /** 1 for the first request at this pace. */
    readonly nth: number;
    readonly slackMs: number;
    readonly polls: number;
}
/** The emulator and a clock that only moves when someone sleeps. */
export declare function simulatedWorld(requestDelayMs: number, seed: number): Promise<{
    emulator: Emulator;
    provider: (journalDir?: string) => S3KeyProvider;
    now: () => number;
    advance: (ms: number) => undefined;
}>;
/** One create and what its wait cost: slack from DONE to create returning, and status polls. */
export declare function timedCreate(emulator: Emulator, provider: S3KeyProvider, now: () => number): Promise<{
    slackMs: number;
    polls: number;
}>;
/** `perPace` creates at each pace of `paces` in turn, in one process, after `warmup` at the first. */
export declare function shiftedSweep(paces: readonly number[], perPace: number, seed: number): Promise<ShiftedWait[]>;
/** A run that starts where the last one on the machine ended: its first wait, and a lifecycle against its floor. */
export interface NextRun {
    readonly first: {
        readonly slackMs: number;
        readonly polls: number;
    };
    /** A lifecycle's time (create, disable, delete, each waited for) over the time its requests took. */
    readonly lifecycleRatio: number;
}
/**
 * One `pulumi up` that learns IONOS's pace (`learnRuns` creates), then a new process on the same
 * machine (the same journal directory), `gapMs` later, after `learnRuns` lifecycles: its first create's wait, and one lifecycle.
 */
export declare function nextRun(paceMs: number, seed: number, gapMs?: number, learnRuns?: number): Promise<NextRun>;
