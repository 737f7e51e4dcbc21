import * as pulumi from "@pulumi/pulumi";
import { accessKeyOutputs } from "./access-key-inputs";
import { AccessKeysApi } from "./api/access-keys-api";
import { IonosConnection } from "./api/connection";
import { IonosError } from "./api/errors";
import type { AccessKey } from "./api/schemas";
import { readConfig } from "./config";

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

// Lookups run in the program, with the provider's settings and a client made the provider's way.
const connection = new IonosConnection();

function api(): AccessKeysApi {
  const config = readConfig({ stackConfig: { get: (key: string) => pulumi.runtime.getConfig(key) } });
  return new AccessKeysApi(connection.client({ ...config, api: config.objectStorage }, (m) => void pulumi.log.info(m)));
}

function info(key: AccessKey): AccessKeyInfo {
  const { secretKey: _none, ...rest } = accessKeyOutputs(key);
  return rest;
}

/** Lists the caller's access keys (all pages), or the one with the given S3 access key id. */
export async function getAccessKeys(
  args: GetAccessKeysArgs = {},
  _opts?: pulumi.InvokeOptions,
): Promise<GetAccessKeysResult> {
  return { keys: (await api().list(args.accessKey)).map(info) };
}

/** {@link getAccessKeys} for inputs that are outputs of other resources. */
export function getAccessKeysOutput(
  args: GetAccessKeysOutputArgs = {},
  opts?: pulumi.InvokeOptions,
): pulumi.Output<pulumi.Unwrap<GetAccessKeysResult>> {
  return pulumi.output(args).apply((a) => getAccessKeys(a, opts));
}

/** Looks up one access key by its id; fails with a clear message when there is none. */
export async function getAccessKey(args: GetAccessKeyArgs, _opts?: pulumi.InvokeOptions): Promise<AccessKeyInfo> {
  const key = await api().get(args.keyId);
  if (key === undefined) throw new IonosError(`getAccessKey: there is no access key ${args.keyId}; check keyId.`);
  return info(key);
}

/** {@link getAccessKey} for inputs that are outputs of other resources. */
export function getAccessKeyOutput(
  args: GetAccessKeyOutputArgs,
  opts?: pulumi.InvokeOptions,
): pulumi.Output<pulumi.Unwrap<AccessKeyInfo>> {
  return pulumi.output(args).apply((a) => getAccessKey(a, opts));
}
