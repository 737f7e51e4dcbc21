import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { anyproto, grpc, provproto, provrpc, SDK_DIR, statusproto, toStruct, type Props } from "./sdk";

/** A provider call failed; `initFailed` carries what a create or update left behind (ErrorResourceInitFailed). */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly initFailed?: { id: string; properties: Props; reasons: string[] },
  ) {
    super(message);
  }
}

export interface CheckFailure {
  property: string;
  reason: string;
}

/**
 * The dynamic-provider plugin host shipped in @pulumi/pulumi, started as the engine starts it
 * (`node <sdk>/cmd/dynamic-provider <engine>` in the project directory) and driven over gRPC.
 */
export class PluginHost {
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: any,
  ) {}

  static async start(
    projectDir: string,
    engineAddress: string,
    log: (line: string) => void,
    env: NodeJS.ProcessEnv = process.env,
  ): Promise<PluginHost> {
    const child = spawn(process.execPath, [join(SDK_DIR, "cmd", "dynamic-provider"), engineAddress], {
      cwd: projectDir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
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
    return new PluginHost(child, client);
  }
  private call<T>(method: string, request: unknown): Promise<T> {
    return new Promise((resolve, reject) => {
      this.client[method](
        request,
        (error: (Error & { details?: string; metadata?: { get(key: string): unknown[] } }) | null, response: T) => {
          if (error) reject(new ProviderError(error.details || error.message, initFailure(error)));
          else resolve(response);
        },
      );
    });
  }

  async configure(config: Props): Promise<void> {
    const req = new provproto.ConfigureRequest();
    req.setArgs(toStruct(config));
    req.setAcceptsecrets(true);
    req.setAcceptresources(false);
    await this.call("configure", req);
  }

  async check(urn: string, olds: Props, news: Props): Promise<{ inputs: Props; failures: CheckFailure[] }> {
    const req = new provproto.CheckRequest();
    req.setUrn(urn);
    req.setOlds(toStruct(olds));
    req.setNews(toStruct(news));
    const resp: any = await this.call("check", req);
    return {
      inputs: resp.getInputs()?.toJavaScript() ?? {},
      failures: resp.getFailuresList().map((f: any) => ({ property: f.getProperty(), reason: f.getReason() })),
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
    req.setOldInputs?.(toStruct(oldInputs));
    const resp: any = await this.call("diff", req);
    const kinds = provproto.DiffResponse.DiffChanges;
    const changes =
      resp.getChanges() === kinds.DIFF_SOME ? "some" : resp.getChanges() === kinds.DIFF_NONE ? "none" : "unknown";
    return { changes, replaces: resp.getReplacesList(), deleteBeforeReplace: resp.getDeletebeforereplace() };
  }

  async create(urn: string, properties: Props): Promise<{ id: string; properties: Props }> {
    const req = new provproto.CreateRequest();
    req.setUrn(urn);
    req.setProperties(toStruct(properties));
    const resp: any = await this.call("create", req);
    return { id: resp.getId(), properties: resp.getProperties()?.toJavaScript() ?? {} };
  }

  async read(id: string, urn: string, properties: Props, inputs: Props): Promise<{ id: string; properties: Props }> {
    const req = new provproto.ReadRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setProperties(toStruct(properties));
    req.setInputs(toStruct(inputs));
    const resp: any = await this.call("read", req);
    return { id: resp.getId(), properties: resp.getProperties()?.toJavaScript() ?? {} };
  }

  async update(id: string, urn: string, olds: Props, news: Props): Promise<Props> {
    const req = new provproto.UpdateRequest();
    req.setId(id);
    req.setUrn(urn);
    req.setOlds(toStruct(olds));
    req.setNews(toStruct(news));
    const resp: any = await this.call("update", req);
    return resp.getProperties()?.toJavaScript() ?? {};
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
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    await exited;
  }

  /** The plugin's process id, for measuring it. */
  get pid(): number | undefined {
    return this.child.pid;
  }
}

// ErrorResourceInitFailed travels in the `grpc-status-details-bin` trailer, packed in a google.rpc.Status.
function initFailure(error: { metadata?: { get(key: string): unknown[] } }): ProviderError["initFailed"] {
  const raw = error.metadata?.get("grpc-status-details-bin")?.[0];
  if (!(raw instanceof Uint8Array)) return undefined;
  const status = statusproto.Status.deserializeBinary(raw);
  for (const detail of status.getDetailsList()) {
    if (!String(detail.getTypeUrl()).endsWith("pulumirpc.ErrorResourceInitFailed")) continue;
    const failed = (detail as InstanceType<typeof anyproto.Any>).unpack(
      provproto.ErrorResourceInitFailed.deserializeBinary,
      "pulumirpc.ErrorResourceInitFailed",
    );
    return {
      id: failed.getId(),
      properties: failed.getProperties()?.toJavaScript() ?? {},
      reasons: failed.getReasonsList(),
    };
  }
  return undefined;
}
