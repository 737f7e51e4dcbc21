import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { AccessKeyInputs } from "./access-key-types";
import { keepersProblem, reservedKeyProblem } from "../common/keepers";
import { notAnInput, userInput } from "../common/descriptor";

/** The longest description accepted: IONOS documents none, and it is stored in the state twice. */
export const MAX_DESCRIPTION = 1024;

/** AccessKey's inputs, declared once: the user inputs with their metadata (see descriptor.ts), then the bookkeeping. */
export const AccessKeyInputsSchema = z.strictObject({
  description: userInput(
    z
      .string({
        error: (i) =>
          i.input === undefined
            ? "required: the AccessKey class sets it to the resource's name when you give none"
            : "not a string: give a short text that says what the key is for",
      })
      .max(MAX_DESCRIPTION, { error: `longer than ${MAX_DESCRIPTION} characters: keep it to a short text` }),
    {
      description: "What the key is for. Changing it updates the key in place. Defaults to the resource's name.",
      type: "string",
      imported: true,
    },
  ),
  rotation: userInput(
    z
      .record(z.string(), z.unknown(), { error: 'not an object of values: give e.g. { month: "2026-11" }' })
      .superRefine((rotation, ctx) => {
        const problem = keepersProblem(rotation);
        if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
    {
      description:
        'Arbitrary values that, when any of them changes, renew the key\'s secret in place: the key id and the access key id stay, so consumers keep them. E.g. `{ month: "2026-11" }`.',
      type: "map",
    },
  ),
  identity: z.string({ error: "not a string: the AccessKey class sets it to the resource's URN" }).max(2048).optional(),
  /** Set by check, not by users: the id the next create ensures. */
  createId: z.uuid({ error: "not a key id: it is set by the provider, leave it out" }).optional(),
});
const _schemaYieldsInputs: (value: z.infer<typeof AccessKeyInputsSchema>) => AccessKeyInputs = (value) => value;
void _schemaYieldsInputs;

/** Validates raw inputs (without `__provider`) and reports every problem at once. */
export function checkAccessKeyInputs(raw: Record<string, unknown>): {
  inputs?: AccessKeyInputs;
  failures: pulumi.dynamic.CheckFailure[];
} {
  const reserved = reservedKeyProblem(raw.rotation);
  const reservedFailures = reserved !== undefined ? [{ property: "rotation", reason: reserved }] : [];
  const parsed = AccessKeyInputsSchema.safeParse(raw);
  if (parsed.success)
    return reserved === undefined ? { inputs: parsed.data, failures: [] } : { failures: reservedFailures };
  return {
    failures: [
      ...reservedFailures,
      ...parsed.error.issues.flatMap((issue): pulumi.dynamic.CheckFailure[] =>
        issue.code === "unrecognized_keys"
          ? issue.keys.map((key) => ({
              property: key,
              reason: notAnInput("AccessKey", AccessKeyInputsSchema),
            }))
          : [{ property: issue.path.join(".") || "description", reason: issue.message }],
      ),
    ],
  };
}
