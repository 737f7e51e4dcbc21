// `pulumi-ionos-s3key/provider`: what a serialized provider loads in the plugin host, by class name.
export { S3KeyProvider } from "./s3-key-provider";
export type { ProviderOptions } from "./provider-base";
export { AccessKeyProvider } from "./access-key-provider";
