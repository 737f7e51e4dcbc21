import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type * as pulumi from "@pulumi/pulumi";
import type { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import { track } from "./children";
import { serveMonitor, type MonitorService } from "./monitor-service";
import { fromStruct, grpc, provproto, provrpc, SDK_DIR, statusproto, toStruct, type Props } from "./sdk";

import type * as pb from "@pulumi/pulumi/proto/provider_pb";
import type { Empty } from "google-protobuf/google/protobuf/empty_pb";

/** The request and response of each provider method the driver calls, from the SDK's own stubs. */
interface Calls {
  configure: [pb.ConfigureRequest, pb.ConfigureResponse];
  check: [pb.CheckRequest, pb.CheckResponse];
  diff: [pb.DiffRequest, pb.DiffResponse];
  create: [pb.CreateRequest, pb.CreateResponse];
  read: [pb.ReadRequest, pb.ReadResponse];
  update: [pb.UpdateRequest, pb.UpdateResponse];
  delete: [pb.DeleteRequest, Empty];
}
type ProviderMethod = keyof Calls;
type RequestOf<M extends ProviderMethod> = Calls[M][0];
type ResponseOf<M extends ProviderMethod> = Calls[M][1];
type ServiceError = import("@grpc/grpc-js").ServiceError;

/** A provider call failed; `initFailed` carries what a create or update left behind (ErrorResourceInitFailed). */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly initFailed?: { id: string; properties: Props; reasons: string[] },
  ) {
    super(message);
  }
}

/**
 * The dynamic-provider plugin host shipped in @pulumi/pulumi, started as the engine starts it
 * (`node <sdk>/cmd/dynamic-provider <engine>` in the project directory) and driven over gRPC.
 */
