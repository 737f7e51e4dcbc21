import * as pulumi from "@pulumi/pulumi";
import type { IonosHttpClient } from "../api/client";
import type { LookupOptions, LookupOutputOptions } from "./options";
/**
 * A client for a lookup, made the providers' way, with the settings read now (stack config, then
 * `opts.env` or the environment). `which` picks the Cloud API or the Object Storage Management API.
 */
export declare function lookupClient(opts: LookupOptions | undefined, which: "api" | "objectStorage"): IonosHttpClient;
/**
 * The Output form of a lookup, run as Pulumi runs an invoke with these options: once every resource
 * in `dependsOn` exists (a custom resource's id is known, a component's URN), and its result
 * depends on them. During a preview in which a dependency is still to be created, the result is
 * unknown, as an invoke's would be.
 */
export declare function lookupOutput<A, R>(args: A, opts: LookupOutputOptions | undefined, run: (args: pulumi.Unwrap<A>, opts: LookupOptions | undefined) => Promise<R>): pulumi.Output<pulumi.Unwrap<R>>;
