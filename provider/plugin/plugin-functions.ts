// The plugin's functions: the lookups of the dynamic package (getS3Keys, getS3Key, getSsoUrl,
// getAccessKeys, getAccessKey) for programs in every language, with the provider's own settings.
// Secret values come back marked secret.
import { AccessKeysApi } from "../api/access-keys-api";
import type { IonosHttpClient } from "../api/client";
import { IonosError } from "../api/errors";
import { USER_ID_PATTERN } from "../api/ids";
import { shown } from "../api/redact";
import { S3KeysApi } from "../api/s3-keys-api";
import type { S3Key } from "../api/schemas";
import { accessKeyOutputs } from "../access-key/access-key-outputs";
import { PLUGIN_PACKAGE } from "../common/config-sources";
import { toOutputs } from "../s3-key/s3-key-outputs";
import { secretValue } from "./secret-value";

type Props = Record<string, unknown>;
/** A function's result, or its failures (a missing or bad argument, named). */
export type FunctionResult = { outputs: Props; failures?: Array<{ property: string; reason: string }> };
type Clients = (which: "api" | "objectStorage") => IonosHttpClient;

/** One key as the functions show it: the provider's outputs, the secret key marked secret. */
function s3KeyInfo(userId: string, key: S3Key): Props {
  const { createToken: _none, ...outs } = toOutputs(userId, key);
  return { ...outs, secretKey: secretValue(outs.secretKey) };
}

/** The functions by token: each takes its arguments (checked) and the clients of the provider's settings. */
const FUNCTIONS: Record<
  string,
  { args: readonly string[]; run: (a: Record<string, string>, c: Clients) => Promise<Props> }
> = {
  getS3Keys: {
    args: ["userId"],
    run: async ({ userId }, c) => ({
      userId,
      keys: (await new S3KeysApi(c("api")).list(userId)).map((k) => s3KeyInfo(userId, k)),
    }),
  },
  getS3Key: {
    args: ["userId", "keyId"],
    run: async ({ userId, keyId }, c) => {
      const key = await new S3KeysApi(c("api")).get(userId, keyId);
      if (key === undefined)
        throw new IonosError(`getS3Key: user ${userId} has no key ${keyId}; check keyId and userId.`);
      return s3KeyInfo(userId, key);
    },
  },
  getSsoUrl: {
    args: ["userId"],
    run: async ({ userId }, c) => ({ userId, ssoUrl: secretValue(await new S3KeysApi(c("api")).ssoUrl(userId)) }),
  },
  getAccessKeys: {
    args: [],
    run: async ({ accessKey }, c) => ({
      keys: (await new AccessKeysApi(c("objectStorage")).list(accessKey)).map((k) =>
        withoutSecret(accessKeyOutputs(k)),
      ),
    }),
  },
  getAccessKey: {
    args: ["keyId"],
    run: async ({ keyId }, c) => {
      const key = await new AccessKeysApi(c("objectStorage")).get(keyId);
      if (key === undefined) throw new IonosError(`getAccessKey: there is no access key ${keyId}; check keyId.`);
      return withoutSecret(accessKeyOutputs(key));
    },
  },
};

/** IONOS never shows an access key's secret again: a lookup has none. */
function withoutSecret<T extends { secretKey: string }>(outs: T): Omit<T, "secretKey"> {
  const { secretKey: _none, ...rest } = outs;
  return rest;
}

/** Runs the function `token` (`ionos-s3key:index:getS3Keys`, …) with `inputs`. */
export async function invokeFunction(token: string, inputs: Props, clients: Clients): Promise<FunctionResult> {
  const name = token.startsWith(`${PLUGIN_PACKAGE}:index:`) ? token.slice(`${PLUGIN_PACKAGE}:index:`.length) : "";
  const fn = FUNCTIONS[name];
  if (fn === undefined)
    throw new IonosError(`${PLUGIN_PACKAGE} has no function ${token}: it has ${Object.keys(FUNCTIONS).join(", ")}.`);
  const failures = fn.args
    .filter((arg) => typeof inputs[arg] !== "string" || inputs[arg] === "")
    .map((property) => ({ property, reason: `required: give ${name}'s ${property} as a string` }));
  // A user id goes into the request's path: it must be one, as the resources check it.
  if (fn.args.includes("userId") && failures.length === 0 && !USER_ID_PATTERN.test(String(inputs.userId)))
    failures.push({
      property: "userId",
      reason: `"${shown(inputs.userId)}" is not a UUID: use the IONOS user's id, e.g. 9b1b4c62-1466-11e7-87d3-d7bb7dac0087`,
    });
  if (failures.length > 0) return { outputs: {}, failures };
  return { outputs: await fn.run(inputs as Record<string, string>, clients) };
}
