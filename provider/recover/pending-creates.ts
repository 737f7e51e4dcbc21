// The creates a stack's state holds as pending: what `pulumi up` was doing when it was cut off.

import { IonosError } from "../api/errors";
import { PLUGIN_PACKAGE } from "../common/config-sources";
import { isAncestor, nextCreateToken } from "../common/create-journal";
import { nextCreateId } from "../common/create-ids";
import { ACCESS_KEY_TYPE, PLUGIN_ACCESS_KEY_TYPE, PLUGIN_S3KEY_TYPE, S3KEY_TYPE } from "../common/wire";

/** One pending create of an S3Key or an AccessKey, with the inputs `check` gave it. */
export interface PendingCreate {
  /** Its place in the state's `pending_operations`. */
  readonly index: number;
  readonly urn: string;
  readonly kind: "S3Key" | "AccessKey";
  readonly inputs: Readonly<Record<string, unknown>>;
  /** A resource of the plugin (`ionos-s3key:index:…`), configured by `ionos-s3key:*` config. */
  readonly plugin?: boolean;
  /** The plugin's explicit provider it was created through (its URN), if not the default one. */
  readonly explicitProvider?: string;
}

/** The resource types whose pending creates recover resolves: the dynamic providers' and the plugin's. */
const KINDS: Readonly<Record<string, PendingCreate["kind"]>> = {
  [S3KEY_TYPE]: "S3Key",
  [ACCESS_KEY_TYPE]: "AccessKey",
  [PLUGIN_S3KEY_TYPE]: "S3Key",
  [PLUGIN_ACCESS_KEY_TYPE]: "AccessKey",
};

/** The state as `pulumi stack export` prints it: only what recover reads or writes is typed. */
export interface ExportedState {
  deployment: Deployment;
  [other: string]: unknown;
}
export interface Deployment {
  resources?: StateResource[];
  pending_operations?: unknown[];
  [other: string]: unknown;
}
export interface StateResource {
  urn?: unknown;
  type?: unknown;
  id?: unknown;
  delete?: boolean;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  [other: string]: unknown;
}

/** `pulumi stack export`'s output, parsed; an error that never quotes it (it may hold secrets). */
export function parseExport(exported: string): ExportedState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(exported);
  } catch {
    throw new IonosError("pulumi stack export printed something that is not a state: check the Pulumi CLI's version.");
  }
  const deployment = (parsed as { deployment?: unknown } | null)?.deployment;
  if (deployment === null || typeof deployment !== "object" || Array.isArray(deployment))
    throw new IonosError("pulumi stack export printed a state without a deployment: check the Pulumi CLI's version.");
  return parsed as ExportedState;
}

/**
 * The pending creates of this package's resources, each checked on its own: an entry that is not one
 * (no URN, inputs that are not an object) is a problem said in one line, and the others still count.
 * Other pending operations (updates, deletes, other packages' creates) are not recover's. Pure.
 */
export function pendingCreates(state: ExportedState): { creates: PendingCreate[]; problems: string[] } {
  const operations = state.deployment.pending_operations;
  if (operations === undefined || operations === null) return { creates: [], problems: [] };
  if (!Array.isArray(operations))
    return { creates: [], problems: ["the state's pending_operations is not a list: left as it is"] };
  const creates: PendingCreate[] = [];
  const problems: string[] = [];
  operations.forEach((operation: unknown, index) => {
    const { type, resource } = (operation ?? {}) as { type?: unknown; resource?: unknown };
    if (type !== "creating" || resource === null || typeof resource !== "object") return;
    const r = resource as { urn?: unknown; type?: unknown; inputs?: unknown; provider?: unknown };
    const kind = KINDS[String(r.type)];
    if (kind === undefined) return;
    if (typeof r.urn !== "string" || r.urn === "") {
      problems.push(`pending operation ${index + 1} (an ${kind} create) has no URN: left as it is`);
      return;
    }
    if (r.inputs !== undefined && (r.inputs === null || typeof r.inputs !== "object" || Array.isArray(r.inputs))) {
      problems.push(`${r.urn.slice(0, 200)}: its pending create's inputs are not an object: left as it is`);
      return;
    }
    const plugin = String(r.type).startsWith(`${PLUGIN_PACKAGE}:`);
    // A provider reference is `<provider URN>::<id>`; default providers are named default or default_<version>.
    const providerUrn = typeof r.provider === "string" ? r.provider.split("::").slice(0, -1).join("::") : "";
    const explicit = plugin && providerUrn !== "" && !/::default(_[^:]*)?$/.test(providerUrn.replace(/^.*::/, "::"));
    creates.push({
      index,
      urn: r.urn,
      kind,
      inputs: (r.inputs ?? {}) as Record<string, unknown>,
      plugin,
      ...(explicit ? { explicitProvider: providerUrn } : {}),
    });
  });
  return { creates, problems };
}

/**
 * The resource of the state that shows an `up` already resolved this pending create: one of the same
 * URN whose create token (S3Key) or key id (AccessKey) is the pending create's, or a later link of
 * its chain (an `up` adopted the key, then a rotation replaced it). Pure.
 */
export function resolvedBy(state: ExportedState, create: PendingCreate): StateResource | undefined {
  return (state.deployment.resources ?? []).find(
    (r) => r.urn === create.urn && r.delete !== true && HOLDS[create.kind](create.inputs, r),
  );
}

const sameOrLater = (pending: unknown, held: unknown, next: (token: string) => string) =>
  typeof pending === "string" && typeof held === "string" && (held === pending || isAncestor(pending, held, next));

/** Whether a state resource holds a pending create's key, by kind: a kind not handled here does not compile. */
const HOLDS: Readonly<
  Record<PendingCreate["kind"], (inputs: PendingCreate["inputs"], resource: StateResource) => boolean>
> = {
  S3Key: (inputs, r) => sameOrLater(inputs.createToken, r.outputs?.createToken, nextCreateToken),
  AccessKey: (inputs, r) => sameOrLater(inputs.createId, r.id, nextCreateId),
};
