// The creates a stack's state holds as pending: what `pulumi up` was doing when it was cut off.

import { IonosError } from "../api/errors";
import { ACCESS_KEY_TYPE, S3KEY_TYPE } from "../common/wire";

/** One pending create of an S3Key or an AccessKey, with the inputs `check` gave it. */
export interface PendingCreate {
  readonly urn: string;
  readonly kind: "S3Key" | "AccessKey";
  readonly inputs: Readonly<Record<string, unknown>>;
}

/**
 * The pending creates of this package's resources in `pulumi stack export`'s output. Pure. The
 * engine writes a pending create, with its checked inputs, before it calls the provider's create.
 */
export function pendingCreates(exported: string): PendingCreate[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(exported);
  } catch {
    throw new IonosError("pulumi stack export printed something that is not a state: check the Pulumi CLI's version.");
  }
  const state = parsed as {
    deployment?: {
      pending_operations?: Array<{
        type?: string;
        resource?: { urn?: string; type?: string; inputs?: Record<string, unknown> };
      }>;
    };
  };
  return (state.deployment?.pending_operations ?? []).flatMap((operation): PendingCreate[] => {
    const resource = operation.resource;
    if (operation.type !== "creating" || resource?.urn === undefined) return [];
    const kind = resource.type === S3KEY_TYPE ? "S3Key" : resource.type === ACCESS_KEY_TYPE ? "AccessKey" : undefined;
    return kind === undefined ? [] : [{ urn: resource.urn, kind, inputs: resource.inputs ?? {} }];
  });
}
