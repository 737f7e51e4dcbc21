import type { S3Key } from "../api/schemas";
import type { S3KeyOutputs } from "./s3-key-types";

export type { S3KeyOutputs } from "./s3-key-types";

/** The inputs that only matter to `diff`, copied onto outputs. */
export function echoInputs(
  outputs: S3KeyOutputs,
  from: { keepers?: unknown; adoptKeyId?: unknown; identity?: unknown },
): S3KeyOutputs {
  const { keepers: _k, adoptKeyId: _a, identity: _i, ...rest } = outputs;
  return {
    ...rest,
    ...(typeof from.identity === "string" ? { identity: from.identity } : {}),
    ...(from.keepers !== undefined ? { keepers: from.keepers as Record<string, unknown> } : {}),
    ...(typeof from.adoptKeyId === "string" ? { adoptKeyId: from.adoptKeyId } : {}),
  };
}

/**
 * The inputs a refresh leaves in the state: the key as IONOS has it (`active` changed outside shows
 * in the next preview as `~ active`, the real reason, and not only as the update it causes), and
 * the internal inputs as the state had them. Only what the outputs hold; the rest stays out.
 */
export function refreshedInputs(outputs: S3KeyOutputs, state?: Partial<S3KeyOutputs>): Record<string, unknown> {
  const { userId, active, keepers, adoptKeyId, identity } = outputs;
  const adoptedBefore = state?.adoptedBefore;
  return {
    userId,
    active,
    ...(keepers !== undefined ? { keepers } : {}),
    ...(adoptKeyId !== undefined ? { adoptKeyId } : {}),
    ...(adoptedBefore !== undefined ? { adoptedBefore } : {}),
    ...(identity !== undefined ? { identity } : {}),
    ...(state?.createToken !== undefined ? { createToken: state.createToken } : {}),
  };
}

/** Outputs from an API answer; a field the answer lacks keeps its value from `previous`. */
export function toOutputs(userId: string, key: S3Key, previous?: Partial<S3KeyOutputs>): S3KeyOutputs {
  const createdDate = key.metadata?.createdDate ?? previous?.createdDate;
  const lastModifiedDate = key.metadata?.lastModifiedDate ?? previous?.lastModifiedDate;
  return {
    keyId: key.id,
    userId,
    active: key.properties?.active ?? previous?.active ?? true,
    secretKey: key.properties?.secretKey ?? previous?.secretKey ?? "",
    ...(createdDate !== undefined ? { createdDate } : {}),
    ...(lastModifiedDate !== undefined ? { lastModifiedDate } : {}),
    ...(previous?.createToken !== undefined ? { createToken: previous.createToken } : {}),
    ...(previous?.account !== undefined ? { account: previous.account } : {}),
  };
}
