// The resources' properties in the plugin's schema, described as the TypeScript classes describe them
// (test/plugin-schema.test.ts holds the two, and the zod inputs, in step).

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

/** S3Key's inputs: descriptions as in `S3KeyArgs`. */
export const S3KEY_INPUTS: Properties = {
  userId: {
    ...str("The UUID of the IONOS user who owns the key. Changing it replaces the key."),
    replaceOnChanges: true,
  },
  active: {
    ...bool("Whether the key can be used. Changing it updates the key in place. Defaults to true."),
    default: true,
  },
  keepers: {
    ...anyMap(
      'Arbitrary values that, when any of them changes, replace the key: a new key is created before the old one is deleted. Use it to rotate keys, e.g. `{ rotation: "2026-11" }`.',
    ),
    replaceOnChanges: true,
  },
  adoptKeyId: {
    ...str(
      "The id of an existing key of this user to bring under management instead of creating one. Create looks it up and applies `active`; deleting the resource deletes the key.",
    ),
    replaceOnChanges: true,
  },
};

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

/** AccessKey's inputs: descriptions as in `AccessKeyArgs`. */
export const ACCESS_KEY_INPUTS: Properties = {
  description: str("What the key is for. Changing it updates the key in place. Defaults to the resource's name."),
  rotation: anyMap(
    'Arbitrary values that, when any of them changes, renew the key\'s secret in place: the key id and the access key id stay, so consumers keep them. E.g. `{ month: "2026-11" }`.',
  ),
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
