// `pulumi-ionos-s3key`: the resources and lookups a Pulumi program uses, and the errors they throw.
export * from "./s3-key";
export * from "./access-key";
export {
  IonosError,
  IonosApiError,
  IonosConfigError,
  IonosNetworkError,
  IonosRequestError,
  IonosResponseError,
} from "./api/errors";
export { ResourceInitError } from "./common/resource-init-error";
export type { ProviderOptions } from "./common/options";
