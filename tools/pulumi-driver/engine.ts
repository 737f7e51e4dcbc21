import type * as res from "@pulumi/pulumi/proto/resource_pb";
import { serveMonitor, type MonitorService } from "./monitor-service";
import { PluginHost, ProviderError } from "./plugin-host";
import { startProgram, type RunningProgram } from "./program-runner";
import { fromStruct, resproto, toStruct, unwrapSecrets, wrapSecrets, type Props } from "./sdk";
import { planStep } from "./step-planner";
import { StateFile, type ResourceState, type StackState } from "./state";
import { failureLine, stepLine, type Step } from "./summary";
import type { DriverOptions, Operation, RunResult } from "./engine-types";
import { deleteOrThrow, deleteResource, destroyAll, refreshAll, type StepContext } from "./teardown";

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
export async function runOperation(operation: Operation, options: DriverOptions): Promise<RunResult> {
  const stateFile = new StateFile(options.stateFile, options.env);
  const state = stateFile.load();
  const engine = new Engine(operation, options, state, stateFile);
  try {
    return await engine.run();
  } finally {
    await engine.close();
  }
}

class Engine implements StepContext {
  private readonly steps: Step[] = [];
  readonly errors: string[] = [];
  private readonly registered = new Set<string>();
  private monitor?: MonitorService;
  private plugin?: Promise<PluginHost>;
  private inFlight = 0;
  private stepFailed = false;
  private program?: RunningProgram;
  private stackOutputs: Props = {};

  constructor(
    readonly operation: Operation,
    private readonly options: DriverOptions,
    readonly state: StackState,
    readonly stateFile: StateFile,
  ) {}

  async run(): Promise<RunResult> {
    if (this.operation === "refresh") await refreshAll(this);
    else if (this.operation === "destroy") await destroyAll(this);
    else await this.deploy();
    if (this.operation !== "preview") this.stateFile.save(this.state);
    return {
      ok: this.errors.length === 0,
      steps: this.steps,
      outputs: this.operation === "preview" ? this.stackOutputs : this.state.outputs,
      errors: this.errors,
    };
  }

  async close(): Promise<void> {
    if (this.plugin) await (await this.plugin.catch(() => undefined))?.stop();
    await this.monitor?.close();
  }

  private async deploy(): Promise<void> {
    this.monitor = await serveMonitor({
      registerResource: (req) => this.settled(this.registerResource(req)),
      readResource: (req) => this.readResource(req),
      stackOutputs: (outputs) => (this.stackOutputs = outputs),
      log: (severity, message) => {
        if (severity !== "debug") this.options.log(`${severity}: ${message}`);
        if (severity === "error") this.errors.push(message);
      },
    });
    const programOk = await this.runProgram(this.monitor.address);
    if (!programOk || this.errors.length > 0) return;
    if (this.operation === "up") this.state.outputs = this.stackOutputs;
    // Resources no longer declared and old halves of create-before-delete replacements, newest first.
    const gone = this.state.resources
      .filter((r) => r.pendingDelete || (!this.registered.has(r.urn) && !r.external))
      .reverse();
    for (const resource of gone) await deleteResource(this, resource);
  }

