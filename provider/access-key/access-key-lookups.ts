import * as pulumi from "@pulumi/pulumi";
import { accessKeyOutputs } from "./access-key-outputs";
import { AccessKeysApi } from "../api/access-keys-api";
import { IonosError } from "../api/errors";
import type { AccessKey } from "../api/schemas";
import { lookupClient, lookupOutput } from "../common/lookup-options";
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

function api(opts: LookupOptions | undefined): AccessKeysApi {
  return new AccessKeysApi(lookupClient(opts, "objectStorage"));
}

function info(key: AccessKey): AccessKeyInfo {
  const { secretKey: _none, ...rest } = accessKeyOutputs(key);
  return rest;
}

/** Lists the caller's access keys (all pages), or the one with the given S3 access key id. */
export async function getAccessKeys(args: GetAccessKeysArgs = {}, opts?: LookupOptions): Promise<GetAccessKeysResult> {
  return { keys: (await api(opts).list(args.accessKey)).map(info) };
}

/** {@link getAccessKeys} for inputs that are outputs of other resources. */
export function getAccessKeysOutput(
  args: GetAccessKeysOutputArgs = {},
  opts?: LookupOutputOptions,
): pulumi.Output<pulumi.Unwrap<GetAccessKeysResult>> {
  return lookupOutput(args, opts, getAccessKeys);
}

/** Looks up one access key by its id; fails with a clear message when there is none. */
export async function getAccessKey(args: GetAccessKeyArgs, opts?: LookupOptions): Promise<AccessKeyInfo> {
  const key = await api(opts).get(args.keyId);
  if (key === undefined) throw new IonosError(`getAccessKey: there is no access key ${args.keyId}; check keyId.`);
  return info(key);
}

/** {@link getAccessKey} for inputs that are outputs of other resources. */
export function getAccessKeyOutput(
  args: GetAccessKeyOutputArgs,
  opts?: LookupOutputOptions,
): pulumi.Output<pulumi.Unwrap<AccessKeyInfo>> {
  return lookupOutput(args, opts, getAccessKey);
}
