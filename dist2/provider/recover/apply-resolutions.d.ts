import type { Resolution } from "./resolve";
import type { ExportedState, PendingCreate } from "./pending-creates";
/** A pending create and what recover found for it. */
export interface Resolved {
    readonly create: PendingCreate;
    readonly resolution: Resolution;
}
/** The edited state, what each pending create became, and whether anything changed. */
export interface Edit {
    readonly state: ExportedState;
    readonly changed: boolean;
    readonly lines: readonly string[];
    readonly counts: {
        readonly imported: number;
        readonly cleared: number;
        readonly left: number;
    };
}
/**
 * The state with each resolution applied. Pure (the input is not changed).
 * - `import`: the key becomes the resource of the pending create's URN, its inputs the create's and
 *   no secret (the next `pulumi up` reads or renews it). A key some resource of the state already
 *   holds is never imported twice: the pending create is dropped. A resource of the same URN still in
 *   the state is the one a cut-off replacement was replacing: it is marked for deletion (as the engine
 *   marks a replaced resource), so the next `pulumi up` deletes its key and the rotation completes.
 * - `clear`: the pending create is dropped. `leave`: it stays, said why.
 */
export declare function applyResolutions(exported: ExportedState, resolved: readonly Resolved[]): Edit;
/**
 * The outputs a key imported by recover has in the state: its inputs, its id, and no secret, which
 * the next `pulumi up` reads (S3Key) or renews (AccessKey): a diff sees `secretKey: ""` as a change.
 */
export declare function importedOutputs(inputs: Readonly<Record<string, unknown>>, id: string): Record<string, unknown>;
