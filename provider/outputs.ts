import type { S3Key } from "./api/schemas";

/** Every output of an S3Key, as stored in the state. Plain JSON: no undefined values. */
export interface S3KeyOutputs {
  readonly keyId: string;
  readonly userId: string;
  readonly active: boolean;
  readonly secretKey: string;
  readonly createdDate?: string;
  readonly lastModifiedDate?: string;
  /** Echoed from the inputs, so that `diff` can compare them. */
  readonly keepers?: Readonly<Record<string, unknown>>;
  /** Echoed from the inputs: the key was adopted, not created. */
  readonly adoptKeyId?: string;
}

/** The inputs that only matter to `diff`, copied onto outputs. */
export function echoInputs(outputs: S3KeyOutputs, from: { keepers?: unknown; adoptKeyId?: unknown }): S3KeyOutputs {
  const { keepers: _k, adoptKeyId: _a, ...rest } = outputs;
  return {
    ...rest,
    ...(from.keepers !== undefined ? { keepers: from.keepers as Record<string, unknown> } : {}),
    ...(typeof from.adoptKeyId === "string" ? { adoptKeyId: from.adoptKeyId } : {}),
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
  };
}
