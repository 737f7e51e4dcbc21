// The plugin's functions and their object types in the schema (see plugin-functions.ts).
import { PLUGIN_PACKAGE } from "../common/config-sources";
import { ACCESS_KEY_OUTPUTS, S3KEY_OUTPUTS, str, type SchemaProperty } from "./schema-properties";
import type { ResourceDescriptor } from "../common/descriptor";
import { S3KEY } from "../s3-key/s3-key-descriptor";
import { ACCESS_KEY } from "../access-key/access-key-descriptor";
import { S3KEY_INFO_FIELDS } from "../s3-key/s3-key-lookups";
import { ACCESS_KEY_INFO_FIELDS } from "../access-key/access-key-lookups";

type Properties = Readonly<Record<string, SchemaProperty>>;
const token = (name: string) => `${PLUGIN_PACKAGE}:index:${name}`;
const pick = (from: Properties, names: readonly string[]): Properties =>
  Object.fromEntries(names.map((n) => [n, from[n]]));

const S3KEY_INFO = pick(S3KEY_OUTPUTS, S3KEY_INFO_FIELDS);
const ACCESS_KEY_INFO = pick(ACCESS_KEY_OUTPUTS, ACCESS_KEY_INFO_FIELDS);
/** The fields every key has, as its resource declares its outputs (not optional). */
const always = (resource: ResourceDescriptor, fields: readonly string[]) =>
  fields.filter((name) => resource.outputs[name].optional !== true);
const listOf = (type: string, description: string): SchemaProperty => ({
  type: "array",
  items: { $ref: `#/types/${token(type)}` },
  description,
});
const userId = str("The UUID of the IONOS user.");

/** The object types the functions return. */
export const SCHEMA_TYPES = {
  [token("S3KeyInfo")]: {
    type: "object",
    description: "One object storage key as a lookup shows it.",
    properties: S3KEY_INFO,
    required: always(S3KEY, S3KEY_INFO_FIELDS),
  },
  [token("AccessKeyInfo")]: {
    type: "object",
    description: "One access key as a lookup shows it. IONOS never shows its secret key again, so there is none.",
    properties: ACCESS_KEY_INFO,
    required: always(ACCESS_KEY, ACCESS_KEY_INFO_FIELDS),
  },
};

const fn = (
  description: string,
  inputs: Properties,
  required: string[],
  outputs: Properties,
  outRequired: string[],
) => ({
  description,
  inputs: { properties: inputs, ...(required.length > 0 ? { required } : {}) },
  outputs: { properties: outputs, required: outRequired },
});

/** The lookups, as the schema's functions. */
export const SCHEMA_FUNCTIONS = {
  [token("getS3Keys")]: fn(
    "Lists the user's object storage keys. The secret keys are secrets.",
    { userId },
    ["userId"],
    { userId, keys: listOf("S3KeyInfo", "The user's keys.") },
    ["userId", "keys"],
  ),
  [token("getS3Key")]: fn(
    "Looks up one key; fails with a clear message when the user has no such key.",
    { userId, keyId: str("The key id (access key id).") },
    ["userId", "keyId"],
    S3KEY_INFO,
    ["keyId", "userId", "active", "secretKey"],
  ),
  [token("getSsoUrl")]: fn(
    "The user's object storage single sign-on URL, as a secret.",
    { userId },
    ["userId"],
    { userId, ssoUrl: { ...str("The single sign-on URL (it logs the user in)."), secret: true } },
    ["userId", "ssoUrl"],
  ),
  [token("getAccessKeys")]: fn(
    "Lists the caller's access keys, or the one with the given S3 access key id.",
    { accessKey: str("Only the key with this S3 access key id.") },
    [],
    { keys: listOf("AccessKeyInfo", "The access keys.") },
    ["keys"],
  ),
  [token("getAccessKey")]: fn(
    "Looks up one access key by its id.",
    { keyId: str("The key's id (a UUID).") },
    ["keyId"],
    ACCESS_KEY_INFO,
    ["keyId", "accessKey", "description", "status", "administrative", "supportedRegions"],
  ),
};
