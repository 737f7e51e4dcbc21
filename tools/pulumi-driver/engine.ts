import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { PluginHost, ProviderError } from "./plugin-host";
import {
  emptyproto,
  engproto,
  engrpc,
  grpc,
  isSecret,
  resproto,
  resrpc,
  SDK_DIR,
  toStruct,
  unwrapSecrets,
  wrapSecrets,
  type Props,
} from "./sdk";
import { StateFile, type ResourceState, type StackState } from "./state";

export type Operation = "preview" | "up" | "refresh" | "destroy";

export interface DriverOptions {
  /** The Pulumi project directory: the program's and the plugin's working directory. */
  readonly projectDir: string;
  /** The program, relative to `projectDir` (Pulumi.yaml's `main`). */
  readonly main: string;
  readonly project: string;
  readonly stack: string;
  readonly stateFile: string;
  /** Stack config, keys with their namespace (`project:key`). */
  readonly config: Readonly<Record<string, string>>;
  readonly secretConfigKeys?: readonly string[];
  /** Where the summary goes. */
  readonly out: (line: string) => void;
  /** Where diagnostics go (program and plugin output, engine logs). */
  readonly log: (line: string) => void;
  readonly env?: NodeJS.ProcessEnv;
}

/** One step the engine planned (preview) or took. */
export interface Step {
  readonly op: "create" | "update" | "replace" | "delete" | "same" | "read" | "refresh";
  readonly urn: string;
  readonly name: string;
  readonly type: string;
  readonly error?: string;
}

export interface RunResult {
  readonly ok: boolean;
  readonly steps: Step[];
  readonly outputs: Props;
  readonly errors: string[];
}

const SYMBOL: Record<Step["op"], string> = {
  create: "+",
  update: "~",
  replace: "+-",
  delete: "-",
  same: " ",
  read: ">",
  refresh: "~",
};
const PROVIDER_KEY = "__provider";

