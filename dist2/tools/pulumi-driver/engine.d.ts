import type { DriverOptions, Operation, RunResult } from "./engine-types";
export type { Step } from "./summary";
export type { DriverOptions, Operation, RunResult } from "./engine-types";
/**
 * Does for dynamic resources what `pulumi preview/up/refresh/destroy` does: runs the program on the
 * real SDK runtime (program-runner.ts) against a resource monitor served over gRPC
 * (monitor-service.ts), plans each step as the engine does (step-planner.ts), drives the real
 * dynamic-provider plugin host over gRPC (plugin-host.ts), keeps the state (state.ts) and prints
 * the summary (summary.ts). A gRPC monitor is more faithful than the SDK's mock monitor: the program runs
 * in its own process with the same settings, feature negotiation and serialization as under the CLI.
 */
export declare function runOperation(operation: Operation, options: DriverOptions): Promise<RunResult>;
