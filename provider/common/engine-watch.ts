// The engine a plugin host serves: its address (given on the host's command line), whether it still
// runs (a gRPC health check of that address, as Pulumi's own plugins do: `rpcutil.Healthcheck`), the
// messages sent to it, and a host that ends itself once its engine is gone and nothing is in flight.
import * as grpc from "@grpc/grpc-js";
import * as pulumi from "@pulumi/pulumi";
import * as engrpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as engproto from "@pulumi/pulumi/proto/engine_pb";

/** True in a plugin host: Pulumi's dynamic-provider host (`@pulumi/pulumi/cmd/dynamic-provider`) or this package's resource plugin. */
export function inPluginHost(argv: readonly string[] = process.argv): boolean {
  const entry = argv[1] ?? "";
  // Pulumi's dynamic-provider host, or this package's resource plugin (bundled, or from dist/).
  return (
    /[\\/]cmd[\\/]dynamic-provider([\\/]index\.js)?$/.test(entry) ||
    /(pulumi-resource-ionos-s3key|[\\/]provider[\\/]plugin[\\/]main)\.js$/.test(entry)
  );
}

/** The engine's address on a plugin host's command line (`<host>:<port>`, after any flags); else undefined. */
export function engineAddressIn(argv: readonly string[] = process.argv): string | undefined {
  if (!inPluginHost(argv)) return undefined;
  return argv.slice(2).find((arg) => /^[^-][^\s]*:\d+$/.test(arg));
}

let engineAddress: string | undefined;

/** The address of the engine this process serves, from the plugin's entry point (or the engine's Attach). */
export function setEngineAddress(address: string): void {
  engineAddress = address;
}

/** The engine this process serves: set by the plugin, else on the dynamic-provider host's command line. */
function currentEngine(): string | undefined {
  engineAddress ??= engineAddressIn();
  return engineAddress;
}

const HEALTH_CHECK = "/grpc.health.v1.Health/Check";

/**
 * Whether the engine at `address` still runs: a gRPC health check, as Pulumi's Go plugins make
 * (`rpcutil.Healthcheck`). The engine serves the health service on every gRPC server it runs; an
 * engine that answers UNIMPLEMENTED is alive too. Gone is what a killed engine gives: its port
 * refuses (UNAVAILABLE). Any other answer (a slow engine) counts as alive.
 */
export function engineHealth(address: string, deadlineMs = 5_000): () => Promise<boolean> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  // An empty HealthCheckRequest (service "") encodes as no bytes; the answer is not read.
  const bytes = (value: Buffer) => value;
  return () =>
    new Promise((resolve) => {
      client.makeUnaryRequest(
        HEALTH_CHECK,
        bytes,
        bytes,
        Buffer.alloc(0),
        { deadline: Date.now() + deadlineMs },
        (error) => resolve(error?.code !== grpc.status.UNAVAILABLE),
      );
    });
}

/** Messages on the engine's resource rows, in the order they were sent. */
class EngineLog {
  private client?: engrpc.EngineClient;
  private last: Promise<void> = Promise.resolve();

  constructor(readonly address: string) {}

  send(severity: "info" | "warning", message: string, urn: string | undefined): void {
    this.client ??= new engrpc.EngineClient(this.address, grpc.credentials.createInsecure());
    const client = this.client;
    const request = new engproto.LogRequest();
    request.setSeverity(severity === "info" ? engproto.LogSeverity.INFO : engproto.LogSeverity.WARNING);
    request.setMessage(message);
    request.setUrn(urn ?? "");
    this.last = this.last.then(
      () =>
        new Promise<void>((resolve) =>
          client.log(request, (error) => {
            // An engine that is gone cannot show it: the host's stderr is all that is left.
            if (error) process.stderr.write(`${severity}: ${message}\n`);
            resolve();
          }),
        ),
    );
  }
}

let engineLog: EngineLog | undefined;

/**
 * Shows a message to the user: in a plugin host, sent to the engine on the row of the resource
 * `urn` names (Pulumi's Log call; the SDK's `pulumi.log` has no engine in a provider host); elsewhere
 * (a program, a test) through `pulumi.log`.
 */
