import * as pulumi from "@pulumi/pulumi";
import type { IonosHttpClient } from "../api/client";
import { readConfig, type ProviderConfig } from "./config";
import { IonosConnection } from "./connection";
import { IonosError } from "../api/errors";
import { PACKAGE_VERSION } from "../api/user-agent";
import type { LookupOptions, LookupOutputOptions } from "./options";

// Lookups without client overrides share one connection per program: one rate gate and keep-alive pool.
let shared: IonosConnection | undefined;

/**
 * A client for a lookup, made the providers' way, with the settings read now (stack config, then
 * `opts.env` or the environment). `which` picks the Cloud API or the Object Storage Management API.
 */
export function lookupClient(opts: LookupOptions | undefined, which: "api" | "objectStorage"): IonosHttpClient {
  invokeOptionsProblem(opts);
  const connection = opts?.client !== undefined ? new IonosConnection(opts.client) : (shared ??= new IonosConnection());
  const config: ProviderConfig = readConfig({
    env: opts?.env ?? process.env,
    stackConfig: { get: (key: string) => pulumi.runtime.getConfig(key) },
  });
  const log = opts?.log ?? ((message: string) => void pulumi.log.info(message));
  return connection.client({ ...config, api: config[which] }, log);
}

/**
 * Pulumi's invoke options, as a lookup can honour them: `version` must be this package's (the code
 * that runs is the installed package); `provider` has nothing to pick, since a dynamic provider's
 * lookups run in the program with the settings of stack config and the environment, so one given is
 * refused rather than ignored; `parent` only lends default options, of which there are none here.
 */
function invokeOptionsProblem(opts: LookupOptions | undefined): void {
  if (opts?.version !== undefined && opts.version !== PACKAGE_VERSION)
    throw new IonosError(
      `The lookup asks for version ${opts.version}, but this program runs pulumi-ionos-s3key ${PACKAGE_VERSION}: install ${opts.version}, or drop the option.`,
    );
  if (opts?.provider !== undefined)
    throw new IonosError(
      "A pulumi-ionos-s3key lookup takes no `provider`: it runs in the program with the settings of stack config and the environment (IONOS_TOKEN, IONOS_API_URL, …). Drop the option, or pass `env` for other settings.",
    );
}

/**
 * The Output form of a lookup, run as Pulumi runs an invoke with these options: once every resource
 * in `dependsOn` exists (a custom resource's id is known, a component's URN), and its result
 * depends on them. During a preview in which a dependency is still to be created, the result is
 * unknown, as an invoke's would be.
 */
export function lookupOutput<A, R>(
  args: A,
  opts: LookupOutputOptions | undefined,
  run: (args: pulumi.Unwrap<A>, opts: LookupOptions | undefined) => Promise<R>,
): pulumi.Output<pulumi.Unwrap<R>> {
  const { dependsOn, ...rest } = opts ?? {};
  const ready = pulumi.output(dependsOn ?? []).apply((deps) => {
    const list = (Array.isArray(deps) ? deps : [deps]) as pulumi.Resource[];
    return pulumi.all(list.map((r) => (pulumi.CustomResource.isInstance(r) ? r.id : r.urn)));
  });
  return pulumi
    .all([pulumi.output(args), ready])
    .apply(([a]) => run(a as pulumi.Unwrap<A>, rest)) as unknown as pulumi.Output<pulumi.Unwrap<R>>;
}
