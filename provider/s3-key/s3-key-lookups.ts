import * as pulumi from "@pulumi/pulumi";
import { IonosError } from "../api/errors";
import { S3KeysApi } from "../api/s3-keys-api";
import type { S3Key } from "../api/schemas";
import { lookupClient, lookupOutput } from "../common/lookup-options";
import { toOutputs } from "./s3-key-outputs";

/**
 * One key as a lookup returns it, in both forms. The Output form (`getS3KeysOutput`, `getS3KeyOutput`)
 * is a secret as a whole; the direct form, like every Pulumi SDK's, tracks no secrets, so its
 * `secretKey` is a plain string: wrap it in `pulumi.secret` before it reaches an output or a log.
 */
export interface S3KeyInfo {
  /** The key id, which is also the S3 access key id. */
  readonly keyId: string;
  /** Whether the key can be used. */
  readonly active: boolean;
  /** The S3 secret key. Secret in the Output form; plain in the direct form. */
  readonly secretKey: string;
  /** When IONOS created the key (ISO 8601). */
  readonly createdDate?: string;
  /** When IONOS last changed the key (ISO 8601). */
  readonly lastModifiedDate?: string;
}

/** The arguments of {@link getS3Keys}. */
export interface GetS3KeysArgs {
  /** The UUID of the IONOS user. */
  readonly userId: string;
}
/** The arguments of {@link getS3KeysOutput}: {@link GetS3KeysArgs}, each an input. */
export interface GetS3KeysOutputArgs {
  /** The UUID of the IONOS user. */
  readonly userId: pulumi.Input<string>;
}
/** What {@link getS3Keys} and {@link getS3KeysOutput} return. */
export interface GetS3KeysResult {
  /** The UUID of the IONOS user. */
  readonly userId: string;
  /** The user's keys. */
  readonly keys: S3KeyInfo[];
}

/** The arguments of {@link getS3Key}. */
export interface GetS3KeyArgs {
  /** The UUID of the IONOS user. */
  readonly userId: string;
  /** The key id (the S3 access key id). */
  readonly keyId: string;
}
/** The arguments of {@link getS3KeyOutput}: {@link GetS3KeyArgs}, each an input. */
export interface GetS3KeyOutputArgs {
  /** The UUID of the IONOS user. */
  readonly userId: pulumi.Input<string>;
  /** The key id (the S3 access key id). */
  readonly keyId: pulumi.Input<string>;
}
/** What {@link getS3Key} and {@link getS3KeyOutput} return. */
export interface GetS3KeyResult extends S3KeyInfo {
  /** The UUID of the IONOS user. */
  readonly userId: string;
}

/** The arguments of {@link getSsoUrl}. */
export interface GetSsoUrlArgs {
  /** The UUID of the IONOS user. */
  readonly userId: string;
}
/** The arguments of {@link getSsoUrlOutput}: {@link GetSsoUrlArgs}, each an input. */
export interface GetSsoUrlOutputArgs {
  /** The UUID of the IONOS user. */
  readonly userId: pulumi.Input<string>;
}
/** What {@link getSsoUrl} and {@link getSsoUrlOutput} return. */
export interface GetSsoUrlResult {
  /** The UUID of the IONOS user. */
  readonly userId: string;
  /** The object storage single sign-on URL (it logs the user in). Secret in the Output form; plain in the direct form. */
  readonly ssoUrl: string;
}

function api(opts: pulumi.InvokeOptions | undefined): S3KeysApi {
  return new S3KeysApi(lookupClient(opts, "api"));
}

/** A key as a lookup shows it: the provider's outputs. */
function info(userId: string, key: S3Key): S3KeyInfo {
  const { keyId, active, secretKey, createdDate, lastModifiedDate } = toOutputs(userId, key);
  return {
    keyId,
    active,
    secretKey,
    ...(createdDate !== undefined ? { createdDate } : {}),
    ...(lastModifiedDate !== undefined ? { lastModifiedDate } : {}),
  };
}

/**
 * Lists the user's object storage keys. The direct form tracks no secrets: prefer
 * {@link getS3KeysOutput}, whose result is a secret, when a secret key goes anywhere.
 */
export async function getS3Keys(args: GetS3KeysArgs, opts?: pulumi.InvokeOptions): Promise<GetS3KeysResult> {
  return { userId: args.userId, keys: (await api(opts).list(args.userId)).map((key) => info(args.userId, key)) };
}

/** {@link getS3Keys} for inputs that are outputs of other resources; the result is secret as a whole. */
export function getS3KeysOutput(
  args: GetS3KeysOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetS3KeysResult> {
  return lookupOutput(args, opts, getS3Keys, true);
}

/** Looks up one key; fails with a clear message when the user has no such key. */
export async function getS3Key(args: GetS3KeyArgs, opts?: pulumi.InvokeOptions): Promise<GetS3KeyResult> {
  const key = await api(opts).get(args.userId, args.keyId);
  if (key === undefined)
    throw new IonosError(`getS3Key: user ${args.userId} has no key ${args.keyId}; check keyId and userId.`);
  return { userId: args.userId, ...info(args.userId, key) };
}

/** {@link getS3Key} for inputs that are outputs of other resources; the result is secret as a whole. */
export function getS3KeyOutput(
  args: GetS3KeyOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetS3KeyResult> {
  return lookupOutput(args, opts, getS3Key, true);
}

/** The user's object storage single sign-on URL. The direct form tracks no secrets: see {@link getSsoUrlOutput}. */
export async function getSsoUrl(args: GetSsoUrlArgs, opts?: pulumi.InvokeOptions): Promise<GetSsoUrlResult> {
  return { userId: args.userId, ssoUrl: await api(opts).ssoUrl(args.userId) };
}

/** {@link getSsoUrl} for inputs that are outputs of other resources; the result is secret as a whole. */
export function getSsoUrlOutput(
  args: GetSsoUrlOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetSsoUrlResult> {
  return lookupOutput(args, opts, getSsoUrl, true);
}
