// Values Pulumi's engine and dynamic-provider host put in a resource's properties.

/** The value Pulumi sends for an input not known yet during a preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The property under which a dynamic resource carries its serialized provider. */
export const PROVIDER_KEY = "__provider";

/** The types this package's resource classes register, as states and pending creates name them. */
export const S3KEY_TYPE = "pulumi-nodejs:dynamic/ionos:S3Key";
export const ACCESS_KEY_TYPE = "pulumi-nodejs:dynamic/ionos:AccessKey";
