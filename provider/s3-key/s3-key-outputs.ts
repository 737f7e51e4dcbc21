import type { S3Key } from "../api/schemas";
import type { S3KeyOutputs } from "./s3-key-types";
import { echoedInputNames, heldInputs, userInputsOf } from "../common/descriptor";
import { S3KeyInputsSchema } from "./s3-key-descriptor";

export type { S3KeyOutputs } from "./s3-key-types";

/** The user inputs IONOS does not hold, which the outputs echo (`keepers`, `adoptKeyId`: see s3-key-descriptor.ts). */
const ECHOED = echoedInputNames(S3KeyInputsSchema);

/** The outputs with the inputs that only matter to `diff` (the echoed ones, and the resource's URN) copied on. */
export function echoInputs(outputs: S3KeyOutputs, from: Readonly<Record<string, unknown>>): S3KeyOutputs {
  const rest: Record<string, unknown> = { ...outputs };
  for (const name of [...ECHOED, "identity"]) delete rest[name];
  if (typeof from.identity === "string") rest.identity = from.identity;
  for (const name of ECHOED) if (from[name] !== undefined) rest[name] = from[name];
  return rest as unknown as S3KeyOutputs;
}

/**
 * The inputs a refresh leaves in the state: the key as IONOS has it (`active` changed outside shows
 * in the next preview as `~ active`, the real reason, and not only as the update it causes), the
 * echoed inputs, and the internal inputs as the state had them. Only what the outputs hold.
 */
export function refreshedInputs(outputs: S3KeyOutputs, state?: Partial<S3KeyOutputs>): Record<string, unknown> {
  const held: Record<string, unknown> = outputs as unknown as Record<string, unknown>;
  const inputs: Record<string, unknown> = {};
  for (const { name } of userInputsOf(S3KeyInputsSchema)) if (held[name] !== undefined) inputs[name] = held[name];
  if (state?.adoptedBefore !== undefined) inputs.adoptedBefore = state.adoptedBefore;
  if (outputs.identity !== undefined) inputs.identity = outputs.identity;
  if (state?.createToken !== undefined) inputs.createToken = state.createToken;
  return inputs;
}

/** The key's settable properties IONOS holds (`active`), each with its default (see `heldInputs`). */
const HELD = heldInputs(S3KeyInputsSchema);

/** Outputs from an API answer; a field the answer lacks keeps its value from `previous`, else its default. */
export function toOutputs(userId: string, key: S3Key, previous?: Partial<S3KeyOutputs>): S3KeyOutputs {
  const createdDate = key.metadata?.createdDate ?? previous?.createdDate;
  const lastModifiedDate = key.metadata?.lastModifiedDate ?? previous?.lastModifiedDate;
  const answered: Readonly<Record<string, unknown>> = key.properties ?? {};
  const before: Readonly<Record<string, unknown>> = previous ?? {};
  const held = Object.fromEntries(
    Object.entries(HELD).map(([name, fallback]) => [name, answered[name] ?? before[name] ?? fallback]),
  ) as Pick<S3KeyOutputs, "active">;
  return {
    keyId: key.id,
    userId,
    ...held,
    secretKey: key.properties?.secretKey ?? previous?.secretKey ?? "",
    ...(createdDate !== undefined ? { createdDate } : {}),
    ...(lastModifiedDate !== undefined ? { lastModifiedDate } : {}),
    ...(previous?.createToken !== undefined ? { createToken: previous.createToken } : {}),
    ...(previous?.account !== undefined ? { account: previous.account } : {}),
  };
}
