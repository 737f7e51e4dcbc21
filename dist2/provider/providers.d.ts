import { AccessKeyProvider } from "./access-key/access-key-provider";
import { S3KeyProvider } from "./s3-key/s3-key-provider";
export { S3KeyProvider, AccessKeyProvider };
export type { ProviderOptions } from "./common/options";
