export * from "./s3-key";
export * from "./s3-key-lookups";
export type { S3KeyInputs, S3KeyOutputs } from "./s3-key-types";
