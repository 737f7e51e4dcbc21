import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-outputs";
import type { AccessKey } from "./api/schemas";
import { containsUnknown, keepersProblem } from "./inputs";

/** The longest description accepted: IONOS documents none, and it is stored in the state twice. */
export const MAX_DESCRIPTION = 1024;

const AccessKeyInputsSchema = z.strictObject({
  description: z
    .string({
      error: (i) =>
        i.input === undefined
          ? "required: the AccessKey class sets it to the resource's name when you give none"
          : "not a string: give a short text that says what the key is for",
    })
    .max(MAX_DESCRIPTION, { error: `longer than ${MAX_DESCRIPTION} characters: keep it to a short text` }),
  rotation: z
    .record(z.string(), z.unknown(), { error: 'not an object of values: give e.g. { month: "2026-11" }' })
    .superRefine((rotation, ctx) => {
      const problem = keepersProblem(rotation);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
    })
    .optional(),
  identity: z.string({ error: "not a string: the AccessKey class sets it to the resource's URN" }).max(2048).optional(),
});
const _schemaYieldsInputs: (value: z.infer<typeof AccessKeyInputsSchema>) => AccessKeyInputs = (value) => value;
void _schemaYieldsInputs;

/** Validates raw inputs (without `__provider`) and reports every problem at once. */
export function checkAccessKeyInputs(raw: Record<string, unknown>): {
  inputs?: AccessKeyInputs;
  failures: pulumi.dynamic.CheckFailure[];
} {
  const parsed = AccessKeyInputsSchema.safeParse(raw);
  if (parsed.success) return { inputs: parsed.data, failures: [] };
  return {
    failures: parsed.error.issues.flatMap((issue): pulumi.dynamic.CheckFailure[] =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({
            property: key,
            reason: "not an input of AccessKey, which takes description and rotation",
          }))
        : [{ property: issue.path.join(".") || "description", reason: issue.message }],
    ),
  };
}

/**
 * What changing from `olds` to `news` does. Pure; sends no request. Nothing replaces an access key:
 * `description` updates it in place, `rotation` renews its secret in place (same key id and access
 * key id, so consumers keep them). A value not known yet counts as changed.
 */
export function diffAccessKey(olds: Partial<AccessKeyOutputs>, news: AccessKeyInputs): pulumi.dynamic.DiffResult {
  return {
    changes: changed(olds.description, news.description) || changed(olds.rotation, news.rotation),
    replaces: [],
  };
}

/** Whether an input differs from what the state holds; a value not known yet counts as different. */
export function changed(old: unknown, value: unknown): boolean {
  return JSON.stringify(old ?? null) !== JSON.stringify(value ?? null) || containsUnknown(value);
}

/** Outputs from an API answer; the secret (which GETs leave empty) and absent fields keep `previous`. */
export function accessKeyOutputs(key: AccessKey, previous?: Partial<AccessKeyOutputs>): AccessKeyOutputs {
  const p = key.properties;
  const m = key.metadata;
  const pick = <T>(value: T | null | undefined, old: T | undefined): T | undefined => value ?? old;
  const canonicalUserId = pick(p.canonicalUserId, previous?.canonicalUserId);
  const contractUserId = pick(p.contractUserId, previous?.contractUserId);
  const createdDate = pick(m.createdDate, previous?.createdDate);
  const lastModifiedDate = pick(m.lastModifiedDate, previous?.lastModifiedDate);
  return {
    keyId: key.id,
    accessKey: p.accessKey || previous?.accessKey || "",
    secretKey: p.secretKey || previous?.secretKey || "",
    description: p.description ?? previous?.description ?? "",
    administrative: m.administrative ?? previous?.administrative ?? false,
    supportedRegions: m.supportedRegions ?? previous?.supportedRegions ?? [],
    status: m.status,
    ...(canonicalUserId ? { canonicalUserId } : {}),
    ...(contractUserId ? { contractUserId } : {}),
    ...(createdDate ? { createdDate } : {}),
    ...(lastModifiedDate ? { lastModifiedDate } : {}),
  };
}
