import type * as pulumi from "@pulumi/pulumi";
import type { ClientOptions } from "../api/client-options";
export interface ProviderOptions {
    /** Progress and retry messages. @default pulumi.log.info */
    readonly log?: (message: string) => void;
    /** Warnings (settings that mix a local and a remote API). @default pulumi.log.warn */
    readonly warn?: (message: string) => void;
    /** The environment settings are read from, when the provider runs. @default process.env */
    readonly env?: NodeJS.ProcessEnv;
    /** Overrides of the HTTP client's options, e.g. a shorter time unit for retries in tests. */
    readonly client?: Partial<ClientOptions>;
    /** The Pulumi project's directory, which keys the create journal with each URN. @default process.cwd() */
    readonly projectDir?: string;
}
/**
 * A lookup's options: Pulumi's invoke options, and the providers' own (`env`, `log`, `client`), so a
 * lookup reads its settings and retries the way the providers do, and a test can pass both.
 */
export type LookupOptions = pulumi.InvokeOptions & ProviderOptions;
/**
 * The Output form's options: also `dependsOn`, which the lookup waits for, as Pulumi's invokes do
 * (spelled out rather than `pulumi.InvokeOutputOptions`, which @pulumi/pulumi 3.139, the oldest
 * supported, lacks).
 */
export type LookupOutputOptions = LookupOptions & {
    readonly dependsOn?: pulumi.Input<pulumi.Input<pulumi.Resource>[]> | pulumi.Input<pulumi.Resource>;
};
