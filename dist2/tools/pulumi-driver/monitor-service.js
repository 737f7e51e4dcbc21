"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serveMonitor = serveMonitor;
const sdk_1 = require("./sdk");
const SUPPORTED_FEATURES = ["secrets", "additionalSecretOutputs"];
/**
 * The resource monitor and engine services a Pulumi program talks to, typed with the SDK's own stubs:
 * feature negotiation, registrations, reads, outputs, logs and the root resource.
 */
async function serveMonitor(handlers) {
    let rootUrn = "";
    const failed = (error) => ({ code: sdk_1.grpc.status.UNKNOWN, details: error.message });
    // SignalAndWaitForShutdown is typed here: older SDKs' stubs (3.139) do not have it.
    const monitor = {
        supportsFeature: (call, cb) => {
            const resp = new sdk_1.resproto.SupportsFeatureResponse();
            resp.setHassupport(SUPPORTED_FEATURES.includes(call.request.getId()));
            cb(null, resp);
        },
        registerResource: (call, cb) => void handlers.registerResource(call.request).then((resp) => cb(null, resp), (error) => cb(failed(error))),
        registerResourceOutputs: (call, cb) => {
            if (call.request.getUrn() === rootUrn)
                handlers.stackOutputs((0, sdk_1.fromStruct)(call.request.getOutputs()));
            cb(null, new sdk_1.emptyproto.Empty());
        },
        readResource: (call, cb) => void handlers.readResource(call.request).then((resp) => cb(null, resp), (error) => cb(failed(error))),
        signalAndWaitForShutdown: (_call, cb) => cb(null, new sdk_1.emptyproto.Empty()),
    };
    const engine = {
        log: (call, cb) => {
            const severity = ["debug", "info", "warning", "error"][call.request.getSeverity()] ?? "info";
            handlers.log(severity, call.request.getMessage());
            cb(null, new sdk_1.emptyproto.Empty());
        },
        getRootResource: (_call, cb) => {
            const resp = new sdk_1.engproto.GetRootResourceResponse();
            resp.setUrn(rootUrn);
            cb(null, resp);
        },
        setRootResource: (call, cb) => {
            rootUrn = call.request.getUrn();
            cb(null, new sdk_1.engproto.SetRootResourceResponse());
        },
    };
    const server = new sdk_1.grpc.Server();
    server.addService(sdk_1.resrpc.ResourceMonitorService, monitor);
    server.addService(sdk_1.engrpc.EngineService, engine);
    const port = await new Promise((resolve, reject) => server.bindAsync("127.0.0.1:0", sdk_1.grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
    return {
        address: `127.0.0.1:${port}`,
        close: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
    };
}
//# sourceMappingURL=monitor-service.js.map