// S3Key: keys of the IONOS Cloud API v6 (`/um/users/{userId}/s3keys`), and their lookups.
export * from "./s3-key";
export * from "./s3-key-lookups";
export type { S3KeyInputs, S3KeyOutputs } from "./s3-key-types";
