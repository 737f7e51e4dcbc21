import type * as res from "@pulumi/pulumi/proto/resource_pb";
import { type Props } from "./sdk";
export type Severity = "debug" | "info" | "warning" | "error";
/** What the engine does with the program's requests; the service turns them into gRPC answers. */
export interface MonitorHandlers {
    registerResource(req: res.RegisterResourceRequest): Promise<res.RegisterResourceResponse>;
    readResource(req: res.ReadResourceRequest): Promise<res.ReadResourceResponse>;
    /** The stack's outputs, from the root resource's RegisterResourceOutputs. */
    stackOutputs(outputs: Props): void;
    log(severity: Severity, message: string): void;
}
export interface MonitorService {
    /** `host:port` for the program's `--monitor` and `--engine`. */
    readonly address: string;
    close(): Promise<void>;
}
/**
 * The resource monitor and engine services a Pulumi program talks to, typed with the SDK's own stubs:
 * feature negotiation, registrations, reads, outputs, logs and the root resource.
 */
export declare function serveMonitor(handlers: MonitorHandlers): Promise<MonitorService>;
