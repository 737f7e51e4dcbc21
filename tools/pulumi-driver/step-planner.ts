import { PROVIDER_KEY, type Props } from "./sdk";

/** What the engine does with one resource. */
export type StepOp = "create" | "update" | "replace" | "delete" | "delete-replaced" | "same" | "read" | "refresh";

export interface DiffResult {
  readonly changes: "none" | "some" | "unknown";
  readonly replaces: readonly string[];
  readonly deleteBeforeReplace: boolean;
}

export interface PlanInput {
  /** The resource in the state, if any: its inputs, and whether its create failed to finish. */
  readonly old?: { readonly inputs: Props; readonly initErrors?: readonly string[] };
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
export function planStep({ old, inputs, diff, replaceOnChanges, deleteBeforeReplace }: PlanInput): {
  op: StepOp;
  deleteBeforeReplace: boolean;
} {
  if (old === undefined || diff === undefined) return { op: "create", deleteBeforeReplace };
  const changed =
    diff.changes === "some" ||
    (diff.changes === "unknown" &&
      JSON.stringify(withoutProvider(old.inputs)) !== JSON.stringify(withoutProvider(inputs)));
  const replaces = [
    ...diff.replaces,
    ...replaceOnChanges.filter((p) => JSON.stringify(inputs[p]) !== JSON.stringify(old.inputs[p])),
  ];
  const op: StepOp = old.initErrors
    ? replaces.length > 0
      ? "replace"
      : "update"
    : !changed
      ? "same"
      : replaces.length > 0
        ? "replace"
        : "update";
  return { op, deleteBeforeReplace: deleteBeforeReplace || diff.deleteBeforeReplace };
}

function withoutProvider(props: Props): Props {
  const { [PROVIDER_KEY]: _provider, ...rest } = props;
  return rest;
}
