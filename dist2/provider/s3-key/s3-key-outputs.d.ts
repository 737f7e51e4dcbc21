import type { S3Key } from "../api/schemas";
import type { S3KeyOutputs } from "./s3-key-types";
export type { S3KeyOutputs } from "./s3-key-types";
/** The inputs that only matter to `diff`, copied onto outputs. */
export declare function echoInputs(outputs: S3KeyOutputs, from: {
    keepers?: unknown;
    adoptKeyId?: unknown;
    identity?: unknown;
}): S3KeyOutputs;
/** Outputs from an API answer; a field the answer lacks keeps its value from `previous`. */
export declare function toOutputs(userId: string, key: S3Key, previous?: Partial<S3KeyOutputs>): S3KeyOutputs;