export class PluginHost {
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: ResourceProviderClient,
    private readonly engine?: MonitorService,
  ) {}

  /**
   * Starts the host against the engine at `engineAddress`; without one, against an engine endpoint of
   * its own for the host's lifetime (its Log calls go to `log`), as the real engine always has one:
   * the host health-checks that address to know its engine still runs.
   */
  static async start(
    projectDir: string,
    engineAddress: string | undefined,
    log: (line: string) => void,
    env: NodeJS.ProcessEnv = process.env,
  ): Promise<PluginHost> {
    const engine = engineAddress === undefined ? await serveEngineOnly(log) : undefined;
    const child = track(
      spawn(process.execPath, [join(SDK_DIR, "cmd", "dynamic-provider"), engineAddress ?? engine!.address], {
        cwd: projectDir,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      }),
    );
    const lines = createInterface({ input: child.stdout! });
    const port = await new Promise<string>((resolve, reject) => {
      lines.once("line", resolve);
      child.once("exit", (code) =>
        reject(new Error(`the dynamic provider plugin exited with code ${code} before it listened`)),
      );
    });
    lines.on("line", log);
    createInterface({ input: child.stderr! }).on("line", log);
    const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port.trim()}`, grpc.credentials.createInsecure());
    return new PluginHost(child, client, engine);
  }
  private call<M extends ProviderMethod>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
    return new Promise((resolve, reject) => {
      const callback = (error: ServiceError | null, response: ResponseOf<M>) => {
        if (error) reject(new ProviderError(error.details || error.message, initFailure(error)));
        else resolve(response);
      };
      // The stub's overloads for method M, narrowed to the (request, callback) one.
      const unary = this.client[method] as unknown as (req: RequestOf<M>, cb: typeof callback) => unknown;
      unary.call(this.client, request, callback);
    });
  }

  async configure(config: Props): Promise<void> {
    const req = new provproto.ConfigureRequest();
    req.setArgs(toStruct(config));
    req.setAcceptsecrets(true);
    req.setAcceptresources(false);
    await this.call("configure", req);
  }

  async check(
    urn: string,
    olds: Props,
    news: Props,
  ): Promise<{ inputs: Props; failures: pulumi.dynamic.CheckFailure[] }> {
    const req = new provproto.CheckRequest();
    req.setUrn(urn);
    req.setOlds(toStruct(olds));
    req.setNews(toStruct(news));
    const resp = await this.call("check", req);
    return {
      inputs: fromStruct(resp.getInputs()),
      failures: resp.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() })),
    };
  }

  async diff(
    id: string,
    urn: string,
    olds: Props,
    news: Props,
    oldInputs: Props,
  ): Promise<{ changes: "none" | "some" | "unknown"; replaces: string[]; deleteBeforeReplace: boolean }> {
    const req = new provproto.DiffRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setOlds(toStruct(olds));
    req.setNews(toStruct(news));
    req.setOldInputs(toStruct(oldInputs));
    const resp = await this.call("diff", req);
    const kinds = provproto.DiffResponse.DiffChanges;
    const changes =
      resp.getChanges() === kinds.DIFF_SOME ? "some" : resp.getChanges() === kinds.DIFF_NONE ? "none" : "unknown";
    return { changes, replaces: resp.getReplacesList(), deleteBeforeReplace: resp.getDeletebeforereplace() };
  }

  async create(urn: string, properties: Props): Promise<{ id: string; properties: Props }> {
    const req = new provproto.CreateRequest();
    req.setUrn(urn);
    req.setProperties(toStruct(properties));
    const resp = await this.call("create", req);
    return { id: resp.getId(), properties: fromStruct(resp.getProperties()) };
  }

  async read(id: string, urn: string, properties: Props, inputs: Props): Promise<{ id: string; properties: Props }> {
    const req = new provproto.ReadRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setProperties(toStruct(properties));
    req.setInputs(toStruct(inputs));
    const resp = await this.call("read", req);
    return { id: resp.getId(), properties: fromStruct(resp.getProperties()) };
  }

  async update(id: string, urn: string, olds: Props, news: Props): Promise<Props> {
    const req = new provproto.UpdateRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setOlds(toStruct(olds));
    req.setNews(toStruct(news));
    const resp = await this.call("update", req);
    return fromStruct(resp.getProperties());
  }

  async delete(id: string, urn: string, properties: Props): Promise<void> {
    const req = new provproto.DeleteRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setProperties(toStruct(properties));
    await this.call("delete", req);
  }

  /** Stops the plugin, as the engine does at the end of a run. */
  async stop(): Promise<void> {
    this.client.close();
    // Exited already (by itself or by a signal): its `exit` event has fired and will not fire again.
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      this.child.kill("SIGTERM");
      await exited;
    }
    await this.engine?.close();
  }

  /** The plugin's process id, for measuring it. */
  get pid(): number | undefined {
    return this.child.pid;
  }
}

// ErrorResourceInitFailed travels in the `grpc-status-details-bin` trailer, packed in a google.rpc.Status.
function initFailure(error: ServiceError): ProviderError["initFailed"] {
  const raw = error.metadata?.get("grpc-status-details-bin")?.[0];
  if (!(raw instanceof Uint8Array)) return undefined;
  const status = statusproto.Status.deserializeBinary(raw);
  for (const detail of status.getDetailsList()) {
    if (!String(detail.getTypeUrl()).endsWith("pulumirpc.ErrorResourceInitFailed")) continue;
    const failed = provproto.ErrorResourceInitFailed.deserializeBinary(detail.getValue_asU8());
    return { id: failed.getId(), properties: fromStruct(failed.getProperties()), reasons: failed.getReasonsList() };
  }
  return undefined;
}

/** An engine endpoint with no program behind it: it takes the host's Log calls and answers its health checks. */
function serveEngineOnly(log: (line: string) => void): Promise<MonitorService> {
  const noProgram = () => Promise.reject(new Error("no program runs against this plugin host's engine"));
  return serveMonitor({
    registerResource: noProgram,
    readResource: noProgram,
    stackOutputs: () => undefined,
    log: (severity, message) => {
      if (severity !== "debug") log(`${severity}: ${message}`);
    },
  });
}
