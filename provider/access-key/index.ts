// AccessKey: keys of the Object Storage Management API (`/accesskeys`), and their lookups.
export * from "./access-key";
export * from "./access-key-lookups";
export type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-types";
