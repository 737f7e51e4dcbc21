/** The value Pulumi sends for an input not known yet during a preview. */
export declare const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** The property under which a dynamic resource carries its serialized provider. */
export declare const PROVIDER_KEY = "__provider";
/** The types this package's resource classes register, as states and pending creates name them. */
export declare const S3KEY_TYPE = "pulumi-nodejs:dynamic/ionos:S3Key";
export declare const ACCESS_KEY_TYPE = "pulumi-nodejs:dynamic/ionos:AccessKey";
