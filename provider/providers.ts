// `pulumi-ionos-s3key/provider`: what a serialized provider loads in the plugin host, by class name.
export { S3KeyProvider, type S3KeyProviderOptions } from "./s3-key-provider";
export { AccessKeyProvider } from "./access-key-provider";
