import type * as pulumi from "@pulumi/pulumi";
import { type Props } from "./sdk";
/** A provider call failed; `initFailed` carries what a create or update left behind (ErrorResourceInitFailed). */
export declare class ProviderError extends Error {
    readonly initFailed?: {
        id: string;
        properties: Props;
        reasons: string[];
    } | undefined;
    constructor(message: string, initFailed?: {
        id: string;
        properties: Props;
        reasons: string[];
    } | undefined);
}
/**
 * The dynamic-provider plugin host shipped in @pulumi/pulumi, started as the engine starts it
 * (`node <sdk>/cmd/dynamic-provider <engine>` in the project directory) and driven over gRPC.
 */
export declare class PluginHost {
    private readonly child;
    private readonly client;
    private constructor();
    static start(projectDir: string, engineAddress: string, log: (line: string) => void, env?: NodeJS.ProcessEnv): Promise<PluginHost>;
    private call;
    configure(config: Props): Promise<void>;
    check(urn: string, olds: Props, news: Props): Promise<{
        inputs: Props;
        failures: pulumi.dynamic.CheckFailure[];
    }>;
    diff(id: string, urn: string, olds: Props, news: Props, oldInputs: Props): Promise<{
        changes: "none" | "some" | "unknown";
        replaces: string[];
        deleteBeforeReplace: boolean;
    }>;
    create(urn: string, properties: Props): Promise<{
        id: string;
        properties: Props;
    }>;
    read(id: string, urn: string, properties: Props, inputs: Props): Promise<{
        id: string;
        properties: Props;
    }>;
    update(id: string, urn: string, olds: Props, news: Props): Promise<Props>;
    delete(id: string, urn: string, properties: Props): Promise<void>;
    /** Stops the plugin, as the engine does at the end of a run. */
    stop(): Promise<void>;
    /** The plugin's process id, for measuring it. */
    get pid(): number | undefined;
}
