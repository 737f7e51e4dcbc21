import * as pulumi from "@pulumi/pulumi";
import type { LookupOptions, LookupOutputOptions } from "../common/options";
/** One key as a lookup returns it. */
export interface S3KeyInfo {
    /** The key id, which is also the S3 access key id. */
    readonly keyId: string;
    readonly active: boolean;
    /** The S3 secret key, as a Pulumi secret. */
    readonly secretKey: pulumi.Output<string>;
    readonly createdDate?: string;
    readonly lastModifiedDate?: string;
}
export interface GetS3KeysArgs {
    /** The UUID of the IONOS user. */
    readonly userId: string;
}
export interface GetS3KeysOutputArgs {
    readonly userId: pulumi.Input<string>;
}
export interface GetS3KeysResult {
    readonly userId: string;
    readonly keys: S3KeyInfo[];
}
export interface GetS3KeyArgs {
    readonly userId: string;
    /** The key id (access key id). */
    readonly keyId: string;
}
export interface GetS3KeyOutputArgs {
    readonly userId: pulumi.Input<string>;
    readonly keyId: pulumi.Input<string>;
}
export interface GetS3KeyResult extends S3KeyInfo {
    readonly userId: string;
}
export interface GetSsoUrlArgs {
    readonly userId: string;
}
export interface GetSsoUrlOutputArgs {
    readonly userId: pulumi.Input<string>;
}
export interface GetSsoUrlResult {
    readonly userId: string;
    /** The object storage single sign-on URL, as a Pulumi secret (it logs the user in). */
    readonly ssoUrl: pulumi.Output<string>;
}
/** Lists the user's object storage keys. The secret keys are secrets. */
export declare function getS3Keys(args: GetS3KeysArgs, opts?: LookupOptions): Promise<GetS3KeysResult>;
/** {@link getS3Keys} for inputs that are outputs of other resources; the result is secret as a whole. */
export declare function getS3KeysOutput(args: GetS3KeysOutputArgs, opts?: LookupOutputOptions): pulumi.Output<pulumi.Unwrap<GetS3KeysResult>>;
/** Looks up one key; fails with a clear message when the user has no such key. */
export declare function getS3Key(args: GetS3KeyArgs, opts?: LookupOptions): Promise<GetS3KeyResult>;
/** {@link getS3Key} for inputs that are outputs of other resources; the result is secret as a whole. */
export declare function getS3KeyOutput(args: GetS3KeyOutputArgs, opts?: LookupOutputOptions): pulumi.Output<pulumi.Unwrap<GetS3KeyResult>>;
/** The user's object storage single sign-on URL, as a secret. */
export declare function getSsoUrl(args: GetSsoUrlArgs, opts?: LookupOptions): Promise<GetSsoUrlResult>;
/** {@link getSsoUrl} for inputs that are outputs of other resources; the result is secret as a whole. */
export declare function getSsoUrlOutput(args: GetSsoUrlOutputArgs, opts?: LookupOutputOptions): pulumi.Output<pulumi.Unwrap<GetSsoUrlResult>>;
