import type { IEngineServer } from "@pulumi/pulumi/proto/engine_grpc_pb";
import type { IResourceMonitorServer } from "@pulumi/pulumi/proto/resource_grpc_pb";
import type * as res from "@pulumi/pulumi/proto/resource_pb";
import type { handleUnaryCall as HandleUnaryCall } from "@grpc/grpc-js";
import type { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { emptyproto, engproto, engrpc, fromStruct, grpc, resproto, resrpc, type Props } from "./sdk";

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

const SUPPORTED_FEATURES = ["secrets", "additionalSecretOutputs"];

/**
 * The resource monitor and engine services a Pulumi program talks to, typed with the SDK's own stubs:
 * feature negotiation, registrations, reads, outputs, logs and the root resource.
 */
export async function serveMonitor(handlers: MonitorHandlers): Promise<MonitorService> {
  let rootUrn = "";
  const failed = (error: Error) => ({ code: grpc.status.UNKNOWN, details: error.message });
  // SignalAndWaitForShutdown is typed here: older SDKs' stubs (3.139) do not have it.
  const monitor: Pick<
    IResourceMonitorServer,
    "supportsFeature" | "registerResource" | "registerResourceOutputs" | "readResource"
  > & { signalAndWaitForShutdown: HandleUnaryCall<Empty, Empty> } = {
    supportsFeature: (call, cb) => {
      const resp = new resproto.SupportsFeatureResponse();
      resp.setHassupport(SUPPORTED_FEATURES.includes(call.request.getId()));
      cb(null, resp);
    },
    registerResource: (call, cb) =>
      void handlers.registerResource(call.request).then(
        (resp) => cb(null, resp),
        (error: Error) => cb(failed(error)),
      ),
    registerResourceOutputs: (call, cb) => {
      if (call.request.getUrn() === rootUrn) handlers.stackOutputs(fromStruct(call.request.getOutputs()));
      cb(null, new emptyproto.Empty());
    },
    readResource: (call, cb) =>
      void handlers.readResource(call.request).then(
        (resp) => cb(null, resp),
        (error: Error) => cb(failed(error)),
      ),
    signalAndWaitForShutdown: (_call, cb) => cb(null, new emptyproto.Empty()),
  };
  const engine: Pick<IEngineServer, "log" | "getRootResource" | "setRootResource"> = {
    log: (call, cb) => {
      const severity = (["debug", "info", "warning", "error"] as const)[call.request.getSeverity()] ?? "info";
      handlers.log(severity, call.request.getMessage());
      cb(null, new emptyproto.Empty());
    },
    getRootResource: (_call, cb) => {
      const resp = new engproto.GetRootResourceResponse();
      resp.setUrn(rootUrn);
      cb(null, resp);
    },
    setRootResource: (call, cb) => {
      rootUrn = call.request.getUrn();
      cb(null, new engproto.SetRootResourceResponse());
    },
  };
  const server = new grpc.Server();
  server.addService(resrpc.ResourceMonitorService, monitor);
  server.addService(engrpc.EngineService, engine);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
  );
  return {
    address: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}
