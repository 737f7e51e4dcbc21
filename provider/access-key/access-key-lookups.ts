import * as pulumi from "@pulumi/pulumi";
import { lookupClient, lookupOutput } from "../common/lookup-options";
import { lookup, runLookup } from "../common/lookups";
import { IonosError } from "../api/errors";
import { AccessKeysApi } from "../api/access-keys-api";
import type { AccessKey } from "../api/schemas";
import { accessKeyOutputs } from "./access-key-outputs";
import type { AccessKeyOutputs } from "./access-key-types";

/** One access key as a lookup returns it. IONOS never shows a secret key again, so there is none. */
export type AccessKeyInfo = Pick<
  AccessKeyOutputs,
  | "keyId"
  | "accessKey"
  | "description"
  | "status"
  | "administrative"
  | "supportedRegions"
  | "canonicalUserId"
  | "contractUserId"
  | "createdDate"
  | "lastModifiedDate"
>;

/**
 * The outputs a lookup returns of each access key, for the plugin's `AccessKeyInfo` as for this one:
 * the compiler holds the list and the type to the same fields.
 * @internal
 */
export const ACCESS_KEY_INFO_FIELDS = [
  "keyId",
  "accessKey",
  "description",
  "status",
  "administrative",
  "supportedRegions",
  "canonicalUserId",
  "contractUserId",
  "createdDate",
  "lastModifiedDate",
] as const satisfies ReadonlyArray<keyof AccessKeyInfo>;
const _everyFieldListed: [Exclude<keyof AccessKeyInfo, (typeof ACCESS_KEY_INFO_FIELDS)[number]>] extends [never]
  ? true
  : never = true;
void _everyFieldListed;

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

function accessKeyInfo(key: AccessKey): AccessKeyInfo {
  const { secretKey: _none, ...rest } = accessKeyOutputs(key);
  return rest;
}

/** The access key lookups, declared once: the Node functions below and the plugin's functions run these.
 * @internal
 */
export const ACCESS_KEY_LOOKUPS = {
  getAccessKeys: lookup({
    required: [],
    api: "objectStorage",
    secrets: [],
    run: async ({ accessKey }: GetAccessKeysArgs, client): Promise<GetAccessKeysResult> => ({
      keys: (await new AccessKeysApi(client).list(accessKey)).map(accessKeyInfo),
    }),
  }),
  getAccessKey: lookup({
    required: ["keyId"],
    api: "objectStorage",
    secrets: [],
    run: async ({ keyId }: GetAccessKeyArgs, client): Promise<GetAccessKeyResult> => {
      const key = await new AccessKeysApi(client).get(keyId);
      if (key === undefined) throw new IonosError(`getAccessKey: there is no access key ${keyId}; check keyId.`);
      return accessKeyInfo(key);
    },
  }),
};

/** Lists the caller's access keys (all pages), or the one with the given S3 access key id. */
export async function getAccessKeys(
  args: GetAccessKeysArgs = {},
  opts?: pulumi.InvokeOptions,
): Promise<GetAccessKeysResult> {
  return runLookup("getAccessKeys", ACCESS_KEY_LOOKUPS.getAccessKeys, args, (which) => lookupClient(opts, which));
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
  return runLookup("getAccessKey", ACCESS_KEY_LOOKUPS.getAccessKey, args, (which) => lookupClient(opts, which));
}

/** {@link getAccessKey} for inputs that are outputs of other resources. */
export function getAccessKeyOutput(
  args: GetAccessKeyOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetAccessKeyResult> {
  return lookupOutput(args, opts, getAccessKey);
}
