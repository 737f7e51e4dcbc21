// What recover asks Pulumi's own `pulumi refresh` to do with the pending creates: import the keys that
// exist and that no resource holds (`--import-pending-creates URN ID`), and clear the rest
// (`--clear-pending-creates`). The engine edits the state itself, under its own lock.
import type { Resolution } from "./resolve";
import type { ExportedState, PendingCreate } from "./pending-creates";

/** A pending create and what recover found for it. */
export interface Resolved {
  readonly create: PendingCreate;
  readonly resolution: Resolution;
}

/** The refresh to run (none when nothing is to change), what each pending create becomes, and the counts. */
export interface RefreshPlan {
  /** `pulumi refresh` arguments; undefined when nothing is imported or cleared. */
  readonly args?: readonly string[];
  readonly lines: readonly string[];
  readonly counts: { readonly imported: number; readonly cleared: number; readonly left: number };
}

/**
 * The refresh for these resolutions. Pure.
 * - `import`: only a key no resource of the state holds, and only for a URN the state does not hold
 *   (a resource of the same URN is one whose replacement was cut off: the next `pulumi up` runs that
 *   replacement again with the same create token, and its create adopts this key through IONOS's
 *   request log). A live key is never marked for deletion.
 * - `clear`: dropped with `--clear-pending-creates`, which drops every pending create not imported:
 *   so it is used only when none is to be left; otherwise the ones to clear are named.
 * - `leave`: stays, said why.
 */
export function refreshPlan(
  state: ExportedState,
  resolved: readonly Resolved[],
  /** Pending creates that are not recover's to resolve (other packages', malformed ones): never cleared. */
  others = 0,
): RefreshPlan {
  const resources = (state.deployment.resources ?? []).filter((r) => r.delete !== true);
  const lines: string[] = [];
  const imports: string[] = [];
  let cleared = 0;
  let left = 0;
  for (const { create, resolution } of resolved) {
    if (resolution.action === "leave") {
      left++;
      continue;
    }
    if (resolution.action === "clear") {
      cleared++;
      continue;
    }
    const holder = resources.find((r) => r.id === resolution.id);
    const sameUrn = resources.find((r) => r.urn === create.urn);
    if (holder !== undefined) {
      lines.push(`${create.urn}: key ${resolution.id} is already held by ${String(holder.urn)}: cleared, not imported`);
      cleared++;
    } else if (sameUrn !== undefined) {
      lines.push(
        `${create.urn}: a cut-off replacement of key ${String(sameUrn.id)}: cleared; the next \`pulumi up\` runs it again and adopts key ${resolution.id} (its create token's) instead of making another`,
      );
      cleared++;
    } else imports.push("--import-pending-creates", create.urn, "--import-pending-creates", resolution.id);
  }
  const clearing = cleared > 0 && left === 0 && others === 0;
  if (cleared > 0 && !clearing)
    lines.push(
      `${cleared} pending create(s) to clear are kept, for \`pulumi refresh --clear-pending-creates\` would drop the others too: run it once those are resolved`,
    );
  const imported = imports.length / 4;
  const args =
    imported > 0 || clearing
      ? [
          "refresh",
          "--yes",
          "--non-interactive",
          "--skip-preview",
          ...imports,
          ...(clearing ? ["--clear-pending-creates"] : []),
        ]
      : undefined;
  return {
    ...(args !== undefined ? { args } : {}),
    lines,
    counts: { imported, cleared: clearing ? cleared : 0, left: left + (clearing ? 0 : cleared) },
  };
}
