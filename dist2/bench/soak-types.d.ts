export interface SoakOptions {
    readonly keys: number;
    readonly seed: number;
    readonly parallelism: number;
    /** Kill a plugin host (SIGKILL) about this often, in ms, and start a new one; 0 never. @default 0 */
    readonly killEveryMs?: number;
    /**
     * AccessKeys (Object Storage Management API) created, renewed and destroyed alongside, by both
     * stacks, at most four at once (IONOS allows five per user). @default 0
     */
    readonly accessKeys?: number;
    /** Every request through a real forward proxy on loopback, as on a corporate network (`--proxy`). @default false */
    readonly proxy?: boolean;
    /** The first stack's machine clock this far ahead of IONOS's, the second's this far behind, in ms. @default 0 */
    readonly clockSkewMs?: number;
    /**
     * The second stack runs on ephemeral runners: a kill takes the runner along (pending creates left
     * in the state, a fresh journal), and `recover` runs before its next operation. @default false
     */
    readonly vanishedRunners?: boolean;
}
export interface SoakReport {
    readonly keys: number;
    readonly accessKeys: number;
    readonly users: number;
    readonly stacks: number;
    readonly seed: number;
    readonly attempted: number;
    readonly succeeded: number;
    readonly failedClearly: number;
    /** Operations cut off by a killed plugin host. */
    readonly interrupted: number;
    readonly pluginHostsKilled: number;
    /** Creates that found the key an interrupted create had made, through the journal and the request log. */
    readonly recoveredByJournal: number;
    readonly clockSkewMs: number;
    /** Kills that took the runner along (engine and disk), each followed by a fresh journal. */
    readonly runnersVanished: number;
    /** Pending creates of vanished runners that recover imported (a key was made) or cleared (none was). */
    readonly importedByRecover: number;
    readonly clearedByRecover: number;
    readonly unclearErrors: number;
    /** Creates that returned a key another resource already held. */
    readonly shared: number;
    /** Keys on the emulator after the recovery run (which destroys every stack): made, in no state. */
    readonly leaked: number;
    /** Keys a state held that the emulator does not have, after the first run (a delete cut off after it was applied aside). */
    readonly lost: number;
    /** Key ids held by two resources at once, after the first run. */
    readonly duplicates: number;
    /** AccessKeys whose secret in the state is not the key's secret on the emulator, after each step. */
    readonly secretsUnknown: number;
    readonly requests: number;
    /** Requests the proxy carried (0 without one). */
    readonly proxied: number;
    readonly injected: Record<string, number>;
    readonly seconds: number;
    readonly errors: string[];
}
