// The plugin's functions: the lookups of both resources (getS3Keys, getS3Key, getSsoUrl,
// getAccessKeys, getAccessKey; declared in each resource's room) for programs in every language, with
// the provider's own settings. Secret values come back marked secret.
import type { IonosHttpClient } from "../api/client";
import { IonosError } from "../api/errors";
import { PLUGIN_PACKAGE } from "../common/config-sources";
import { lookupArgumentProblems, runLookup, type Lookup } from "../common/lookups";
import { S3_KEY_LOOKUPS } from "../s3-key/s3-key-lookups";
import { ACCESS_KEY_LOOKUPS } from "../access-key/access-key-lookups";
import { markSecrets } from "./secret-value";

type Props = Record<string, unknown>;
/** A function's result, or its failures (a missing or bad argument, named). */
export type FunctionResult = { outputs: Props; failures?: Array<{ property: string; reason: string }> };
type Clients = (which: "api" | "objectStorage") => IonosHttpClient;

/** Every lookup, by function name (`ionos-s3key:index:<name>`). */
export const LOOKUPS: Readonly<Record<string, Lookup<never, unknown>>> = { ...S3_KEY_LOOKUPS, ...ACCESS_KEY_LOOKUPS };

/** Runs the function `token` (`ionos-s3key:index:getS3Keys`, …) with `inputs`. */
export async function invokeFunction(token: string, inputs: Props, clients: Clients): Promise<FunctionResult> {
  const name = token.startsWith(`${PLUGIN_PACKAGE}:index:`) ? token.slice(`${PLUGIN_PACKAGE}:index:`.length) : "";
  const spec = Object.hasOwn(LOOKUPS, name) ? LOOKUPS[name] : undefined;
  if (spec === undefined)
    throw new IonosError(`${PLUGIN_PACKAGE} has no function ${token}: it has ${Object.keys(LOOKUPS).join(", ")}.`);
  const failures = lookupArgumentProblems(name, spec, inputs);
  if (failures.length > 0) return { outputs: {}, failures };
  return { outputs: markSecrets(await runLookup(name, spec, inputs as never, clients), spec.secrets) as Props };
}
