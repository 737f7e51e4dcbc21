import type * as pulumi from "@pulumi/pulumi";
import type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-types";
/**
 * What changing from `olds` to `news` does. Pure; sends no request. Nothing replaces an access key:
 * `description` updates it in place, `rotation` renews its secret in place (same key id and access
 * key id, so consumers keep them). A value not known yet counts as changed.
 */
export declare function diffAccessKey(olds: Partial<AccessKeyOutputs>, news: AccessKeyInputs): pulumi.dynamic.DiffResult;