  // As the engine does, a failed step ends the deployment: once the steps under way are done, the
  // program gets a moment to report its error and is then stopped.
  private async settled<T>(registration: Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await registration;
    } catch (error) {
      this.stepFailed = true;
      throw error;
    } finally {
      this.inFlight--;
      if (this.stepFailed && this.inFlight === 0) setTimeout(() => this.program?.kill(), 1000).unref();
    }
  }

  private async runProgram(address: string): Promise<boolean> {
    const { options } = this;
    this.program = startProgram({
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
    if (code !== 0 && !this.stepFailed) this.errors.push(`the program exited with code ${code}`);
    return code === 0 && !this.stepFailed;
  }

  private async registerResource(req: res.RegisterResourceRequest): Promise<res.RegisterResourceResponse> {
    const type: string = req.getType();
    const name: string = req.getName();
    const urn = `urn:pulumi:${this.options.stack}::${this.options.project}::${type}::${name}`;
    this.registered.add(urn);
    const resp = new resproto.RegisterResourceResponse();
    resp.setUrn(urn);
    if (!req.getCustom()) {
      resp.setObject(toStruct({}));
      return resp;
    }
    if (!type.startsWith("pulumi-nodejs:dynamic")) throw new Error(`${type}: this driver runs dynamic resources only`);

    const { plain: news, secretNames } = unwrapSecrets(fromStruct(req.getObject()));
    const secretOutputs = [...secretNames, ...req.getAdditionalsecretoutputsList()];
    const old = this.live(urn);
    const plugin = await this.pluginHost();
    const inputs = await this.checked(plugin, { op: old ? "update" : "create", urn, name, type }, old, news);

    const oldInputs = old ? unwrapSecrets(old.inputs).plain : {};
    const diff = old ? await plugin.diff(old.id, urn, unwrapSecrets(old.outputs).plain, inputs, oldInputs) : undefined;
    const { op, deleteBeforeReplace } = planStep({
      old: old ? { inputs: oldInputs, initErrors: old.initErrors } : undefined,
      inputs,
      diff,
      replaceOnChanges: req.getReplaceonchangesList(),
      deleteBeforeReplace: req.getDeletebeforereplace(),
    });
    const step: Step = { op, urn, name, type };

    if (this.operation === "preview") {
      this.record(step);
      const planned = op === "create" || op === "replace" ? inputs : { ...(old ? old.outputs : {}), ...inputs };
      resp.setId(op === "create" || op === "replace" ? "" : old!.id);
      resp.setObject(toStruct(wrapSecrets(planned, secretOutputs)));
      return resp;
    }

    const { id, outputs } = await this.apply(plugin, step, old, inputs, { deleteBeforeReplace, secretOutputs });
    this.upsert({ urn, type, name, id, inputs: wrapSecrets(inputs, secretNames), outputs });
    this.record(step);
    resp.setId(id);
    resp.setObject(toStruct(outputs));
    return resp;
  }

  /** Runs the planned create, replace or update; a failure fails the step (a resource left behind stays in the state). */
  private async apply(
    plugin: PluginHost,
    step: Step,
    old: ResourceState | undefined,
    inputs: Props,
    how: { deleteBeforeReplace: boolean; secretOutputs: string[] },
  ): Promise<{ id: string; outputs: Props }> {
    const { op, urn, type, name } = step;
    const { secretOutputs } = how;
    let id = old?.id ?? "";
    let outputs: Props = old?.outputs ?? {};
    try {
      if (op === "create" || op === "replace") {
        if (op === "replace" && how.deleteBeforeReplace) await deleteOrThrow(this, old!);
        // Create-before-delete: the old resource stays in the state, marked, until it is deleted.
        if (op === "replace" && !how.deleteBeforeReplace) old!.pendingDelete = true;
        const created = await plugin
          .create(urn, inputs)
          .catch((error: unknown) => this.keepInitFailed(error, { urn, type, name }, inputs, secretOutputs));
        id = created.id;
        outputs = wrapSecrets(created.properties, secretOutputs);
      } else if (op === "update") {
        const updated = await plugin
          .update(old!.id, urn, unwrapSecrets(old!.outputs).plain, inputs)
          .catch((error: unknown) => this.keepInitFailed(error, { urn, type, name }, inputs, secretOutputs));
        outputs = wrapSecrets(updated, secretOutputs);
      }
    } catch (error) {
      this.fail(step, (error as Error).message);
      throw error;
    }
    return { id, outputs };
  }

  /** The provider's check of the new inputs; failures (or a check that throws) fail the step, as the engine does. */
  private async checked(plugin: PluginHost, step: Step, old: ResourceState | undefined, news: Props): Promise<Props> {
    const { urn, name } = step;
    // A provider whose check throws (its settings are invalid) fails the step, as the engine does.
    const checked = await plugin.check(urn, old ? unwrapSecrets(old.inputs).plain : {}, news).catch((error: Error) => {
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
  private keepInitFailed(
    error: unknown,
    step: Pick<Step, "urn" | "type" | "name">,
    inputs: Props,
    secretOutputs: string[],
  ): never {
    const left = error instanceof ProviderError ? error.initFailed : undefined;
    if (left) {
      const outputs = wrapSecrets(left.properties, secretOutputs);
      this.upsert({ ...step, id: left.id, inputs, outputs, initErrors: left.reasons });
      this.stateFile.save(this.state);
    }
    throw error;
  }

  private async readResource(req: res.ReadResourceRequest): Promise<res.ReadResourceResponse> {
    const type: string = req.getType();
    const name: string = req.getName();
    const urn = `urn:pulumi:${this.options.stack}::${this.options.project}::${type}::${name}`;
    this.registered.add(urn);
    const { plain } = unwrapSecrets(fromStruct(req.getProperties()));
    const secretOutputs = req.getAdditionalsecretoutputsList();
    const plugin = await this.pluginHost();
    const read = await plugin.read(req.getId(), urn, plain, plain);
    if (!read.id) throw new Error(`${name}: resource ${req.getId()} does not exist`);
    const outputs = wrapSecrets(read.properties, secretOutputs);
    if (this.operation !== "preview")
      this.upsert({ urn, type, name, id: read.id, inputs: plain, outputs, external: true });
    this.record({ op: "read", urn, name, type });
    const resp = new resproto.ReadResourceResponse();
    resp.setUrn(urn);
    resp.setProperties(toStruct(outputs));
    return resp;
  }

  pluginHost(): Promise<PluginHost> {
    this.plugin ??= (async () => {
      const host = await PluginHost.start(
        this.options.projectDir,
        this.monitor?.address,
        (line) => this.options.log(line),
        this.options.env,
      );
      const config: Props = {};
      for (const [key, value] of Object.entries(this.options.config)) config[key] = value;
      await host.configure(config);
      return host;
    })();
    return this.plugin;
  }

  /** The resource with this URN that is not waiting to be deleted. */
  private live(urn: string): ResourceState | undefined {
    return this.state.resources.find((r) => r.urn === urn && !r.pendingDelete);
  }

  private upsert(resource: ResourceState): void {
    const index = this.state.resources.findIndex((r) => r.urn === resource.urn && !r.pendingDelete);
    if (index >= 0) {
      this.state.resources[index] = resource;
    } else {
      this.state.resources.push(resource);
    }
    if (this.operation !== "preview") this.stateFile.save(this.state);
  }

  record(step: Step): void {
    this.steps.push(step);
    const line = stepLine(step, this.operation === "preview");
    if (line !== undefined) this.options.out(line);
  }

  fail(step: Step, message: string): void {
    this.steps.push({ ...step, error: message });
    this.errors.push(`${step.name}: ${message}`);
    this.options.out(failureLine(step, message));
  }
}
