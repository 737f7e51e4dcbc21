"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PluginHost = exports.ProviderError = void 0;
const node_child_process_1 = require("node:child_process");
const node_path_1 = require("node:path");
const node_readline_1 = require("node:readline");
const children_1 = require("./children");
const sdk_1 = require("./sdk");
/** A provider call failed; `initFailed` carries what a create or update left behind (ErrorResourceInitFailed). */
class ProviderError extends Error {
    initFailed;
    constructor(message, initFailed) {
        super(message);
        this.initFailed = initFailed;
    }
}
exports.ProviderError = ProviderError;
/**
 * The dynamic-provider plugin host shipped in @pulumi/pulumi, started as the engine starts it
 * (`node <sdk>/cmd/dynamic-provider <engine>` in the project directory) and driven over gRPC.
 */
class PluginHost {
    child;
    client;
    constructor(child, client) {
        this.child = child;
        this.client = client;
    }
    static async start(projectDir, engineAddress, log, env = process.env) {
        const child = (0, children_1.track)((0, node_child_process_1.spawn)(process.execPath, [(0, node_path_1.join)(sdk_1.SDK_DIR, "cmd", "dynamic-provider"), engineAddress], {
            cwd: projectDir,
            env,
            stdio: ["ignore", "pipe", "pipe"],
        }));
        const lines = (0, node_readline_1.createInterface)({ input: child.stdout });
        const port = await new Promise((resolve, reject) => {
            lines.once("line", resolve);
            child.once("exit", (code) => reject(new Error(`the dynamic provider plugin exited with code ${code} before it listened`)));
        });
        lines.on("line", log);
        (0, node_readline_1.createInterface)({ input: child.stderr }).on("line", log);
        const client = new sdk_1.provrpc.ResourceProviderClient(`127.0.0.1:${port.trim()}`, sdk_1.grpc.credentials.createInsecure());
        return new PluginHost(child, client);
    }
    call(method, request) {
        return new Promise((resolve, reject) => {
            const callback = (error, response) => {
                if (error)
                    reject(new ProviderError(error.details || error.message, initFailure(error)));
                else
                    resolve(response);
            };
            // The stub's overloads for method M, narrowed to the (request, callback) one.
            const unary = this.client[method];
            unary.call(this.client, request, callback);
        });
    }
    async configure(config) {
        const req = new sdk_1.provproto.ConfigureRequest();
        req.setArgs((0, sdk_1.toStruct)(config));
        req.setAcceptsecrets(true);
        req.setAcceptresources(false);
        await this.call("configure", req);
    }
    async check(urn, olds, news) {
        const req = new sdk_1.provproto.CheckRequest();
        req.setUrn(urn);
        req.setOlds((0, sdk_1.toStruct)(olds));
        req.setNews((0, sdk_1.toStruct)(news));
        const resp = await this.call("check", req);
        return {
            inputs: (0, sdk_1.fromStruct)(resp.getInputs()),
            failures: resp.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() })),
        };
    }
    async diff(id, urn, olds, news, oldInputs) {
        const req = new sdk_1.provproto.DiffRequest();
        req.setId(id);
        req.setUrn(urn);
        req.setOlds((0, sdk_1.toStruct)(olds));
        req.setNews((0, sdk_1.toStruct)(news));
        req.setOldInputs((0, sdk_1.toStruct)(oldInputs));
        const resp = await this.call("diff", req);
        const kinds = sdk_1.provproto.DiffResponse.DiffChanges;
        const changes = resp.getChanges() === kinds.DIFF_SOME ? "some" : resp.getChanges() === kinds.DIFF_NONE ? "none" : "unknown";
        return { changes, replaces: resp.getReplacesList(), deleteBeforeReplace: resp.getDeletebeforereplace() };
    }
    async create(urn, properties) {
        const req = new sdk_1.provproto.CreateRequest();
        req.setUrn(urn);
        req.setProperties((0, sdk_1.toStruct)(properties));
        const resp = await this.call("create", req);
        return { id: resp.getId(), properties: (0, sdk_1.fromStruct)(resp.getProperties()) };
    }
    async read(id, urn, properties, inputs) {
        const req = new sdk_1.provproto.ReadRequest();
        req.setId(id);
        req.setUrn(urn);
        req.setProperties((0, sdk_1.toStruct)(properties));
        req.setInputs((0, sdk_1.toStruct)(inputs));
        const resp = await this.call("read", req);
        return { id: resp.getId(), properties: (0, sdk_1.fromStruct)(resp.getProperties()) };
    }
    async update(id, urn, olds, news) {
        const req = new sdk_1.provproto.UpdateRequest();
        req.setId(id);
        req.setUrn(urn);
        req.setOlds((0, sdk_1.toStruct)(olds));
        req.setNews((0, sdk_1.toStruct)(news));
        const resp = await this.call("update", req);
        return (0, sdk_1.fromStruct)(resp.getProperties());
    }
    async delete(id, urn, properties) {
        const req = new sdk_1.provproto.DeleteRequest();
        req.setId(id);
        req.setUrn(urn);
        req.setProperties((0, sdk_1.toStruct)(properties));
        await this.call("delete", req);
    }
    /** Stops the plugin, as the engine does at the end of a run. */
    async stop() {
        this.client.close();
        // Exited already (by itself or by a signal): its `exit` event has fired and will not fire again.
        if (this.child.exitCode !== null || this.child.signalCode !== null)
            return;
        const exited = new Promise((resolve) => this.child.once("exit", resolve));
        this.child.kill("SIGTERM");
        await exited;
    }
    /** The plugin's process id, for measuring it. */
    get pid() {
        return this.child.pid;
    }
}
exports.PluginHost = PluginHost;
// ErrorResourceInitFailed travels in the `grpc-status-details-bin` trailer, packed in a google.rpc.Status.
function initFailure(error) {
    const raw = error.metadata?.get("grpc-status-details-bin")?.[0];
    if (!(raw instanceof Uint8Array))
        return undefined;
    const status = sdk_1.statusproto.Status.deserializeBinary(raw);
    for (const detail of status.getDetailsList()) {
        if (!String(detail.getTypeUrl()).endsWith("pulumirpc.ErrorResourceInitFailed"))
            continue;
        const failed = sdk_1.provproto.ErrorResourceInitFailed.deserializeBinary(detail.getValue_asU8());
        return { id: failed.getId(), properties: (0, sdk_1.fromStruct)(failed.getProperties()), reasons: failed.getReasonsList() };
    }
    return undefined;
}
//# sourceMappingURL=plugin-host.js.map