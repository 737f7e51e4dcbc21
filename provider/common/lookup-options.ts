import { AsyncLocalStorage } from "node:async_hooks";
import * as pulumi from "@pulumi/pulumi";
import type { IonosHttpClient } from "../api/client";
import { readConfig, type ProviderConfig } from "./config";
import { IonosConnection } from "./connection";
import { IonosError } from "../api/errors";
import { PACKAGE_VERSION } from "../api/user-agent";
import type { ProviderOptions } from "./options";

// Lookups without client overrides share one connection per program: one rate gate and keep-alive pool.
let shared: IonosConnection | undefined;

/** What a test (never a program: these are not in the lookups' public options) may set for lookups. */
export type LookupHooks = Pick<ProviderOptions, "env" | "log" | "client">;

const hooks = new AsyncLocalStorage<LookupHooks>();

/**
 * Runs `body` with lookups reading their settings from `with.env`, logging to `with.log` and using
 * `with.client`'s overrides, for every lookup `body` starts, the Output forms' later runs included
 * (the hooks follow the async calls, not a global). The internal entry tests use.
 */
export function withLookupHooks<T>(set: LookupHooks, body: () => T): T {
  return hooks.run(set, body);
}

/**
 * A client for a lookup, made the providers' way, with the settings read now (stack config, then
 * the environment). `which` picks the Cloud API or the Object Storage Management API.
 */
export function lookupClient(opts: pulumi.InvokeOptions | undefined, which: "api" | "objectStorage"): IonosHttpClient {
  invokeOptionsProblem(opts);
  const set = hooks.getStore() ?? {};
  const connection = set.client !== undefined ? new IonosConnection(set.client) : (shared ??= new IonosConnection());
  const config: ProviderConfig = readConfig({
    env: set.env ?? process.env,
    stackConfig: { get: (key: string) => pulumi.runtime.getConfig(key) },
  });
  const log = set.log ?? ((message: string) => void pulumi.log.info(message));
  return connection.client({ ...config, api: config[which] }, log);
}

/**
 * Pulumi's invoke options, as a lookup can honour them: `version` must be this package's (the code
 * that runs is the installed package); `provider` has nothing to pick, since a dynamic provider's
 * lookups run in the program with the settings of stack config and the environment, so one given is
 * refused rather than ignored; `parent` only lends default options, of which there are none here.
 */
function invokeOptionsProblem(opts: pulumi.InvokeOptions | undefined): void {
  if (opts?.version !== undefined && opts.version !== PACKAGE_VERSION)
    throw new IonosError(
      `The lookup asks for version ${opts.version}, but this program runs pulumi-ionos-s3key ${PACKAGE_VERSION}: install ${opts.version}, or drop the option.`,
    );
  if (opts?.provider !== undefined)
    throw new IonosError(
      "A pulumi-ionos-s3key lookup takes no `provider`: it runs in the program with the settings of stack config and the environment (IONOS_TOKEN, IONOS_API_URL, …). Drop the option, or use the ionos-s3key plugin's functions, which take an explicit provider (docs/plugin.md).",
    );
}

/**
 * The Output form of a lookup, run as Pulumi runs an invoke with these options: once every resource
 * in `dependsOn` exists (a custom resource's id is known, a component's URN), and its result
 * depends on them. During a preview in which a dependency is still to be created, the result is
 * unknown, as an invoke's would be. `secret` marks the whole result secret, as Pulumi marks an
 * invoke's result that holds a secret.
 */
export function lookupOutput<A, R>(
  args: A,
  opts: pulumi.InvokeOutputOptions | undefined,
  run: (args: pulumi.Unwrap<A>, opts: pulumi.InvokeOptions | undefined) => Promise<R>,
  secret = false,
): pulumi.Output<R> {
  const { dependsOn, ...rest } = opts ?? {};
  const ready = pulumi.output(dependsOn ?? []).apply((deps) => {
    const list = (Array.isArray(deps) ? deps : [deps]) as pulumi.Resource[];
    return pulumi.all(list.map((r) => (pulumi.CustomResource.isInstance(r) ? r.id : r.urn)));
  });
  const result = pulumi.all([pulumi.output(args), ready]).apply(([a]) => run(a as pulumi.Unwrap<A>, rest));
  return (secret ? pulumi.secret(result) : result) as unknown as pulumi.Output<R>;
}
