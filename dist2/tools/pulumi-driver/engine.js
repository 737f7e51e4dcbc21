"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runOperation = runOperation;
const monitor_service_1 = require("./monitor-service");
const plugin_host_1 = require("./plugin-host");
const program_runner_1 = require("./program-runner");
const sdk_1 = require("./sdk");
const step_planner_1 = require("./step-planner");
const state_1 = require("./state");
const summary_1 = require("./summary");
const teardown_1 = require("./teardown");
/**
 * Does for dynamic resources what `pulumi preview/up/refresh/destroy` does: runs the program on the
 * real SDK runtime (program-runner.ts) against a resource monitor served over gRPC
 * (monitor-service.ts), plans each step as the engine does (step-planner.ts), drives the real
 * dynamic-provider plugin host over gRPC (plugin-host.ts), keeps the state (state.ts) and prints
 * the summary (summary.ts). A gRPC monitor is more faithful than the SDK's mock monitor: the program runs
 * in its own process with the same settings, feature negotiation and serialization as under the CLI.
 */
async function runOperation(operation, options) {
    const stateFile = new state_1.StateFile(options.stateFile, options.env);
    const state = stateFile.load();
    const engine = new Engine(operation, options, state, stateFile);
    try {
        return await engine.run();
    }
    finally {
        await engine.close();
    }
}
class Engine {
    operation;
    options;
    state;
    stateFile;
    steps = [];
    errors = [];
    registered = new Set();
    monitor;
    plugin;
    inFlight = 0;
    stepFailed = false;
    program;
    stackOutputs = {};
    constructor(operation, options, state, stateFile) {
        this.operation = operation;
        this.options = options;
        this.state = state;
        this.stateFile = stateFile;
    }
    async run() {
        if (this.operation === "refresh")
            await (0, teardown_1.refreshAll)(this);
        else if (this.operation === "destroy")
            await (0, teardown_1.destroyAll)(this);
        else
            await this.deploy();
        if (this.operation !== "preview")
            this.stateFile.save(this.state);
        return {
            ok: this.errors.length === 0,
            steps: this.steps,
            outputs: this.operation === "preview" ? this.stackOutputs : this.state.outputs,
            errors: this.errors,
        };
    }
    async close() {
        if (this.plugin)
            await (await this.plugin.catch(() => undefined))?.stop();
        await this.monitor?.close();
    }
    async deploy() {
        this.monitor = await (0, monitor_service_1.serveMonitor)({
            registerResource: (req) => this.settled(this.registerResource(req)),
            readResource: (req) => this.readResource(req),
            stackOutputs: (outputs) => (this.stackOutputs = outputs),
            log: (severity, message) => {
                if (severity !== "debug")
                    this.options.log(`${severity}: ${message}`);
                if (severity === "error")
                    this.errors.push(message);
            },
        });
        const programOk = await this.runProgram(this.monitor.address);
        if (!programOk || this.errors.length > 0)
            return;
        if (this.operation === "up")
            this.state.outputs = this.stackOutputs;
        // Resources no longer declared and old halves of create-before-delete replacements, newest first.
        const gone = this.state.resources
            .filter((r) => r.pendingDelete || (!this.registered.has(r.urn) && !r.external))
            .reverse();
        for (const resource of gone)
            await (0, teardown_1.deleteResource)(this, resource);
    }
    // As the engine does, a failed step ends the deployment: once the steps under way are done, the
    // program gets a moment to report its error and is then stopped.
    async settled(registration) {
        this.inFlight++;
        try {
            return await registration;
        }
        catch (error) {
            this.stepFailed = true;
            throw error;
        }
        finally {
            this.inFlight--;
            if (this.stepFailed && this.inFlight === 0)
                setTimeout(() => this.program?.kill(), 1000).unref();
        }
    }
    async runProgram(address) {
        const { options } = this;
        this.program = (0, program_runner_1.startProgram)({
            projectDir: options.projectDir,
            main: options.main,
            project: options.project,
            stack: options.stack,
            address,
            dryRun: this.operation === "preview",
            config: options.config,
            secretConfigKeys: options.secretConfigKeys ?? [],
            env: options.env ?? process.env,
            log: options.log,
        });
        const code = await this.program.exited;
        if (code !== 0 && !this.stepFailed)
            this.errors.push(`the program exited with code ${code}`);
        return code === 0 && !this.stepFailed;
    }
    async registerResource(req) {
        const type = req.getType();
        const name = req.getName();
        const urn = `urn:pulumi:${this.options.stack}::${this.options.project}::${type}::${name}`;
        this.registered.add(urn);
        const resp = new sdk_1.resproto.RegisterResourceResponse();
        resp.setUrn(urn);
        if (!req.getCustom()) {
            resp.setObject((0, sdk_1.toStruct)({}));
            return resp;
        }
        if (!type.startsWith("pulumi-nodejs:dynamic"))
            throw new Error(`${type}: this driver runs dynamic resources only`);
        const { plain: news, secretNames } = (0, sdk_1.unwrapSecrets)((0, sdk_1.fromStruct)(req.getObject()));
        const secretOutputs = [...secretNames, ...req.getAdditionalsecretoutputsList()];
        const old = this.live(urn);
        const plugin = await this.pluginHost();
        const inputs = await this.checked(plugin, { op: old ? "update" : "create", urn, name, type }, old, news);
        const oldInputs = old ? (0, sdk_1.unwrapSecrets)(old.inputs).plain : {};
        const diff = old ? await plugin.diff(old.id, urn, (0, sdk_1.unwrapSecrets)(old.outputs).plain, inputs, oldInputs) : undefined;
        const { op, deleteBeforeReplace } = (0, step_planner_1.planStep)({
            old: old ? { inputs: oldInputs, initErrors: old.initErrors } : undefined,
            inputs,
            diff,
            replaceOnChanges: req.getReplaceonchangesList(),
            deleteBeforeReplace: req.getDeletebeforereplace(),
        });
        const step = { op, urn, name, type };
        if (this.operation === "preview") {
            this.record(step);
            const planned = op === "create" || op === "replace" ? inputs : { ...(old ? old.outputs : {}), ...inputs };
            resp.setId(op === "create" || op === "replace" ? "" : old.id);
            resp.setObject((0, sdk_1.toStruct)((0, sdk_1.wrapSecrets)(planned, secretOutputs)));
            return resp;
        }
        const { id, outputs } = await this.apply(plugin, step, old, inputs, { deleteBeforeReplace, secretOutputs });
        this.upsert({ urn, type, name, id, inputs: (0, sdk_1.wrapSecrets)(inputs, secretNames), outputs });
        this.record(step);
        resp.setId(id);
        resp.setObject((0, sdk_1.toStruct)(outputs));
        return resp;
    }
    /** Runs the planned create, replace or update; a failure fails the step (a resource left behind stays in the state). */
    async apply(plugin, step, old, inputs, how) {
        const { op, urn, type, name } = step;
        const { secretOutputs } = how;
        let id = old?.id ?? "";
        let outputs = old?.outputs ?? {};
        try {
            if (op === "create" || op === "replace") {
                if (op === "replace" && how.deleteBeforeReplace)
                    await (0, teardown_1.deleteOrThrow)(this, old);
                // Create-before-delete: the old resource stays in the state, marked, until it is deleted.
                if (op === "replace" && !how.deleteBeforeReplace)
                    old.pendingDelete = true;
                const created = await plugin
                    .create(urn, inputs)
                    .catch((error) => this.keepInitFailed(error, { urn, type, name }, inputs, secretOutputs));
                id = created.id;
                outputs = (0, sdk_1.wrapSecrets)(created.properties, secretOutputs);
            }
            else if (op === "update") {
                const updated = await plugin
                    .update(old.id, urn, (0, sdk_1.unwrapSecrets)(old.outputs).plain, inputs)
                    .catch((error) => this.keepInitFailed(error, { urn, type, name }, inputs, secretOutputs));
                outputs = (0, sdk_1.wrapSecrets)(updated, secretOutputs);
            }
        }
        catch (error) {
            this.fail(step, error.message);
            throw error;
        }
        return { id, outputs };
    }
    /** The provider's check of the new inputs; failures (or a check that throws) fail the step, as the engine does. */
    async checked(plugin, step, old, news) {
        const { urn, name } = step;
        // A provider whose check throws (its settings are invalid) fails the step, as the engine does.
        const checked = await plugin.check(urn, old ? (0, sdk_1.unwrapSecrets)(old.inputs).plain : {}, news).catch((error) => {
            this.fail(step, error.message);
            throw error;
        });
        if (checked.failures.length > 0) {
            // As the engine prints them: a failure without a property is about the resource as a whole.
            const reasons = checked.failures.map((f) => (f.property ? `${f.property}: ${f.reason}` : f.reason)).join("; ");
            this.fail(step, `invalid inputs: ${reasons}`);
            throw new Error(`${name}: invalid inputs: ${reasons}`);
        }
        return checked.inputs;
    }
    // A create or update that left a resource behind (ErrorResourceInitFailed) is kept in the state with its id.
    keepInitFailed(error, step, inputs, secretOutputs) {
        const left = error instanceof plugin_host_1.ProviderError ? error.initFailed : undefined;
        if (left) {
            const outputs = (0, sdk_1.wrapSecrets)(left.properties, secretOutputs);
            this.upsert({ ...step, id: left.id, inputs, outputs, initErrors: left.reasons });
            this.stateFile.save(this.state);
        }
        throw error;
    }
    async readResource(req) {
        const type = req.getType();
        const name = req.getName();
        const urn = `urn:pulumi:${this.options.stack}::${this.options.project}::${type}::${name}`;
        this.registered.add(urn);
        const { plain } = (0, sdk_1.unwrapSecrets)((0, sdk_1.fromStruct)(req.getProperties()));
        const secretOutputs = req.getAdditionalsecretoutputsList();
        const plugin = await this.pluginHost();
        const read = await plugin.read(req.getId(), urn, plain, plain);
        if (!read.id)
            throw new Error(`${name}: resource ${req.getId()} does not exist`);
        const outputs = (0, sdk_1.wrapSecrets)(read.properties, secretOutputs);
        if (this.operation !== "preview")
            this.upsert({ urn, type, name, id: read.id, inputs: plain, outputs, external: true });
        this.record({ op: "read", urn, name, type });
        const resp = new sdk_1.resproto.ReadResourceResponse();
        resp.setUrn(urn);
        resp.setProperties((0, sdk_1.toStruct)(outputs));
        return resp;
    }
    pluginHost() {
        this.plugin ??= (async () => {
            const host = await plugin_host_1.PluginHost.start(this.options.projectDir, this.monitor?.address ?? "127.0.0.1:0", (line) => this.options.log(line), this.options.env);
            const config = {};
            for (const [key, value] of Object.entries(this.options.config))
                config[key] = value;
            await host.configure(config);
            return host;
        })();
        return this.plugin;
    }
    /** The resource with this URN that is not waiting to be deleted. */
    live(urn) {
        return this.state.resources.find((r) => r.urn === urn && !r.pendingDelete);
    }
    upsert(resource) {
        const index = this.state.resources.findIndex((r) => r.urn === resource.urn && !r.pendingDelete);
        if (index >= 0) {
            this.state.resources[index] = resource;
        }
        else {
            this.state.resources.push(resource);
        }
        if (this.operation !== "preview")
            this.stateFile.save(this.state);
    }
    record(step) {
        this.steps.push(step);
        const line = (0, summary_1.stepLine)(step, this.operation === "preview");
        if (line !== undefined)
            this.options.out(line);
    }
    fail(step, message) {
        this.steps.push({ ...step, error: message });
        this.errors.push(`${step.name}: ${message}`);
        this.options.out((0, summary_1.failureLine)(step, message));
    }
}
//# sourceMappingURL=engine.js.map