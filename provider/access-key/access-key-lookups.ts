import * as pulumi from "@pulumi/pulumi";
import { accessKeyOutputs } from "./access-key-outputs";
import { AccessKeysApi } from "../api/access-keys-api";
import { IonosError } from "../api/errors";
import type { AccessKey } from "../api/schemas";
import { lookupClient, lookupOutput } from "../common/lookup-options";

/** One access key as a lookup returns it. IONOS never shows a secret key again, so there is none. */
export interface AccessKeyInfo {
  /** The key's id (a UUID). */
  readonly keyId: string;
  /** The S3 access key id. */
  readonly accessKey: string;
  /** What the key is for. */
  readonly description: string;
  /** `AVAILABLE` once created, updated or renewed. */
  readonly status: string;
  /** Whether the key may create buckets and set bucket policies. */
  readonly administrative: boolean;
  /** The regions the key works in. */
  readonly supportedRegions: readonly string[];
  /** For user-owned buckets, when IONOS gives one. */
  readonly canonicalUserId?: string;
  /** `<contract>:<uuid>`, for contract-owned buckets. */
  readonly contractUserId?: string;
  /** When IONOS created the key (ISO 8601). */
  readonly createdDate?: string;
  /** When IONOS last changed the key (ISO 8601). */
  readonly lastModifiedDate?: string;
}

/** The arguments of {@link getAccessKeys}. */
export interface GetAccessKeysArgs {
  /** Only the key with this S3 access key id. */
  readonly accessKey?: string;
}
/** The arguments of {@link getAccessKeysOutput}: {@link GetAccessKeysArgs}, each an input. */
export interface GetAccessKeysOutputArgs {
  /** Only the key with this S3 access key id. */
  readonly accessKey?: pulumi.Input<string>;
}
/** What {@link getAccessKeys} and {@link getAccessKeysOutput} return. */
export interface GetAccessKeysResult {
  /** The caller's access keys (or the one asked for). */
  readonly keys: AccessKeyInfo[];
}

/** The arguments of {@link getAccessKey}. */
export interface GetAccessKeyArgs {
  /** The key's id (a UUID). */
  readonly keyId: string;
}
/** The arguments of {@link getAccessKeyOutput}: {@link GetAccessKeyArgs}, each an input. */
export interface GetAccessKeyOutputArgs {
  /** The key's id (a UUID). */
  readonly keyId: pulumi.Input<string>;
}
/** What {@link getAccessKey} and {@link getAccessKeyOutput} return. */
export type GetAccessKeyResult = AccessKeyInfo;

function api(opts: pulumi.InvokeOptions | undefined): AccessKeysApi {
  return new AccessKeysApi(lookupClient(opts, "objectStorage"));
}

function info(key: AccessKey): AccessKeyInfo {
  const { secretKey: _none, ...rest } = accessKeyOutputs(key);
  return rest;
}

/** Lists the caller's access keys (all pages), or the one with the given S3 access key id. */
export async function getAccessKeys(
  args: GetAccessKeysArgs = {},
  opts?: pulumi.InvokeOptions,
): Promise<GetAccessKeysResult> {
  return { keys: (await api(opts).list(args.accessKey)).map(info) };
}

/** {@link getAccessKeys} for inputs that are outputs of other resources. */
export function getAccessKeysOutput(
  args: GetAccessKeysOutputArgs = {},
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetAccessKeysResult> {
  return lookupOutput(args, opts, getAccessKeys);
}

/** Looks up one access key by its id; fails with a clear message when there is none. */
export async function getAccessKey(args: GetAccessKeyArgs, opts?: pulumi.InvokeOptions): Promise<GetAccessKeyResult> {
  const key = await api(opts).get(args.keyId);
  if (key === undefined) throw new IonosError(`getAccessKey: there is no access key ${args.keyId}; check keyId.`);
  return info(key);
}

/** {@link getAccessKey} for inputs that are outputs of other resources. */
export function getAccessKeyOutput(
  args: GetAccessKeyOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetAccessKeyResult> {
  return lookupOutput(args, opts, getAccessKey);
}