export function tellUser(severity: "info" | "warning", message: string, urn?: string): void {
  const address = currentEngine();
  if (address !== undefined) {
    if (engineLog === undefined || engineLog.address !== address) engineLog = new EngineLog(address);
    engineLog.send(severity, message, urn);
    return;
  }
  // pulumi.log attaches a message to a resource by the resource's URN output; here there is only the URN.
  const resource =
    urn === undefined ? undefined : ({ urn: { promise: () => Promise.resolve(urn) } } as unknown as pulumi.Resource);
  void (severity === "info" ? pulumi.log.info(message, resource) : pulumi.log.warn(message, resource));
}

/**
 * The plugin host's guard, one per process: every `intervalMs` it asks whether the engine still
 * runs; once it does not and no operation is in flight, the host ends. (The SDK's host otherwise
 * lives on after `kill -KILL` of `pulumi up`, spinning on EPIPE as its memory grows.) An operation in
 * flight is let finish: a create's key and journal entry are complete before the host goes.
 */
export class EngineGuard {
  private inFlight = 0;
  private timer?: NodeJS.Timeout;
  private asking = false;
  /** How to end the journal entries of creates whose keys were handed to the engine. */
  private readonly handedOver = new Set<() => void>();

  constructor(
    private readonly engineAlive: () => Promise<boolean> | boolean,
    /** How the host ends: given by the host's entry point. */
    private readonly exit: (code: number) => void,
  ) {}

  /** Starts watching (idempotent); the timer never keeps the process alive on its own. */
  start(intervalMs = 1000): this {
    if (this.timer !== undefined) return this;
    this.timer = setInterval(() => void this.tick(), intervalMs).unref();
    return this;
  }

  /** Records how to end a handed-over create's journal entry, once the engine is known to hold its key. */
  handOver(end: () => void): void {
    if (this.timer !== undefined) this.handedOver.add(end);
  }

  /**
   * The engine asks this host to stop (it sends SIGINT to its plugins once the update is recorded; a
   * driver may send SIGTERM): with the engine alive, the keys handed over are in its state, so their
   * journal entries end; then the host ends at once (a create still in flight keeps its entry: its
   * key never reached the engine).
   */
  async stop(code: number): Promise<void> {
    if (await this.engineAlive()) for (const end of this.handedOver) end();
    this.handedOver.clear();
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.exit(code);
  }

  /** Runs one provider operation, counted as in flight until it settles. */
  async during<T>(operation: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await operation();
    } finally {
      this.inFlight--;
      void this.tick();
    }
  }

  private async tick(): Promise<void> {
    if (this.timer === undefined || this.inFlight > 0 || this.asking) return;
    this.asking = true;
    try {
      if (await this.engineAlive()) return;
    } finally {
      this.asking = false;
    }
    if (this.timer === undefined || this.inFlight > 0) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.exit(0);
  }
}

let processGuard: EngineGuard | undefined;

/**
 * The guard of this process, one for every provider object it loads (so that an S3Key's create keeps
 * the host alive for an AccessKey's provider too). Inert until a host starts it (`startEngineGuard`):
 * in a program or a test nothing watches.
 */
export function engineGuard(): EngineGuard {
  if (processGuard !== undefined) return processGuard;
  const address = engineAddressIn();
  // Pulumi's dynamic-provider host has no entry point of this package's: its guard starts here, and
  // ending that host is the one exit outside an entry point.
  if (address !== undefined) return startEngineGuard(address, (code) => process.exit(code));
  processGuard = new EngineGuard(
    () => true,
    () => undefined,
  );
  return processGuard;
}

/**
 * Starts this host's guard against the engine at `address`, ending the host with `exit`, and takes
 * the engine's stop (SIGINT, or a driver's SIGTERM). Called by the plugin's entry point; in Pulumi's
 * dynamic-provider host, whose entry point is Pulumi's, by the first provider object it loads.
 */
export function startEngineGuard(address: string, exit: (code: number) => void): EngineGuard {
  const alive = engineHealth(address);
  const guard = new EngineGuard(alive, exit);
  // Operations already counted by an inert guard: none (hosts start it before serving).
  processGuard = guard.start();
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void guard.stop(signal === "SIGINT" ? 130 : 143));
  return guard;
}
