import type { StepOp } from "./step-planner";
/** One step the engine planned (preview) or took. */
export interface Step {
    readonly op: StepOp;
    readonly urn: string;
    readonly name: string;
    readonly type: string;
    readonly error?: string;
}
/** The line Pulumi prints for a step: planned in a preview, done otherwise; none for an unchanged resource. */
export declare function stepLine(step: Step, preview: boolean): string | undefined;
/** The line for a failed step. */
export declare function failureLine(step: Step, message: string): string;
