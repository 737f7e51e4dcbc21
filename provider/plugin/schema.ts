// The Pulumi package schema of the resource plugin: what YAML reads, and what SDKs are generated from.
// Its properties are kept in step with the zod inputs and its descriptions with the classes' TSDoc by
// test/plugin-schema.test.ts; the provider's config comes from the one table of settings.
import { PLUGIN_CONFIG_KEYS, PLUGIN_PACKAGE } from "../common/config-sources";
import { SCHEMA_FUNCTIONS, SCHEMA_TYPES } from "./schema-functions";
import { requiredInputs, requiredOutputs, schemaInputs, schemaOutputs, type SchemaProperty } from "./schema-properties";
import { PLUGIN_RESOURCES } from "./resources";

/** The repository (its releases carry the plugin's tarballs). */
export const REPOSITORY_URL = "https://github.com/pulumi-ionos-s3key/pulumi-ionos-s3key";

/** Where a version's plugin tarballs are downloaded from (`pulumi plugin install`, generated SDKs, YAML). */
export const pluginDownloadUrl = (version: string): string => `${REPOSITORY_URL}/releases/download/v${version}/`;

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
    resources: Object.fromEntries(
      Object.entries(PLUGIN_RESOURCES).map(([type, resource]) => [
        type,
        {
          description: resource.description,
          inputProperties: schemaInputs(resource.inputs),
          ...(requiredInputs(resource).length > 0 ? { requiredInputs: requiredInputs(resource) } : {}),
          properties: schemaOutputs(resource),
          required: requiredOutputs(resource),
        },
      ]),
    ),
    types: SCHEMA_TYPES,
    functions: SCHEMA_FUNCTIONS,
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
