import * as pulumi from "@pulumi/pulumi";
import type { IonosHttpClient } from "../api/client";
import { readConfig, type ProviderConfig } from "./config";
import { IonosConnection } from "./connection";
import type { LookupOptions } from "./options";

// Lookups without client overrides share one connection per program: one rate gate and keep-alive pool.
let shared: IonosConnection | undefined;

/**
 * A client for a lookup, made the providers' way, with the settings read now (stack config, then
 * `opts.env` or the environment). `which` picks the Cloud API or the Object Storage Management API.
 */
export function lookupClient(opts: LookupOptions | undefined, which: "api" | "objectStorage"): IonosHttpClient {
  const connection = opts?.client !== undefined ? new IonosConnection(opts.client) : (shared ??= new IonosConnection());
  const config: ProviderConfig = readConfig({
    env: opts?.env ?? process.env,
    stackConfig: { get: (key: string) => pulumi.runtime.getConfig(key) },
  });
  const log = opts?.log ?? ((message: string) => void pulumi.log.info(message));
  return connection.client({ ...config, api: config[which] }, log);
}
