import type * as pulumi from "@pulumi/pulumi";
import type { S3KeyInputs, S3KeyOutputs } from "./s3-key-types";
/**
 * What changing from `olds` (the state) to `news` (checked inputs) does to a key. Pure; sends no
 * request. `userId`, `keepers` and `adoptKeyId` replace the key (create-before-delete unless the
 * resource says otherwise); `active` updates it in place. A value not known yet (a preview) counts
 * as changed, so the preview shows what may happen.
 */
export declare function diffS3Key(olds: Partial<S3KeyOutputs>, news: S3KeyInputs): pulumi.dynamic.DiffResult;
