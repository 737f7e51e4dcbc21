import { type ProviderConfig } from "../common/config";
import { type RunPulumi } from "./pulumi-commands";
import { type Resolver } from "./resolve";
export type { RunPulumi } from "./pulumi-commands";
export { importedOutputs } from "./apply-resolutions";
/**
 * recover's exit codes: 0 nothing is left pending; 1 a command or the settings failed (nothing was
 * written); 2 some pending creates are left as they are (each said why), the others resolved; 3 the
 * stack is locked by an update (running, or killed: `pulumi cancel`), or changed while recover worked
 * and kept changing: nothing was written; 64 a usage error.
 */
export declare const EXIT: {
    readonly done: 0;
    readonly failed: 1;
    readonly left: 2;
    readonly busy: 3;
    readonly usage: 64;
};
export interface RecoverOptions {
    /** `--stack NAME`, or the selected stack. */
    readonly stack?: string;
    readonly env?: NodeJS.ProcessEnv;
    readonly cwd?: string;
    readonly out?: (line: string) => void;
    /** @default the `pulumi` on PATH */
    readonly pulumi?: RunPulumi;
}
/**
 * `pulumi-ionos-s3key recover`: finds every pending create of an S3Key or AccessKey in the stack's
 * state (a `pulumi up` cut off, its runner perhaps gone), asks IONOS which key each made, and imports
 * it into the state, or clears it when IONOS proves none was made or an `up` already resolved it. A
 * safe edit of the state: never over a lock, never over a state that changed since it was read.
 * Sends no API request when nothing is pending. Resolves to an exit code (`EXIT`).
 */
export declare function recover(options?: RecoverOptions): Promise<number>;
/** How recover asks IONOS: both APIs with the settings `pulumi up` uses, and the request log's settle time. */
export declare function resolverOf(config: ProviderConfig, log: (line: string) => void): Resolver;
