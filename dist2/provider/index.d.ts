export * from "./s3-key";
export * from "./access-key";
export { IonosError, IonosApiError, IonosConfigError, IonosNetworkError, IonosRequestError, IonosResponseError, } from "./api/errors";
export { ResourceInitError } from "./common/resource-init-error";
export type { LookupOptions, LookupOutputOptions } from "./common/options";
export type { ProviderOptions } from "./common/options";
