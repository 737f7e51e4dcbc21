export { S3Key, type S3KeyArgs, type S3KeyState } from "./s3-key";
export { AccessKey, type AccessKeyArgs } from "./access-key";
export type { AccessKeyOutputs } from "./access-key-outputs";
export {
  getAccessKey,
  getAccessKeyOutput,
  getAccessKeys,
  getAccessKeysOutput,
  type AccessKeyInfo,
  type GetAccessKeyArgs,
  type GetAccessKeyOutputArgs,
  type GetAccessKeysArgs,
  type GetAccessKeysOutputArgs,
  type GetAccessKeysResult,
} from "./access-key-lookups";
export type { S3KeyOutputs } from "./s3-key-outputs";
export {
  IonosError,
  IonosApiError,
  IonosConfigError,
  IonosNetworkError,
  IonosRequestError,
  IonosResponseError,
} from "./api/errors";
export { ResourceInitError } from "./resource-init-error";
export {
  getS3Key,
  getS3KeyOutput,
  getS3Keys,
  getS3KeysOutput,
  getSsoUrl,
  getSsoUrlOutput,
  type GetS3KeyArgs,
  type GetS3KeyOutputArgs,
  type GetS3KeyResult,
  type GetS3KeysArgs,
  type GetS3KeysOutputArgs,
  type GetS3KeysResult,
  type GetSsoUrlArgs,
  type GetSsoUrlOutputArgs,
  type GetSsoUrlResult,
  type S3KeyInfo,
} from "./lookups";
