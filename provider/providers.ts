// `pulumi-ionos-s3key/provider`: what a serialized provider loads in the plugin host, by class name.
import type { ProviderModule } from "./common/serializable-provider";
import { AccessKeyProvider } from "./access-key/access-key-provider";
import { S3KeyProvider } from "./s3-key/s3-key-provider";

export { S3KeyProvider, AccessKeyProvider };
export type { ProviderOptions } from "./common/options";

// Every class a serialized provider in a user's state may name is exported here, with a no-argument constructor.
const _loadable: ProviderModule = { S3KeyProvider, AccessKeyProvider };
void _loadable;
