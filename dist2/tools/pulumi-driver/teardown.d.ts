import type { PluginHost } from "./plugin-host";
import type { ResourceState, StackState, StateFile } from "./state";
import type { Step } from "./summary";
import type { Operation } from "./engine-types";
/** What these steps need of the engine. */
export interface StepContext {
    readonly operation: Operation;
    readonly state: StackState;
    readonly stateFile: StateFile;
    readonly errors: string[];
    pluginHost(): Promise<PluginHost>;
    record(step: Step): void;
    fail(step: Step, message: string): void;
}
export declare function refreshAll(ctx: StepContext): Promise<void>;
export declare function destroyAll(ctx: StepContext): Promise<void>;
export declare function deleteResource(ctx: StepContext, resource: ResourceState): Promise<void>;
export declare function deleteOrThrow(ctx: StepContext, resource: ResourceState): Promise<void>;
