// The plugin's resources, by type token: each one's inputs (declared once, with their metadata: see
// common/descriptor.ts), its outputs as the schema shows them, and its place in the schema. The
// compiler holds the registry exhaustive (`PluginResourceType`): a type it serves and this lacks does
// not compile. The schema, the detailed diff and an imported key's inputs are derived from it.
import type { z } from "zod";
import { PLUGIN_ACCESS_KEY_TYPE, PLUGIN_S3KEY_TYPE, type PluginResourceType } from "../common/wire";
import { S3KeyInputsSchema } from "../s3-key/s3-key-inputs";
import { AccessKeyInputsSchema } from "../access-key/access-key-inputs";
import { ACCESS_KEY_OUTPUTS, S3KEY_OUTPUTS, type SchemaProperty } from "./schema-properties";

/** What the plugin knows of one resource type. */
export interface PluginResource {
  /** Its name in messages and in the schema's token: `S3Key`. */
  readonly name: string;
  /** The schema's description of the resource. */
  readonly description: string;
  /** Its inputs (user inputs carry their metadata). */
  readonly inputs: z.ZodObject;
  /** The user inputs a program must give. */
  readonly requiredInputs: readonly string[];
  /** Its outputs, as the schema shows them. */
  readonly outputs: Readonly<Record<string, SchemaProperty>>;
  /** The outputs that may be absent. */
  readonly optionalOutputs: readonly string[];
}

export const PLUGIN_RESOURCES: Readonly<Record<PluginResourceType, PluginResource>> = {
  [PLUGIN_S3KEY_TYPE]: {
    name: "S3Key",
    description:
      'An IONOS Cloud object storage key (an "S3 key"): an access key id and a secret key that open the user\'s buckets. The secret key is always a Pulumi secret.',
    inputs: S3KeyInputsSchema,
    requiredInputs: ["userId"],
    outputs: S3KEY_OUTPUTS,
    optionalOutputs: ["createdDate", "lastModifiedDate", "keepers", "adoptKeyId"],
  },
  [PLUGIN_ACCESS_KEY_TYPE]: {
    name: "AccessKey",
    description:
      "An IONOS Object Storage access key, from the Object Storage Management API: an access key id and a secret key for contract-owned (and newer user-owned) buckets. The secret key is always a Pulumi secret. Creation is exactly-once: a lost answer or a crash never makes a second key.",
    inputs: AccessKeyInputsSchema,
    requiredInputs: [],
    outputs: ACCESS_KEY_OUTPUTS,
    optionalOutputs: ["canonicalUserId", "contractUserId", "createdDate", "lastModifiedDate", "rotation"],
  },
};

/** The type a URN names (`urn:pulumi:stack::project::parent$ionos-s3key:index:S3Key::name`), if the plugin serves it. */
export function pluginTypeOf(urn: string): PluginResourceType | undefined {
  const type = urn.split("::")[2]?.split("$").pop() ?? "";
  return Object.hasOwn(PLUGIN_RESOURCES, type) ? (type as PluginResourceType) : undefined;
}
