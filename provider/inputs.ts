import { z } from "zod";

/** The value Pulumi sends for an input not known yet during a preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const S3KeyInputsSchema = z.strictObject({
  userId: z
    .string({
      error: (i) =>
        i.input === undefined
          ? "userId is required: set it to the IONOS user's UUID (e.g. user.id)"
          : "userId must be a string: the IONOS user's UUID",
    })
    .refine((v) => v === UNKNOWN || UUID.test(v), {
      error: (i) =>
        `userId "${String(i.input)}" is not a UUID: use the IONOS user's id, e.g. 9b1b4c62-1466-11e7-87d3-d7bb7dac0087`,
    }),
  active: z
    .union([z.boolean(), z.literal(UNKNOWN)], { error: "active must be true or false (a boolean, not a string)" })
    .default(true),
  keepers: z
    .record(z.string(), z.unknown(), { error: 'keepers must be an object of values, e.g. { rotation: "2026-11" }' })
    .optional(),
  adoptKeyId: z
    .string({ error: "adoptKeyId must be a string: the id of an existing key of this user" })
    .refine((v) => v === UNKNOWN || /^[0-9A-Za-z]{10,64}$/.test(v), {
      error: (i) =>
        `adoptKeyId "${String(i.input)}" is not a key id: use the access key id of an existing key, e.g. 78fa888e106456c1482d`,
    })
    .optional(),
});
/** Inputs after `check`: defaults applied. */
export type S3KeyInputs = z.infer<typeof S3KeyInputsSchema>;

/** What `check` reports for one bad input. */
export interface CheckFailure {
  readonly property: string;
  readonly reason: string;
}

/** Validates raw inputs (without `__provider`) and reports every problem at once. */
export function checkInputs(raw: Record<string, unknown>): { inputs?: S3KeyInputs; failures: CheckFailure[] } {
  const parsed = S3KeyInputsSchema.safeParse(raw);
  if (parsed.success) return { inputs: parsed.data, failures: [] };
  const failures = parsed.error.issues.flatMap((issue): CheckFailure[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        property: key,
        reason: `unknown property "${key}": S3Key takes userId, active, keepers and adoptKeyId`,
      }));
    }
    return [{ property: issue.path.join(".") || "userId", reason: issue.message }];
  });
  return { failures };
}
