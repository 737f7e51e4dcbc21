import type { Emulator } from "../emulator";
import { type Resolver } from "../provider/recover/resolve";
import { Hosts, type Kind, type Stack } from "./soak-stacks";
export type Step = "create" | "toggle" | "delete";
/** The message of a call whose plugin host was killed under it. */
export declare function killedHost(message: string): boolean;
/** Two stacks' operations and their counts: what succeeded, failed clearly, was cut off, or is unclear. */
export declare class SoakRun {
    private readonly hosts;
    private readonly resolver;
    private readonly clockSkewMs;
    readonly stacks: Stack[];
    attempted: number;
    succeeded: number;
    failedClearly: number;
    interrupted: number;
    shared: number;
    pluginHostsKilled: number;
    readonly unclear: string[];
    readonly errors: string[];
    /** Resources whose delete was cut off by a kill: the state may hold a key already gone, as Pulumi's would. */
    readonly cutOffDeletes: Set<string>;
    /** Kills that took the runner with them: engine gone, pending creates left in the state, a fresh disk. */
    runnersVanished: number;
    /** Pending creates `recover` resolved: keys imported into the state, and creates proven to have made none. */
    importedByRecover: number;
    clearedByRecover: number;
    /**
     * `clockSkewMs`: the first stack's machine is that far ahead of IONOS's clock, the second's that
     * far behind. `resolver`: how `recover` asks IONOS, for the pending creates of vanished runners.
     */
    constructor(hosts: Hosts, resolver: Resolver, clockSkewMs?: number);
    startStacks(): Promise<void>;
    /**
     * The CI recipe's `npx pulumi-ionos-s3key recover` before the next `pulumi up` on a fresh runner:
     * each create its vanished runner left pending is resolved, as recover resolves it, and imported
     * into the state (with the outputs recover writes) or cleared.
     */
    private recoverPending;
    private outcome;
    private holders;
    /** One operation as the engine runs it; false when it failed. */
    run(kind: Kind, stack: Stack, index: number, step: Step): Promise<boolean>;
    /** Create, toggle (S3Key: `active`; AccessKey: a new rotation) and delete, one after the other. */
    lifecycle(kind: Kind, index: number): Promise<void>;
    /** The next `pulumi up` and `pulumi destroy`: create what never reached the state, then delete. */
    recover(kind: Kind, index: number): Promise<void>;
    /**
     * Kills a plugin host at random moments (seeded), each replaced by a new one as the next run would.
     * With `vanish`, the second stack runs on ephemeral runners: each of its kills takes the runner
     * along (its pending creates stay in the state, its journal is gone, the next host starts on a
     * fresh disk, and `recover` runs before its next operation), while the first stack's machine stays
     * and only its plugin hosts die. (A plugin host that dies alone on a runner that is then thrown
     * away leaks: the engine forgets the failed create, and its journal entry goes with the disk.)
     * `stop` ends it.
     */
    startKiller(seed: number, everyMs: number, vanish?: boolean): {
        stop(): Promise<void>;
    };
    /** After the first run: keys a state holds that the emulator lacks (cut-off deletes aside), and ids held twice. */
    lostAndDuplicated(emulator: Emulator, users: readonly string[]): {
        lost: number;
        duplicates: number;
    };
}
/** The faults the emulator injected, by kind. */
export declare function injectedFaults(emulator: Emulator): Record<string, number>;
