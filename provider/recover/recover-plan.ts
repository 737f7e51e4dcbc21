// What recover writes into the state: each pending create's outcome, as one edit of the exported state
// that recover then imports with `pulumi stack import` (see recover.ts for why not `pulumi refresh
// --import-pending-creates`).
import type { Resolution } from "./resolve";
import type { ExportedState, PendingCreate, StateResource } from "./pending-creates";

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
  readonly counts: { readonly imported: number; readonly cleared: number; readonly left: number };
}

/**
 * The state with each resolution applied. Pure (the input is not changed).
 * - `import`: only a key no resource of the state holds, and only for a URN the state does not hold:
 *   the key becomes the resource of the pending create's URN, its inputs the create's and no secret
 *   (the next `pulumi up` reads or renews it). A resource of the same URN is one whose replacement was
 *   cut off: the pending create is cleared, and the next `pulumi up` runs that replacement again with
 *   the same create token, whose create adopts this key through IONOS's request log. A live key is
 *   never marked for deletion.
 * - `clear`: the pending create is dropped. `leave`: it stays, said why.
 */
export function applyResolutions(exported: ExportedState, resolved: readonly Resolved[]): Edit {
  const state = structuredClone(exported);
  const deployment = state.deployment;
  const resources: StateResource[] = Array.isArray(deployment.resources) ? deployment.resources : [];
  const live = resources.filter((r) => r.delete !== true);
  const operations = Array.isArray(deployment.pending_operations) ? deployment.pending_operations : [];
  const byIndex = new Map(resolved.map((r) => [r.create.index, r]));
  const lines: string[] = [];
  const counts = { imported: 0, cleared: 0, left: 0 };
  const kept: unknown[] = [];
  operations.forEach((operation, index) => {
    const entry = byIndex.get(index);
    if (entry === undefined) return void kept.push(operation);
    const { create, resolution } = entry;
    if (resolution.action === "leave") {
      counts.left++;
      kept.push(operation);
      return;
    }
    if (resolution.action === "clear") return void counts.cleared++;
    const holder = live.find((r) => r.id === resolution.id);
    const sameUrn = live.find((r) => r.urn === create.urn);
    if (holder !== undefined) {
      lines.push(`${create.urn}: key ${resolution.id} is already held by ${String(holder.urn)}: cleared, not imported`);
      return void counts.cleared++;
    }
    if (sameUrn !== undefined) {
      lines.push(
        `${create.urn}: a cut-off replacement of key ${String(sameUrn.id)}: cleared; the next \`pulumi up\` runs it again and adopts key ${resolution.id} (its create token's) instead of making another`,
      );
      return void counts.cleared++;
    }
    const resource = (operation as { resource: StateResource }).resource;
    resources.push({ ...resource, id: resolution.id, outputs: importedOutputs(create.inputs, resolution.id) });
    counts.imported++;
  });
  deployment.resources = resources;
  deployment.pending_operations = kept;
  return { state, changed: counts.imported + counts.cleared > 0, lines, counts };
}

/**
 * The outputs a key imported by recover has in the state: its inputs, its id, and no secret, which
 * the next `pulumi up` reads (S3Key) or renews (AccessKey): a diff sees `secretKey: ""` as a change.
 */
export function importedOutputs(inputs: Readonly<Record<string, unknown>>, id: string): Record<string, unknown> {
  return { ...inputs, keyId: id, secretKey: "" };
}
