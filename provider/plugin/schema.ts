// The Pulumi package schema of the resource plugin: what YAML reads, and what SDKs are generated from.
// Its properties are kept in step with the zod inputs and its descriptions with the classes' TSDoc by
// test/plugin-schema.test.ts; the provider's config comes from the one table of settings.
import { PLUGIN_CONFIG_KEYS, PLUGIN_PACKAGE } from "../common/config-sources";
import { PLUGIN_ACCESS_KEY_TYPE, PLUGIN_S3KEY_TYPE } from "../common/wire";

/** A property of the schema. */
export interface SchemaProperty {
  readonly type?: "string" | "boolean" | "object" | "array";
  readonly $ref?: string;
  readonly items?: SchemaProperty;
  readonly additionalProperties?: SchemaProperty;
  readonly description: string;
  readonly secret?: boolean;
  readonly replaceOnChanges?: boolean;
  readonly default?: unknown;
}
type Properties = Readonly<Record<string, SchemaProperty>>;

/** The repository (its releases carry the plugin's tarballs). */
export const REPOSITORY_URL = "https://github.com/pulumi-ionos-s3key/pulumi-ionos-s3key";

/** Where a version's plugin tarballs are downloaded from (`pulumi plugin install`, generated SDKs, YAML). */
export const pluginDownloadUrl = (version: string): string => `${REPOSITORY_URL}/releases/download/v${version}/`;

const str = (description: string): SchemaProperty => ({ type: "string", description });
const bool = (description: string): SchemaProperty => ({ type: "boolean", description });
const anyMap = (description: string): SchemaProperty => ({
  type: "object",
  additionalProperties: { $ref: "pulumi.json#/Any", description: "" },
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
    items: { type: "string", description: "" },
    description: "The regions the key works in.",
  },
  status: str("`AVAILABLE` once created, updated or renewed."),
  createdDate: str("When IONOS created the key (ISO 8601)."),
  lastModifiedDate: str("When IONOS last changed the key (ISO 8601)."),
  rotation: anyMap("The rotation values the secret was last renewed for."),
};

const S3KEY_DOC =
  'An IONOS Cloud object storage key (an "S3 key"): an access key id and a secret key that open the user\'s buckets. The secret key is always a Pulumi secret.';
const ACCESS_KEY_DOC =
  "An IONOS Object Storage access key, from the Object Storage Management API: an access key id and a secret key for contract-owned (and newer user-owned) buckets. The secret key is always a Pulumi secret. Creation is exactly-once: a lost answer or a crash never makes a second key.";

const required = (props: Properties, optional: readonly string[]) =>
  Object.keys(props).filter((k) => !optional.includes(k));

/** The provider's config, one property per setting, described by the table of settings. */
function providerConfigProperties(): Record<string, SchemaProperty> {
  return Object.fromEntries(
    PLUGIN_CONFIG_KEYS.map((k) => [
      k.key,
      {
        type: "string",
        description: `${k.description} Falls back to \`${k.env}\`.`,
        ...(k.secret ? { secret: true } : {}),
      },
    ]),
  );
}

/** The schema JSON (`pulumi package get-schema`), for this version of the plugin. */
export function pluginSchema(version: string): Record<string, unknown> {
  const config = providerConfigProperties();
  return {
    name: PLUGIN_PACKAGE,
    displayName: "IONOS S3 keys",
    version,
    description:
      "IONOS Cloud object storage keys (S3 keys and Object Storage access keys), with the secret key always a secret.",
    keywords: ["pulumi", "ionos", "s3", "object storage", "category/cloud", "kind/native"],
    homepage: REPOSITORY_URL,
    repository: REPOSITORY_URL,
    license: "Apache-2.0",
    publisher: "pulumi-ionos-s3key",
    pluginDownloadURL: pluginDownloadUrl(version),
    config: { variables: config },
    provider: {
      description: "The provider of IONOS object storage keys. Each setting falls back to its environment variable.",
      inputProperties: config,
      properties: config,
    },
    resources: {
      [PLUGIN_S3KEY_TYPE]: {
        description: S3KEY_DOC,
        inputProperties: S3KEY_INPUTS,
        requiredInputs: ["userId"],
        properties: S3KEY_OUTPUTS,
        required: required(S3KEY_OUTPUTS, ["createdDate", "lastModifiedDate", "keepers", "adoptKeyId"]),
      },
      [PLUGIN_ACCESS_KEY_TYPE]: {
        description: ACCESS_KEY_DOC,
        inputProperties: ACCESS_KEY_INPUTS,
        properties: ACCESS_KEY_OUTPUTS,
        required: required(ACCESS_KEY_OUTPUTS, [
          "canonicalUserId",
          "contractUserId",
          "createdDate",
          "lastModifiedDate",
          "rotation",
        ]),
      },
    },
    language: {
      go: {
        importBasePath: "github.com/pulumi-ionos-s3key/pulumi-ionos-s3key/sdk/go/ionoss3key",
        generateResourceContainerTypes: true,
        respectSchemaVersion: true,
      },
      nodejs: { packageName: "pulumi-ionos-s3key-sdk", respectSchemaVersion: true },
      python: { packageName: "pulumi_ionos_s3key", respectSchemaVersion: true },
      csharp: { rootNamespace: "IonosS3Key", respectSchemaVersion: true },
    },
  };
}
