export { S3Key, type S3KeyArgs, type S3KeyState } from "./s3-key";
export { S3KeyProvider } from "./s3-key-provider";
export type { S3KeyOutputs } from "./outputs";
export {
  IonosError,
  IonosApiError,
  IonosConfigError,
  IonosNetworkError,
  IonosRequestError,
  IonosResponseError,
} from "./api/errors";
export { ResourceInitError } from "./resource-init-error";
