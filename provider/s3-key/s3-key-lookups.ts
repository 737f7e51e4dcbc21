import * as pulumi from "@pulumi/pulumi";
import { lookupClient, lookupOutput } from "../common/lookup-options";
import { lookup, runLookup } from "../common/lookups";
import { IonosError } from "../api/errors";
import { S3KeysApi } from "../api/s3-keys-api";
import type { S3Key } from "../api/schemas";
import { toOutputs } from "./s3-key-outputs";
import type { S3KeyOutputs } from "./s3-key-types";

/**
 * One object storage key as a lookup returns it. The Output forms (`getS3KeysOutput`, …) are secret
 * as a whole; the direct forms, like every Pulumi SDK's, track no secrets, so `secretKey` is a plain
 * string there: wrap it in `pulumi.secret` before it reaches an output or a log.
 */
export type S3KeyInfo = Pick<
  S3KeyOutputs,
  "keyId" | "userId" | "active" | "secretKey" | "createdDate" | "lastModifiedDate"
>;

/**
 * The outputs a lookup returns of each key, for the plugin's `S3KeyInfo` as for this one: the
 * compiler holds the list and the type to the same fields.
 * @internal
 */
export const S3KEY_INFO_FIELDS = [
  "keyId",
  "userId",
  "active",
  "secretKey",
  "createdDate",
  "lastModifiedDate",
] as const satisfies ReadonlyArray<keyof S3KeyInfo>;
const _everyFieldListed: [Exclude<keyof S3KeyInfo, (typeof S3KEY_INFO_FIELDS)[number]>] extends [never] ? true : never =
  true;
void _everyFieldListed;

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
export type GetS3KeyResult = S3KeyInfo;

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

/** A key as the lookups show it: the provider's outputs, without its bookkeeping. */
function s3KeyInfo(userId: string, key: S3Key): S3KeyInfo {
  const { keyId, active, secretKey, createdDate, lastModifiedDate } = toOutputs(userId, key);
  return {
    keyId,
    userId,
    active,
    secretKey,
    ...(createdDate !== undefined ? { createdDate } : {}),
    ...(lastModifiedDate !== undefined ? { lastModifiedDate } : {}),
  };
}

/** The S3 key lookups, declared once: the Node functions below and the plugin's functions run these.
 * @internal
 */
export const S3_KEY_LOOKUPS = {
  getS3Keys: lookup({
    required: ["userId"],
    api: "api",
    secrets: ["secretKey"],
    run: async ({ userId }: GetS3KeysArgs, client): Promise<GetS3KeysResult> => ({
      userId,
      keys: (await new S3KeysApi(client).list(userId)).map((key) => s3KeyInfo(userId, key)),
    }),
  }),
  getS3Key: lookup({
    required: ["userId", "keyId"],
    api: "api",
    secrets: ["secretKey"],
    run: async ({ userId, keyId }: GetS3KeyArgs, client): Promise<GetS3KeyResult> => {
      const key = await new S3KeysApi(client).get(userId, keyId);
      if (key === undefined)
        throw new IonosError(`getS3Key: user ${userId} has no key ${keyId}; check keyId and userId.`);
      return s3KeyInfo(userId, key);
    },
  }),
  getSsoUrl: lookup({
    required: ["userId"],
    api: "api",
    secrets: ["ssoUrl"],
    run: async ({ userId }: GetSsoUrlArgs, client): Promise<GetSsoUrlResult> => ({
      userId,
      ssoUrl: await new S3KeysApi(client).ssoUrl(userId),
    }),
  }),
};

/** Runs an S3 key lookup with a client of the program's settings (see `lookupClient`). */
function run<N extends keyof typeof S3_KEY_LOOKUPS>(
  name: N,
  args: Parameters<(typeof S3_KEY_LOOKUPS)[N]["run"]>[0],
  opts: pulumi.InvokeOptions | undefined,
): ReturnType<(typeof S3_KEY_LOOKUPS)[N]["run"]> {
  const spec = S3_KEY_LOOKUPS[name] as unknown as Parameters<typeof runLookup>[1];
  return runLookup(name, spec, args, (which) => lookupClient(opts, which)) as ReturnType<
    (typeof S3_KEY_LOOKUPS)[N]["run"]
  >;
}

/**
 * Lists the user's object storage keys. The direct form tracks no secrets: prefer
 * {@link getS3KeysOutput}, whose result is a secret, when a secret key goes anywhere.
 */
export async function getS3Keys(args: GetS3KeysArgs, opts?: pulumi.InvokeOptions): Promise<GetS3KeysResult> {
  return run("getS3Keys", args, opts);
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
  return run("getS3Key", args, opts);
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
  return run("getSsoUrl", args, opts);
}

/** {@link getSsoUrl} for inputs that are outputs of other resources; the result is secret as a whole. */
export function getSsoUrlOutput(
  args: GetSsoUrlOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetSsoUrlResult> {
  return lookupOutput(args, opts, getSsoUrl, true);
}
