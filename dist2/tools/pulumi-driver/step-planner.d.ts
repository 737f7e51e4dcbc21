import { type Props } from "./sdk";
/** What the engine does with one resource. */
export type StepOp = "create" | "update" | "replace" | "delete" | "delete-replaced" | "same" | "read" | "refresh";
export interface DiffResult {
    readonly changes: "none" | "some" | "unknown";
    readonly replaces: readonly string[];
    readonly deleteBeforeReplace: boolean;
}
export interface PlanInput {
    /** The resource in the state, if any: its inputs, and whether its create failed to finish. */
    readonly old?: {
        readonly inputs: Props;
        readonly initErrors?: readonly string[];
    };
    /** The checked new inputs. */
    readonly inputs: Props;
    /** The provider's diff (absent for a new resource). */
    readonly diff?: DiffResult;
    /** The resource option `replaceOnChanges`. */
    readonly replaceOnChanges: readonly string[];
    /** The resource option `deleteBeforeReplace`. */
    readonly deleteBeforeReplace: boolean;
}
/**
 * The step for a registered resource, decided as the engine decides it: create when new; for a
 * resource whose create failed to finish, update (or replace when a replacing property changed);
 * else same, update or replace from the provider's diff and `replaceOnChanges`.
 */
export declare function planStep({ old, inputs, diff, replaceOnChanges, deleteBeforeReplace }: PlanInput): {
    op: StepOp;
    deleteBeforeReplace: boolean;
};
