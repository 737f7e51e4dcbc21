import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { KEY_ID_PATTERN, USER_ID_PATTERN } from "../api/ids";
import { shown } from "../api/redact";
import { keepersProblem, reservedKeyProblem } from "../common/keepers";
import { UNKNOWN } from "../common/wire";
import type { S3KeyInputs } from "./s3-key-types";
import { internalInput, KEY_OUTPUTS, notAnInput, userInput, type ResourceDescriptor } from "../common/descriptor";

/** S3Key's inputs, declared once: the user inputs with their metadata (see descriptor.ts), then the bookkeeping. */
export const S3KeyInputsSchema = z.strictObject({
  userId: userInput(
    z
      .string({
        error: (i) =>
          i.input === undefined
            ? "required: set it to the IONOS user's UUID (e.g. user.id)"
            : "not a string: give the IONOS user's UUID",
      })
      .refine((v) => v === UNKNOWN || USER_ID_PATTERN.test(v), {
        error: (i) =>
          `"${shown(i.input)}" is not a UUID: use the IONOS user's id, e.g. 9b1b4c62-1466-11e7-87d3-d7bb7dac0087`,
      }),
    {
      description: "The UUID of the IONOS user who owns the key. Changing it replaces the key.",
      type: "string",
      required: true,
      replaceOnChanges: true,
      imported: true,
    },
  ),
  active: userInput(
    z
      .union([z.boolean(), z.literal(UNKNOWN)], { error: "not true or false: give a boolean, not a string" })
      .default(true),
    {
      description: "Whether the key can be used. Changing it updates the key in place. Defaults to true.",
      type: "boolean",
      imported: true,
    },
  ),
  keepers: userInput(
    z
      .record(z.string(), z.unknown(), { error: 'not an object of values: give e.g. { rotation: "2026-11" }' })
      .superRefine((keepers, ctx) => {
        const problem = keepersProblem(keepers);
        if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
    {
      description:
        'Arbitrary values that, when any of them changes, replace the key: a new key is created before the old one is deleted. Use it to rotate keys, e.g. `{ rotation: "2026-11" }`.',
      type: "map",
      replaceOnChanges: true,
      echoed: true,
    },
  ),
  adoptKeyId: userInput(
    z
      .string({ error: "not a string: give the id of an existing key of this user" })
      .refine((v) => v === UNKNOWN || KEY_ID_PATTERN.test(v), {
        error: (i) =>
          `"${shown(i.input)}" is not a key id: use the access key id of an existing key, e.g. 78fa888e106456c1482d`,
      })
      .optional(),
    {
      description:
        "The id of an existing key of this user to bring under management instead of creating one. Create looks it up and applies `active`; deleting the resource deletes the key.",
      type: "string",
      replaceOnChanges: true,
      echoed: true,
    },
  ),
  identity: internalInput(
    z.string({ error: "not a string: the S3Key class sets it to the resource's URN" }).max(2048).optional(),
    {
      description: "Set by the S3Key class, not by users: the resource's URN, which keys its create journal.",
      type: "string",
    },
  ),
  adoptedBefore: internalInput(z.literal(true, { error: "set by the provider, leave it out" }).optional(), {
    description:
      "Internal, set by `check` when the state's inputs already adopted `adoptKeyId`: the key is this resource's own, so a replacement (a `keepers` rotation, `--replace`) makes a new key and the old resource's delete removes the adopted one, as any rotation does. Never adopts it a second time.",
    type: "boolean",
  }),
  createToken: internalInput(
    z
      .string()
      .regex(/^[0-9a-f]{32}$/, { error: "not a create token: it is set by the provider, leave it out" })
      .optional(),
    {
      description:
        "Internal, set by `check`: the token the next create marks its POST with, so that a create cut off with its runner can be found from the stack's state (`./node_modules/.bin/pulumi-ionos-s3key recover`).",
      type: "string",
    },
  ),
});
/** S3Key, said once: what it is, its inputs and its outputs. */
export const S3KEY: ResourceDescriptor = {
  name: "S3Key",
  description:
    'An IONOS Cloud object storage key (an "S3 key"): an access key id and a secret key that open the user\'s buckets. The secret key is always a Pulumi secret.',
  inputs: S3KeyInputsSchema,
  outputs: {
    keyId: { description: "The key id, which is also the S3 access key id. Same as `id`.", type: "string" },
    userId: { description: "The UUID of the IONOS user who owns the key.", type: "string" },
    active: { description: "Whether the key can be used.", type: "boolean" },
    secretKey: KEY_OUTPUTS.secretKey,
    ...KEY_OUTPUTS.dates,
    keepers: { description: "The keepers the key was made for.", type: "map", optional: true },
    adoptKeyId: {
      description: "The id of the existing key this resource adopted, if it did.",
      type: "string",
      optional: true,
    },
    adoptedBefore: {
      description: "Echoed from the inputs (see `S3KeyInputs.adoptedBefore`).",
      type: "boolean",
      optional: true,
      internal: true,
    },
    createToken: {
      description: "The token that marked the create's POSTs (see the README's reliability section).",
      type: "string",
      optional: true,
      internal: true,
    },
    ...KEY_OUTPUTS.bookkeeping,
  },
};

// The published, zod-free S3KeyInputs (generated from the declaration) must describe what the schema yields (the compiler checks).
const _schemaYieldsInputs: (value: z.infer<typeof S3KeyInputsSchema>) => S3KeyInputs = (value) => value;
void _schemaYieldsInputs;

/** Validates raw inputs (without `__provider`) and reports every problem at once. */
export function checkInputs(raw: Record<string, unknown>): {
  inputs?: S3KeyInputs;
  failures: pulumi.dynamic.CheckFailure[];
} {
  const reserved = reservedKeyProblem(raw.keepers);
  const reservedFailures = reserved !== undefined ? [{ property: "keepers", reason: reserved }] : [];
  const parsed = S3KeyInputsSchema.safeParse(raw);
  if (parsed.success)
    return reserved === undefined ? { inputs: parsed.data, failures: [] } : { failures: reservedFailures };
  const failures = parsed.error.issues.flatMap((issue): pulumi.dynamic.CheckFailure[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        property: key,
        reason: notAnInput("S3Key", S3KeyInputsSchema),
      }));
    }
    return [{ property: issue.path.join(".") || "userId", reason: issue.message }];
  });
  return { failures: [...reservedFailures, ...failures] };
}
