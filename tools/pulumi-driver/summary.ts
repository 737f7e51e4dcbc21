import type { StepOp } from "./step-planner";

/** One step the engine planned (preview) or took. */
export interface Step {
  readonly op: StepOp;
  readonly urn: string;
  readonly name: string;
  readonly type: string;
  readonly error?: string;
}

const SYMBOL: Record<StepOp, string> = {
  create: "+",
  update: "~",
  replace: "+-",
  delete: "-",
  "delete-replaced": "--",
  same: " ",
  read: ">",
  refresh: "~",
};

const DONE: Record<StepOp, string> = {
  create: "created",
  update: "updated",
  replace: "replaced",
  delete: "deleted",
  "delete-replaced": "deleted original",
  same: "",
  read: "read",
  refresh: "refreshed",
};

/** The line Pulumi prints for a step: planned in a preview, done otherwise; none for an unchanged resource. */
export function stepLine(step: Step, preview: boolean): string | undefined {
  if (step.op === "same") return undefined;
  return ` ${SYMBOL[step.op].padEnd(2)} ${step.type}  ${step.name}  ${preview ? step.op : DONE[step.op]}`;
}

/** The line for a failed step. */
export function failureLine(step: Step, message: string): string {
  return ` ${SYMBOL[step.op].padEnd(2)} ${step.type}  ${step.name}  **${step.op} failed**: ${message}`;
}
