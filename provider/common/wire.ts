// Values Pulumi's engine and dynamic-provider host put in a resource's properties.

/** The value Pulumi sends for an input not known yet during a preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The property under which a dynamic resource carries its serialized provider. */
export const PROVIDER_KEY = "__provider";

/** The types this package's resource classes register, as states and pending creates name them. */
export const S3KEY_TYPE = "pulumi-nodejs:dynamic/ionos:S3Key";
export const ACCESS_KEY_TYPE = "pulumi-nodejs:dynamic/ionos:AccessKey";

/** The types the resource plugin (`pulumi-resource-ionos-s3key`) serves, as states name them. */
export const PLUGIN_S3KEY_TYPE = "ionos-s3key:index:S3Key";
export const PLUGIN_ACCESS_KEY_TYPE = "ionos-s3key:index:AccessKey";
/** Every type the plugin serves: its registry of resources (plugin/resources.ts) must hold each. */
export type PluginResourceType = typeof PLUGIN_S3KEY_TYPE | typeof PLUGIN_ACCESS_KEY_TYPE;

/** The key Pulumi's wire format marks a secret value with, and that mark's value. */
export const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
