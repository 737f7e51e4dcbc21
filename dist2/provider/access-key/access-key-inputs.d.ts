import type * as pulumi from "@pulumi/pulumi";
import type { AccessKeyInputs } from "./access-key-types";
/** The longest description accepted: IONOS documents none, and it is stored in the state twice. */
export declare const MAX_DESCRIPTION = 1024;
/** Validates raw inputs (without `__provider`) and reports every problem at once. */
export declare function checkAccessKeyInputs(raw: Record<string, unknown>): {
    inputs?: AccessKeyInputs;
    failures: pulumi.dynamic.CheckFailure[];
};
