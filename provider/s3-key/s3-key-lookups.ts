import * as pulumi from "@pulumi/pulumi";
import { IonosError } from "../api/errors";
import { S3KeysApi } from "../api/s3-keys-api";
import type { S3Key } from "../api/schemas";
import { lookupClient, lookupOutput } from "../common/lookup-options";
import type { LookupOptions, LookupOutputOptions } from "../common/options";
import { toOutputs } from "./s3-key-outputs";

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

function api(opts: LookupOptions | undefined): S3KeysApi {
  return new S3KeysApi(lookupClient(opts, "api"));
}

/** A key as a lookup shows it: the provider's outputs, the secret key wrapped as a secret. */
function info(userId: string, key: S3Key): S3KeyInfo {
  const { keyId, active, secretKey, createdDate, lastModifiedDate } = toOutputs(userId, key);
  return {
    keyId,
    active,
    secretKey: pulumi.secret(secretKey),
    ...(createdDate !== undefined ? { createdDate } : {}),
    ...(lastModifiedDate !== undefined ? { lastModifiedDate } : {}),
  };
}

/** Lists the user's object storage keys. The secret keys are secrets. */
export async function getS3Keys(args: GetS3KeysArgs, opts?: LookupOptions): Promise<GetS3KeysResult> {
  return { userId: args.userId, keys: (await api(opts).list(args.userId)).map((key) => info(args.userId, key)) };
}

/** {@link getS3Keys} for inputs that are outputs of other resources; the result is secret as a whole. */
export function getS3KeysOutput(
  args: GetS3KeysOutputArgs,
  opts?: LookupOutputOptions,
): pulumi.Output<pulumi.Unwrap<GetS3KeysResult>> {
  return pulumi.secret(lookupOutput(args, opts, getS3Keys));
}

/** Looks up one key; fails with a clear message when the user has no such key. */
export async function getS3Key(args: GetS3KeyArgs, opts?: LookupOptions): Promise<GetS3KeyResult> {
  const key = await api(opts).get(args.userId, args.keyId);
  if (key === undefined)
    throw new IonosError(`getS3Key: user ${args.userId} has no key ${args.keyId}; check keyId and userId.`);
  return { userId: args.userId, ...info(args.userId, key) };
}

/** {@link getS3Key} for inputs that are outputs of other resources; the result is secret as a whole. */
export function getS3KeyOutput(
  args: GetS3KeyOutputArgs,
  opts?: LookupOutputOptions,
): pulumi.Output<pulumi.Unwrap<GetS3KeyResult>> {
  return pulumi.secret(lookupOutput(args, opts, getS3Key));
}

/** The user's object storage single sign-on URL, as a secret. */
export async function getSsoUrl(args: GetSsoUrlArgs, opts?: LookupOptions): Promise<GetSsoUrlResult> {
  return { userId: args.userId, ssoUrl: pulumi.secret(await api(opts).ssoUrl(args.userId)) };
}

/** {@link getSsoUrl} for inputs that are outputs of other resources; the result is secret as a whole. */
export function getSsoUrlOutput(
  args: GetSsoUrlOutputArgs,
  opts?: LookupOutputOptions,
): pulumi.Output<pulumi.Unwrap<GetSsoUrlResult>> {
  return pulumi.secret(lookupOutput(args, opts, getSsoUrl));
}