/**
 * Does for dynamic resources what `pulumi preview/up/refresh/destroy` does: runs the program on the
 * real SDK runtime (the SDK's own `cmd/run`, as the Node.js language host starts it) against a
 * resource monitor served over gRPC, and drives the real dynamic-provider plugin host over gRPC in
 * the engine's order. A gRPC monitor is more faithful than the SDK's mock monitor: the program runs
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

class Engine {
  private readonly steps: Step[] = [];
  private readonly errors: string[] = [];
  private readonly registered = new Set<string>();
  private server?: InstanceType<typeof grpc.Server>;
  private address = "";
  private plugin?: Promise<PluginHost>;
  private rootUrn = "";
  private inFlight = 0;
  private stepFailed = false;
  private program?: ReturnType<typeof spawn>;
  private stackOutputs: Props = {};

  constructor(
    private readonly operation: Operation,
    private readonly options: DriverOptions,
    private readonly state: StackState,
    private readonly stateFile: StateFile,
  ) {}

  async run(): Promise<RunResult> {
    if (this.operation === "refresh") await this.refresh();
    else if (this.operation === "destroy") await this.destroyAll();
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
    if (this.server) await new Promise<void>((resolve) => this.server!.tryShutdown(() => resolve()));
  }

  // ---- up and preview ------------------------------------------------------------------------

  private async deploy(): Promise<void> {
    await this.listen();
    const programOk = await this.runProgram();
    if (!programOk || this.errors.length > 0) return;
    if (this.operation === "up") this.state.outputs = this.stackOutputs;
    // Resources no longer declared and old halves of create-before-delete replacements, newest first.
    const gone = this.state.resources
      .filter((r) => r.pendingDelete || (!this.registered.has(r.urn) && !r.external))
      .reverse();
    for (const resource of gone) await this.deleteResource(resource);
  }

  private async listen(): Promise<void> {
    const server = new grpc.Server();
    server.addService(resrpc.ResourceMonitorService, {
      supportsFeature: (call: any, cb: any) => {
        const supported = ["secrets", "additionalSecretOutputs"].includes(call.request.getId());
        const resp = new resproto.SupportsFeatureResponse();
        resp.setHassupport(supported);
        cb(null, resp);
      },
      registerResource: (call: any, cb: any) => {
        this.inFlight++;
        this.registerResource(call.request).then(
          (r) => this.settle(() => cb(null, r)),
          (e: Error) => {
            this.stepFailed = true;
            this.settle(() => cb({ code: grpc.status.UNKNOWN, details: e.message }));
          },
        );
      },
      registerResourceOutputs: (call: any, cb: any) => {
        if (call.request.getUrn() === this.rootUrn) this.stackOutputs = call.request.getOutputs()?.toJavaScript() ?? {};
        cb(null, new emptyproto.Empty());
      },
      readResource: (call: any, cb: any) =>
        this.readResource(call.request).then(
          (r) => cb(null, r),
          (e: Error) => cb({ code: grpc.status.UNKNOWN, details: e.message }),
        ),
      signalAndWaitForShutdown: (_call: any, cb: any) => cb(null, new emptyproto.Empty()),
    });
    server.addService(engrpc.EngineService, {
      log: (call: any, cb: any) => {
        const severity = ["debug", "info", "warning", "error"][call.request.getSeverity()] ?? "info";
        if (severity !== "debug") this.options.log(`${severity}: ${call.request.getMessage()}`);
        if (severity === "error") this.errors.push(call.request.getMessage());
        cb(null, new emptyproto.Empty());
      },
      getRootResource: (_call: any, cb: any) => {
        const resp = new engproto.GetRootResourceResponse();
        resp.setUrn(this.rootUrn);
        cb(null, resp);
      },
      setRootResource: (call: any, cb: any) => {
        this.rootUrn = call.request.getUrn();
        cb(null, new engproto.SetRootResourceResponse());
      },
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
    );
    this.server = server;
    this.address = `127.0.0.1:${port}`;
  }

  // As the engine does, a failed step ends the deployment: once the steps under way are done, the
  // program gets a moment to report its error and is then stopped.
  private settle(respond: () => void): void {
    this.inFlight--;
    respond();
    if (this.stepFailed && this.inFlight === 0) setTimeout(() => this.program?.kill("SIGTERM"), 1000).unref();
  }

  private runProgram(): Promise<boolean> {
    const { options } = this;
    const args = [
      join(SDK_DIR, "cmd", "run"),
      `--monitor=${this.address}`,
      `--engine=${this.address}`,
      `--project=${options.project}`,
      `--stack=${options.stack}`,
      `--pwd=${options.projectDir}`,
    ];
    if (this.operation === "preview") args.push("--dry-run");
    args.push(options.main);
    const child = (this.program = spawn(process.execPath, args, {
      cwd: options.projectDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...(options.env ?? process.env),
        PULUMI_CONFIG: JSON.stringify(options.config),
        PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(options.secretConfigKeys ?? []),
        // The examples are compiled by `npm run build`; Pulumi.yaml says `typescript: false` likewise.
        PULUMI_NODEJS_TYPESCRIPT: "false",
      },
    }));
    createInterface({ input: child.stdout! }).on("line", (line) => options.log(line));
    createInterface({ input: child.stderr! }).on("line", (line) => options.log(line));
    return new Promise((resolve) =>
      child.on("exit", (code) => {
        if (code !== 0 && !this.stepFailed) this.errors.push(`the program exited with code ${code}`);
        resolve(code === 0 && !this.stepFailed);
      }),
    );
  }

  private async registerResource(req: any): Promise<any> {
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

    const { plain: news, secretNames } = unwrapSecrets(req.getObject()?.toJavaScript() ?? {});
    const secretOutputs = [...secretNames, ...req.getAdditionalsecretoutputsList()];
    const old = this.live(urn);
    const plugin = await this.pluginHost();
    const checked = await plugin.check(urn, old ? unwrapSecrets(old.inputs).plain : {}, news);
    if (checked.failures.length > 0) {
      const reasons = checked.failures.map((f) => `${f.property}: ${f.reason}`).join("; ");
      this.fail({ op: old ? "update" : "create", urn, name, type }, `invalid inputs: ${reasons}`);
      throw new Error(`${name}: invalid inputs: ${reasons}`);
    }
    const inputs = checked.inputs;

    let op: Step["op"] = "create";
    let deleteBeforeReplace = req.getDeletebeforereplace();
    if (old) {
      const diff = await plugin.diff(
        old.id,
        urn,
        unwrapSecrets(old.outputs).plain,
        inputs,
        unwrapSecrets(old.inputs).plain,
      );
      const replaceOnChanges: string[] = req.getReplaceonchangesList();
      const changed =
        diff.changes === "some" ||
        (diff.changes === "unknown" &&
          JSON.stringify(withoutProvider(unwrapSecrets(old.inputs).plain)) !== JSON.stringify(withoutProvider(inputs)));
      const replaces = [
        ...diff.replaces,
        ...replaceOnChanges.filter(
          (p) => JSON.stringify(inputs[p]) !== JSON.stringify(unwrapSecrets(old.inputs).plain[p]),
        ),
      ];
      op = old.initErrors ? "update" : !changed ? "same" : replaces.length > 0 ? "replace" : "update";
      if (old.initErrors && replaces.length > 0) op = "replace";
      deleteBeforeReplace = deleteBeforeReplace || diff.deleteBeforeReplace;
    }
    const step: Step = { op, urn, name, type };

    if (this.operation === "preview") {
      this.record(step);
      const planned = op === "create" || op === "replace" ? inputs : { ...(old ? old.outputs : {}), ...inputs };
      resp.setId(op === "create" || op === "replace" ? "" : old!.id);
      resp.setObject(toStruct(wrapSecrets(planned, secretOutputs)));
      return resp;
    }

    let id = old?.id ?? "";
    let outputs: Props = old?.outputs ?? {};
    try {
      if (op === "create" || op === "replace") {
        if (op === "replace" && deleteBeforeReplace) await this.deleteOrThrow(old!);
        // Create-before-delete: the old resource stays in the state, marked, until it is deleted.
        if (op === "replace" && !deleteBeforeReplace) old!.pendingDelete = true;
        const created = await plugin
          .create(urn, inputs)
          .catch((error: unknown) => this.keepInitFailed(error, urn, type, name, inputs, secretOutputs));
        id = created.id;
        outputs = wrapSecrets(created.properties, secretOutputs);
      } else if (op === "update") {
        const updated = await plugin
          .update(old!.id, urn, unwrapSecrets(old!.outputs).plain, inputs)
          .catch((error: unknown) => this.keepInitFailed(error, urn, type, name, inputs, secretOutputs));
        outputs = wrapSecrets(updated, secretOutputs);
      }
    } catch (error) {
      this.fail(step, (error as Error).message);
      throw error;
    }
    this.upsert({ urn, type, name, id, inputs: wrapSecrets(inputs, secretNames), outputs });
    this.record(step);
    resp.setId(id);
    resp.setObject(toStruct(outputs));
    return resp;
  }

  // A create or update that left a resource behind (ErrorResourceInitFailed) is kept in the state with its id.
  private keepInitFailed(
    error: unknown,
    urn: string,
    type: string,
    name: string,
    inputs: Props,
    secretOutputs: string[],
  ): never {
    if (error instanceof ProviderError && error.initFailed) {
      this.upsert({
        urn,
        type,
        name,
        id: error.initFailed.id,
        inputs,
        outputs: wrapSecrets(error.initFailed.properties, secretOutputs),
        initErrors: error.initFailed.reasons,
      });
      this.stateFile.save(this.state);
    }
    throw error;
  }

  private async readResource(req: any): Promise<any> {
    const type: string = req.getType();
    const name: string = req.getName();
    const urn = `urn:pulumi:${this.options.stack}::${this.options.project}::${type}::${name}`;
    this.registered.add(urn);
    const { plain } = unwrapSecrets(req.getProperties()?.toJavaScript() ?? {});
    const secretOutputs: string[] = req.getAdditionalsecretoutputsList();
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

  // ---- refresh and destroy -------------------------------------------------------------------

  private async refresh(): Promise<void> {
    for (const resource of [...this.state.resources]) {
      const step: Step = { op: "refresh", urn: resource.urn, name: resource.name, type: resource.type };
      try {
        const plugin = await this.pluginHost();
        const read = await plugin.read(
          resource.id,
          resource.urn,
          unwrapSecrets(resource.outputs).plain,
          unwrapSecrets(resource.inputs).plain,
        );
        if (!read.id) {
          this.state.resources.splice(this.state.resources.indexOf(resource), 1);
          this.record({ ...step, op: "delete" });
          continue;
        }
        const secretNames = Object.entries(resource.outputs)
          .filter(([, v]) => isSecret(v))
          .map(([k]) => k);
        const before = JSON.stringify(unwrapSecrets(resource.outputs).plain);
        resource.outputs = wrapSecrets(read.properties, secretNames);
        resource.id = read.id;
        this.record(before === JSON.stringify(read.properties) ? { ...step, op: "same" } : step);
      } catch (error) {
        this.fail(step, (error as Error).message);
      }
    }
  }

  private async destroyAll(): Promise<void> {
    for (const resource of [...this.state.resources].reverse()) {
      if (resource.external) {
        this.state.resources.splice(this.state.resources.indexOf(resource), 1);
        continue;
      }
      await this.deleteResource(resource);
    }
    if (this.errors.length === 0) this.state.outputs = {};
  }

  private async deleteResource(resource: ResourceState): Promise<void> {
    const step: Step = { op: "delete", urn: resource.urn, name: resource.name, type: resource.type };
    if (this.operation === "preview") {
      this.record(step);
      return;
    }
    try {
      await this.deleteOrThrow(resource);
      this.record(step);
    } catch (error) {
      this.fail(step, (error as Error).message);
    }
  }

  private async deleteOrThrow(resource: ResourceState): Promise<void> {
    const plugin = await this.pluginHost();
    await plugin.delete(resource.id, resource.urn, unwrapSecrets(resource.outputs).plain);
    const index = this.state.resources.indexOf(resource);
    if (index >= 0) this.state.resources.splice(index, 1);
    this.stateFile.save(this.state);
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private pluginHost(): Promise<PluginHost> {
    this.plugin ??= (async () => {
      const host = await PluginHost.start(
        this.options.projectDir,
        this.address || "127.0.0.1:0",
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

  private record(step: Step): void {
    this.steps.push(step);
    if (step.op === "same") return;
    const verb =
      this.operation === "preview"
        ? step.op
        : {
            create: "created",
            update: "updated",
            replace: "replaced",
            delete: "deleted",
            same: "",
            read: "read",
            refresh: "refreshed",
          }[step.op];
    this.options.out(` ${SYMBOL[step.op].padEnd(2)} ${step.type}  ${step.name}  ${verb}`);
  }

  private fail(step: Step, message: string): void {
    this.steps.push({ ...step, error: message });
    this.errors.push(`${step.name}: ${message}`);
    this.options.out(` ${SYMBOL[step.op].padEnd(2)} ${step.type}  ${step.name}  **${step.op} failed**: ${message}`);
  }
}

function withoutProvider(props: Props): Props {
  const { [PROVIDER_KEY]: _provider, ...rest } = props;
  return rest;
}
