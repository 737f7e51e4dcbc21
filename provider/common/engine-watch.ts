// Whether the Pulumi engine that started this plugin host still runs, under any launcher, and a
// plugin host that ends itself once its engine is gone and nothing is in flight.
import { readFileSync, readlinkSync } from "node:fs";
import { basename } from "node:path";

/** Launchers run the plugin host under these (Pulumi's own runs `node` under `sh` without `exec`). */
const SHELLS = new Set(["sh", "dash", "bash", "ash", "busybox", "zsh", "ksh", "mksh"]);

/** What `/proc/PID/stat` says of a process (Linux): its name, state, parent and start time. */
interface ProcessStat {
  readonly name: string;
  readonly state: string;
  readonly parent: number;
  readonly startedAt: string;
}

function processStat(pid: number): ProcessStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // `PID (NAME) STATE PPID …`: the name may hold spaces and parentheses, so split after the last ")".
  const close = text.lastIndexOf(")");
  const fields = text.slice(close + 2).split(" ");
  return {
    name: text.slice(text.indexOf("(") + 1, close),
    state: fields[0],
    parent: Number(fields[1]),
    startedAt: fields[19],
  };
}

/**
 * Whether a process is a shell. A script run through its `#!/bin/sh` line is named after the script
 * (`pulumi-resource`, cut to 15 characters), so the program it runs is what tells.
 */
function isShell(pid: number, stat: ProcessStat): boolean {
  if (SHELLS.has(stat.name)) return true;
  try {
    return SHELLS.has(basename(readlinkSync(`/proc/${pid}/exe`)));
  } catch {
    return false;
  }
}

/**
 * A check of whether the engine still runs. The engine is this process's first ancestor that is not
 * a shell: Pulumi's shipped `pulumi-resource-pulumi-nodejs` runs `node` under `/bin/sh` without
 * `exec`, and that shell outlives a killed engine, so a check of the parent alone never fires. The
 * engine is known by its pid and start time (a reused pid is another process); a zombie is gone.
 * Where there is no `/proc` (macOS), the check falls back to this process's parent.
 */
export function engineStillRuns(): () => boolean {
  let pid = process.ppid;
  let stat = processStat(pid);
  if (stat === undefined) return parentStillRuns();
  for (let hops = 0; hops < 4 && isShell(pid, stat) && stat.parent > 1; hops++) {
    const above = processStat(stat.parent);
    if (above === undefined) break;
    pid = stat.parent;
    stat = above;
  }
  const engine = { pid, startedAt: stat.startedAt };
  return () => {
    const now = processStat(engine.pid);
    return now !== undefined && now.startedAt === engine.startedAt && now.state !== "Z" && now.state !== "X";
  };
}

/** Whether this process's parent is still the one it has now (a killed parent hands it to another). */
export function parentStillRuns(parentAtStart: number = process.ppid): () => boolean {
  return () => process.ppid === parentAtStart;
}

/** True in a plugin host: Pulumi's dynamic-provider host (`@pulumi/pulumi/cmd/dynamic-provider`) or this package's resource plugin. */
export function inPluginHost(argv: readonly string[] = process.argv): boolean {
  const entry = argv[1] ?? "";
  // Pulumi's dynamic-provider host, or this package's resource plugin (bundled, or from dist/).
  return (
    /[\\/]cmd[\\/]dynamic-provider([\\/]index\.js)?$/.test(entry) ||
    /(pulumi-resource-ionos-s3key|[\\/]provider[\\/]plugin[\\/]main)\.js$/.test(entry)
  );
}

/**
 * The plugin host's guard, one per process: every `intervalMs` it asks whether the engine still
 * runs; once it does not and no operation is in flight, the host exits. (The SDK's host otherwise
 * lives on after `kill -KILL` of `pulumi up`, spinning on EPIPE as its memory grows.) An operation in
 * flight is let finish: a create's key and journal entry are complete before the host goes.
 */
export class EngineGuard {
  private inFlight = 0;
  private timer?: NodeJS.Timeout;
  /** How to end the journal entries of creates whose keys were handed to the engine. */
  private readonly handedOver = new Set<() => void>();

  constructor(
    private readonly engineAlive: () => boolean,
    private readonly exit: (code: number) => void = (code) => process.exit(code),
  ) {}

  /**
   * Starts watching (idempotent); the timer never keeps the process alive on its own. With
   * `signals`, also takes the engine's own stop (it sends SIGINT to its plugins once the update is
   * recorded; a driver may send SIGTERM): with the engine alive, the keys handed over before the
   * signal are in its state, so their journal entries end; then the host exits, as it would have.
   */
  start(intervalMs = 1000, signals = false): this {
    if (this.timer !== undefined) return this;
    this.timer = setInterval(() => this.tick(), intervalMs).unref();
    if (signals)
      for (const signal of ["SIGINT", "SIGTERM"] as const)
        process.once(signal, () => this.stop(signal === "SIGINT" ? 130 : 143));
    return this;
  }

  /** Records how to end a handed-over create's journal entry, once the engine is known to hold its key. */
  handOver(end: () => void): void {
    if (this.timer !== undefined) this.handedOver.add(end);
  }

  /**
   * The engine asks this host to stop: ends the entries of the keys handed over, if it is alive, and
   * exits at once (a create still in flight keeps its entry: its key never reached the engine).
   */
  stop(code: number): void {
    if (this.engineAlive()) for (const end of this.handedOver) end();
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
      this.tick();
    }
  }

  private tick(): void {
    if (this.timer === undefined || this.inFlight > 0 || this.engineAlive()) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.exit(0);
  }
}

let processGuard: EngineGuard | undefined;

/**
 * The guard of this process: started in the plugin host, inert elsewhere (a program, a test). One for
 * every provider object the host loads, so that an S3Key's create keeps the host alive for an
 * AccessKey's provider too.
 */
export function engineGuard(): EngineGuard {
  if (processGuard === undefined) {
    processGuard = new EngineGuard(engineStillRuns());
    if (inPluginHost()) {
      processGuard.start(1000, true);
      connectLogToEngine();
    }
  }
  return processGuard;
}

/**
 * Gives `pulumi.log` the engine in Pulumi's dynamic-provider host, so that progress and retry
 * messages land on their resource's row. That host takes the engine's address as its argument but
 * never hands it to the SDK's settings (which read `PULUMI_NODEJS_ENGINE`, set only for programs):
 * without this, every message goes to the host's stdout, which the CLI shows on the Stack's row as
 * `info: [runtime] …`. The plugin (`serve.ts`) sets the variable before the SDK starts.
 */
export function connectLogToEngine(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): void {
  if (!inPluginHost(argv) || env.PULUMI_NODEJS_ENGINE) return;
  const address = argv.slice(2).find((arg) => /^[^-][^\s]*:\d+$/.test(arg));
  if (address === undefined) return;
  env.PULUMI_NODEJS_ENGINE = address;
  // The SDK may have read its settings already (they are made once per process, from the environment).
  try {
    const state = require("@pulumi/pulumi/runtime/state") as {
      getStore?: () => { settings?: { options?: { engineAddr?: string } } };
    };
    const options = state.getStore?.().settings?.options;
    if (options !== undefined && !options.engineAddr) options.engineAddr = address;
  } catch {
    // Another SDK layout: the messages go to stdout, as before.
  }
}
