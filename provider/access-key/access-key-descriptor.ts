import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { AccessKeyInputs } from "./access-key-types";
import { keepersProblem, reservedKeyProblem } from "../common/keepers";
import { internalInput, KEY_OUTPUTS, notAnInput, userInput, type ResourceDescriptor } from "../common/descriptor";

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
      defaultsToName: true,
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
  identity: internalInput(
    z.string({ error: "not a string: the AccessKey class sets it to the resource's URN" }).max(2048).optional(),
    {
      description: "Set by the AccessKey class, not by users: the resource's URN, which keys its create journal.",
      type: "string",
    },
  ),
  createId: internalInput(z.uuid({ error: "not a key id: it is set by the provider, leave it out" }).optional(), {
    description:
      "Internal, set by `check`: the key id the create will ensure, so that a create cut off with its runner can be found from the stack's state (`./node_modules/.bin/pulumi-ionos-s3key recover`).",
    type: "string",
  }),
});

/** AccessKey, said once: what it is, its inputs and its outputs. */
export const ACCESS_KEY: ResourceDescriptor = {
  name: "AccessKey",
  description:
    "An IONOS Object Storage access key, from the Object Storage Management API: an access key id and a secret key for contract-owned (and newer user-owned) buckets. The secret key is always a Pulumi secret. Creation is exactly-once: a lost answer or a crash never makes a second key.",
  inputs: AccessKeyInputsSchema,
  outputs: {
    keyId: { description: "The key's id (a UUID). Same as `id`.", type: "string" },
    accessKey: { description: "The S3 access key id.", type: "string" },
    secretKey: KEY_OUTPUTS.secretKey,
    description: { description: "What the key is for.", type: "string" },
    canonicalUserId: {
      description: "For user-owned buckets, when IONOS gives one.",
      type: "string",
      optional: true,
    },
    contractUserId: {
      description: "`<contract>:<uuid>`, for contract-owned buckets.",
      type: "string",
      optional: true,
    },
    administrative: { description: "Whether the key may create buckets and set bucket policies.", type: "boolean" },
    supportedRegions: { description: "The regions the key works in.", type: "strings" },
    status: { description: "`AVAILABLE` once created, updated or renewed.", type: "string" },
    ...KEY_OUTPUTS.dates,
    rotation: {
      description: "The rotation values the secret was last renewed for.",
      type: "map",
      optional: true,
    },
    ...KEY_OUTPUTS.bookkeeping,
  },
};
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
