export * from "./access-key";
export * from "./access-key-lookups";
export type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-types";
