// The resources' properties in the plugin's schema: the inputs derived from their zod declaration, the
// outputs described as the TypeScript classes describe them (test/plugin-schema.test.ts holds the
// descriptions and the classes' TSDoc in step).
import type { z } from "zod";
import { userInputsOf } from "../common/descriptor";

/** A property of the schema. */
export interface SchemaProperty {
  readonly type?: "string" | "boolean" | "object" | "array";
  readonly $ref?: string;
  readonly items?: SchemaProperty;
  readonly additionalProperties?: SchemaProperty;
  readonly description?: string;
  readonly secret?: boolean;
  readonly replaceOnChanges?: boolean;
  readonly default?: unknown;
}
type Properties = Readonly<Record<string, SchemaProperty>>;

export const str = (description: string): SchemaProperty => ({ type: "string", description });
const bool = (description: string): SchemaProperty => ({ type: "boolean", description });
const anyMap = (description: string): SchemaProperty => ({
  type: "object",
  additionalProperties: { $ref: "pulumi.json#/Any" },
  description,
});

/** A resource's inputs in the schema, derived from its zod inputs' metadata (see common/descriptor.ts). */
export function schemaInputs(inputs: z.ZodObject): Properties {
  return Object.fromEntries(
    userInputsOf(inputs).map(({ name, meta, default: value }) => [
      name,
      {
        ...(meta.type === "map" ? anyMap(meta.description) : { type: meta.type, description: meta.description }),
        ...(meta.replaceOnChanges === true ? { replaceOnChanges: true } : {}),
        ...(value !== undefined ? { default: value } : {}),
      },
    ]),
  );
}

/** S3Key's outputs: descriptions as on the `S3Key` class. */
export const S3KEY_OUTPUTS: Properties = {
  keyId: str("The key id, which is also the S3 access key id. Same as `id`."),
  userId: str("The UUID of the IONOS user who owns the key."),
  active: bool("Whether the key can be used."),
  secretKey: { ...str("The S3 secret key. Always a secret."), secret: true },
  createdDate: str("When IONOS created the key (ISO 8601)."),
  lastModifiedDate: str("When IONOS last changed the key (ISO 8601)."),
  keepers: anyMap("The keepers the key was made for."),
  adoptKeyId: str("The id of the existing key this resource adopted, if it did."),
};

/** AccessKey's outputs: descriptions as on the `AccessKey` class. */
export const ACCESS_KEY_OUTPUTS: Properties = {
  keyId: str("The key's id (a UUID). Same as `id`."),
  accessKey: str("The S3 access key id."),
  secretKey: { ...str("The S3 secret key. Always a secret."), secret: true },
  description: str("What the key is for."),
  canonicalUserId: str("For user-owned buckets, when IONOS gives one."),
  contractUserId: str("`<contract>:<uuid>`, for contract-owned buckets."),
  administrative: bool("Whether the key may create buckets and set bucket policies."),
  supportedRegions: {
    type: "array",
    items: { type: "string" },
    description: "The regions the key works in.",
  },
  status: str("`AVAILABLE` once created, updated or renewed."),
  createdDate: str("When IONOS created the key (ISO 8601)."),
  lastModifiedDate: str("When IONOS last changed the key (ISO 8601)."),
  rotation: anyMap("The rotation values the secret was last renewed for."),
};
