import * as pulumi from "@pulumi/pulumi";
import type { LookupOptions, LookupOutputOptions } from "../common/options";
/** One access key as a lookup returns it. IONOS never shows a secret key again, so there is none. */
export interface AccessKeyInfo {
    /** The key's id (a UUID). */
    readonly keyId: string;
    /** The S3 access key id. */
    readonly accessKey: string;
    readonly description: string;
    readonly status: string;
    readonly administrative: boolean;
    readonly supportedRegions: readonly string[];
    readonly canonicalUserId?: string;
    readonly contractUserId?: string;
    readonly createdDate?: string;
    readonly lastModifiedDate?: string;
}
export interface GetAccessKeysArgs {
    /** Only the key with this S3 access key id. */
    readonly accessKey?: string;
}
export interface GetAccessKeysOutputArgs {
    readonly accessKey?: pulumi.Input<string>;
}
export interface GetAccessKeysResult {
    readonly keys: AccessKeyInfo[];
}
export interface GetAccessKeyArgs {
    /** The key's id (a UUID). */
    readonly keyId: string;
}
export interface GetAccessKeyOutputArgs {
    readonly keyId: pulumi.Input<string>;
}
/** Lists the caller's access keys (all pages), or the one with the given S3 access key id. */
export declare function getAccessKeys(args?: GetAccessKeysArgs, opts?: LookupOptions): Promise<GetAccessKeysResult>;
/** {@link getAccessKeys} for inputs that are outputs of other resources. */
export declare function getAccessKeysOutput(args?: GetAccessKeysOutputArgs, opts?: LookupOutputOptions): pulumi.Output<pulumi.Unwrap<GetAccessKeysResult>>;
/** Looks up one access key by its id; fails with a clear message when there is none. */
export declare function getAccessKey(args: GetAccessKeyArgs, opts?: LookupOptions): Promise<AccessKeyInfo>;
/** {@link getAccessKey} for inputs that are outputs of other resources. */
export declare function getAccessKeyOutput(args: GetAccessKeyOutputArgs, opts?: LookupOutputOptions): pulumi.Output<pulumi.Unwrap<AccessKeyInfo>>;
