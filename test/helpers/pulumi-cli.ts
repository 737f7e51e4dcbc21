import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import type { Emulator } from "../../emulator";
import { packTarball } from "../../tools/installed-package";
import { writePluginProgram, type PluginProgramKind } from "./plugin-programs";

export const PROJECT_DIR = resolve(__dirname, "..", "..", "..");

/** The kinds of Pulumi program users write, as `pulumi new` lays them out (YAML and Go through the plugin). */
export type ProgramKind = "javascript" | "typescript" | PluginProgramKind;

/** Where the real `pulumi`, its Node.js language host and the dynamic-provider launcher are (scripts/pulumi-cli.sh). */
export function pulumiCliDir(): string {
  const dir = process.env.PULUMI_CLI_DIR;
  if (dir === undefined || !existsSync(join(dir, "pulumi"))) {
    throw new Error(
      "PULUMI_CLI_DIR does not name a directory with the pulumi CLI: run `npm run test:cli`, which builds it with scripts/pulumi-cli.sh",
    );
  }
  return dir;
}

export interface ProgramOptions {
  /** The @pulumi/pulumi version to install. @default $PULUMI_SDK_VERSION, else the checkout's */
  readonly sdk?: string;
  /** The directory of the `node` to run the program with. @default the running node's */
  readonly nodeBin?: string;
  /** The package's tarball to install. @default this checkout, packed */
  readonly tarball?: string;
}

/** The tarball of this package, packed once per process (`npm pack`), as users get it. */
let packed: string | undefined;
export function packedTarball(): string {
  packed ??= packTarball(mkdtempSync(join(tmpdir(), "ionos-s3key-pack-")));
  return packed;
}

const installed = new Map<string, string>();

/**
 * A directory whose node_modules holds what a user's program of this kind installs: the packed
 * tarball and @pulumi/pulumi from the registry (and for TypeScript, typescript 5 and @types/node,
 * as `pulumi new typescript` has them). A JavaScript program gets no `typescript` at all. Installed
 * once per kind and options, then shared by the projects of a run through a symlink.
 */
export function installedModules(kind: ProgramKind, options: ProgramOptions = {}): string {
  const sdk = options.sdk ?? process.env.PULUMI_SDK_VERSION ?? checkoutSdkVersion();
  const tarball = options.tarball ?? packedTarball();
  const cacheKey = `${kind}:${sdk}:${options.nodeBin ?? ""}:${tarball}`;
  const existing = installed.get(cacheKey);
  if (existing !== undefined) return existing;
  const dir = mkdtempSync(join(tmpdir(), `ionos-s3key-${kind}-modules-`));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `${kind}-program`, version: "1.0.0", private: true }),
  );
  const packages = [tarball, `@pulumi/pulumi@${sdk}`];
  if (kind === "typescript") packages.push("typescript@^5", "@types/node@^20");
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...packages], {
    cwd: dir,
    env: withNode(process.env, options.nodeBin),
    stdio: ["ignore", "ignore", "inherit"],
  });
  installed.set(cacheKey, dir);
  return dir;
}

function checkoutSdkVersion(): string {
  return (
    JSON.parse(readFileSync(join(PROJECT_DIR, "node_modules", "@pulumi", "pulumi", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
}

function withNode(env: NodeJS.ProcessEnv, nodeBin: string | undefined): NodeJS.ProcessEnv {
  return nodeBin === undefined ? env : { ...env, PATH: `${nodeBin}${delimiter}${env.PATH ?? ""}` };
}

/** The strict tsconfig of `pulumi new typescript`, with library checks on (as a careful user has it). */
export const STRICT_TSCONFIG = {
  compilerOptions: {
    strict: true,
    outDir: "bin",
    target: "es2020",
    module: "commonjs",
    moduleResolution: "node",
    sourceMap: true,
    experimentalDecorators: true,
    pretty: true,
    noFallthroughCasesInSwitch: true,
    noImplicitReturns: true,
    forceConsistentCasingInFileNames: true,
    skipLibCheck: false,
  },
  files: ["index.ts"],
};

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr, for assertions on what the user saw. */
  readonly output: string;
}

/**
 * A fresh Pulumi project in a temporary directory, run with the real `pulumi` CLI against the
 * emulator: a file backend, a passphrase secrets provider, no update checks or plugin downloads.
 */
export class CliProject {
  readonly dir: string;
  readonly home: string;
  readonly backend: string;
  readonly passphrase = "cli-test-passphrase";
  /** Everything every command printed, to check that no secret was ever shown. */
  readonly transcript: string[] = [];
  /** Environment for the IONOS settings; `undefined` removes a variable. */
  env: Record<string, string | undefined>;

  constructor(
    readonly kind: ProgramKind,
    readonly emulator: Emulator,
    program: string,
    options: ProgramOptions & { readonly modules?: string; readonly afterRun?: () => void } = {},
  ) {
    this.afterRun = options.afterRun ?? (() => undefined);
    const root = mkdtempSync(join(tmpdir(), `ionos-s3key-cli-${kind}-`));
    this.dir = join(root, "project");
    this.home = join(root, "pulumi-home");
    this.backend = join(root, "backend");
    for (const d of [this.dir, this.home, this.backend]) mkdirSync(d, { recursive: true });
    this.nodeBin = options.nodeBin;
    this.env = { IONOS_API_URL: emulator.url, IONOS_TOKEN: emulator.options.token };
    if (kind === "yaml" || kind === "go" || kind === "python") {
      writePluginProgram(this.dir, kind, program);
      return;
    }
    const modules = options.modules ?? installedModules(kind, options);
    symlinkSync(join(modules, "node_modules"), join(this.dir, "node_modules"));
    writeFileSync(join(this.dir, "package.json"), readFileSync(join(modules, "package.json")));
    const main = kind === "typescript" ? "index.ts" : "index.js";
    writeFileSync(join(this.dir, "Pulumi.yaml"), `name: cli-${kind}\nruntime: nodejs\nmain: ${main}\n`);
    if (kind === "typescript") writeFileSync(join(this.dir, "tsconfig.json"), JSON.stringify(STRICT_TSCONFIG, null, 2));
    writeFileSync(join(this.dir, main), program);
  }

  private readonly nodeBin?: string;
  private readonly afterRun: () => void;

  /** Replaces the program (index.ts or index.js). */
  writeProgram(program: string): void {
    if (this.kind === "yaml" || this.kind === "go" || this.kind === "python")
      return writePluginProgram(this.dir, this.kind, program);
    writeFileSync(join(this.dir, this.kind === "typescript" ? "index.ts" : "index.js"), program);
  }

  /** Runs `pulumi ARGS` in the project; `--non-interactive` is added, `--yes` where the command takes it. */
  pulumi(args: readonly string[], extraEnv: Record<string, string | undefined> = {}): Promise<CliRun> {
    return this.start(args, extraEnv).done;
  }

  /** Starts `pulumi ARGS` as `pulumi()` does, and hands out the process, e.g. to kill it mid-run. */
  start(
    args: readonly string[],
    extraEnv: Record<string, string | undefined> = {},
  ): { readonly child: ChildProcess; readonly done: Promise<CliRun> } {
    const withYes = ["up", "destroy", "refresh", "preview"].includes(args[0]) && args[0] !== "preview";
    const fullArgs = [...args, "--non-interactive", ...(withYes ? ["--yes"] : [])];
    return this.spawnLogged(join(pulumiCliDir(), "pulumi"), fullArgs, extraEnv);
  }

  /** Runs a program's own command (e.g. the installed `pulumi-ionos-s3key recover`) with the environment `pulumi()` has. */
  exec(command: string, args: readonly string[]): Promise<CliRun> {
    return this.spawnLogged(command, args, {}).done;
  }

  private spawnLogged(
    command: string,
    fullArgs: readonly string[],
    extraEnv: Record<string, string | undefined>,
  ): { readonly child: ChildProcess; readonly done: Promise<CliRun> } {
    const env: NodeJS.ProcessEnv = { ...withNode(process.env, this.nodeBin) };
    for (const name of Object.keys(env)) if (name.startsWith("IONOS_") || name.startsWith("PULUMI_")) delete env[name];
    env.PATH = `${pulumiCliDir()}${delimiter}${env.PATH ?? ""}`;
    Object.assign(env, {
      PULUMI_HOME: this.home,
      PULUMI_BACKEND_URL: `file://${this.backend}`,
      PULUMI_CONFIG_PASSPHRASE: this.passphrase,
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
      NO_COLOR: "1",
    });
    for (const [name, value] of Object.entries({ ...this.env, ...extraEnv })) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    const child = spawn(command, fullArgs, {
      cwd: this.dir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const done = new Promise<CliRun>((resolvePromise, reject) => {
      child.on("error", reject);
      child.on("close", (code) => {
        const output = `$ ${command.endsWith("/pulumi") ? "pulumi" : command} ${fullArgs.join(" ")}\n${stdout}${stderr}`;
        this.transcript.push(output);
        this.afterRun();
        resolvePromise({ code: code ?? -1, stdout, stderr, output });
      });
    });
    return { child, done };
  }

  /** Runs `pulumi ARGS`, failing the test with the command's output when it does not exit 0. */
  async ok(args: readonly string[], extraEnv: Record<string, string | undefined> = {}): Promise<CliRun> {
    const run = await this.pulumi(args, extraEnv);
    if (run.code !== 0) throw new Error(`pulumi ${args.join(" ")} exited ${run.code}:\n${run.output}`);
    return run;
  }

  /** `pulumi stack init` and the stack's config (`userId` and the rest as plain values). */
  async init(config: Record<string, string> = {}, stack = "dev"): Promise<void> {
    await this.ok(["stack", "init", stack]);
    for (const [key, value] of Object.entries(config)) await this.ok(["config", "set", key, value]);
  }

  /** The stack's state as `pulumi stack export` prints it (secrets as ciphertext). */
  async exportState(): Promise<string> {
    return (await this.ok(["stack", "export"])).stdout;
  }

  /** The S3Key (or AccessKey) resources in the exported state. */
  async stateKeys(
    type: "S3Key" | "AccessKey" = "S3Key",
  ): Promise<Array<{ id: string; urn: string; outputs: Record<string, unknown> }>> {
    const deployment = JSON.parse(await this.exportState()) as {
      deployment: { resources?: Array<{ type: string; id: string; urn: string; outputs: Record<string, unknown> }> };
    };
    const types = [`pulumi-nodejs:dynamic/ionos:${type}`, `ionos-s3key:index:${type}`];
    return (deployment.deployment.resources ?? []).filter((r) => types.includes(r.type));
  }
}

/** The directory of a `node` binary installed from the npm registry (`node@22`, `node@24`), installed once. */
export function nodeFromRegistry(major: number): string {
  const dir = join(tmpdir(), `ionos-s3key-node${major}`);
  const bin = join(dir, "node_modules", ".bin");
  if (!existsSync(join(bin, "node"))) {
    // Installed beside, then renamed into place: CLI test files run in parallel workers may race here.
    const staging = `${dir}.${process.pid}`;
    execFileSync("npm", ["install", "--prefix", staging, "--no-save", "--no-audit", "--no-fund", `node@${major}`], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another worker's is in place
    }
  }
  return dirname(join(bin, "node"));
}

/** The oldest @pulumi/pulumi in this package's peer range. */
export function oldestSdk(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_DIR, "package.json"), "utf8")) as {
    peerDependencies: Record<string, string>;
  };
  return pkg.peerDependencies["@pulumi/pulumi"].replace(/^[^0-9]*/, "");
}

/** The newest @pulumi/pulumi whose `engines.node` accepts this Node.js major version (newer releases want Node 22). */
export function newestSdkFor(nodeMajor: number): string {
  const npmView = (args: string[]) =>
    JSON.parse(
      execFileSync("npm", ["view", ...args, "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
    );
  const versions = (npmView(["@pulumi/pulumi", "versions"]) as string[]).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  for (const version of versions.reverse()) {
    const engines = npmView([`@pulumi/pulumi@${version}`, "engines"]) as { node?: string } | "";
    const minimum = Number(/>=\s*(\d+)/.exec(typeof engines === "object" ? (engines.node ?? "") : "")?.[1] ?? 0);
    if (minimum <= nodeMajor) return version;
  }
  throw new Error(`no @pulumi/pulumi release accepts Node ${nodeMajor}`);
}

/** Kills a process and every process under it at once (SIGKILL), as a crash or the OOM killer would. */
export function killTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const line of execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" }).trim().split("\n")) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    parents.set(parent, [...(parents.get(parent) ?? []), child]);
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]) ?? []));
  for (const p of tree) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // Gone already.
    }
  }
  return tree;
}

/**
 * `pulumi up` killed, with every process it started, right after its first POST reached the emulator
 * (requests made slow for it, so the create is cut off mid-flight); the emulator's pace restored.
 */
export async function upKilledAfterPost(p: CliProject, emulator: Emulator): Promise<void> {
  emulator.setRequestDelay(6_000);
  const from = emulator.log.length;
  const run = p.start(["up"]);
  const posted = () => emulator.log.slice(from).some((e) => e.method === "POST");
  for (let i = 0; i < 600 && !posted(); i++) await new Promise((r) => setTimeout(r, 50));
  killTree(run.child.pid!);
  await run.done;
  emulator.setRequestDelay(20);
}

/** The S3 keys on every given contract of the emulator equal the S3Key resources in the stack's state. */
export async function keysMatchState(p: CliProject, emulator: Emulator, contracts: readonly number[]): Promise<void> {
  const held = (await p.stateKeys("S3Key")).map((k) => k.id).sort();
  const live = contracts.flatMap((c) => emulator.contractKeys(c).map((k) => k.id)).sort();
  if (JSON.stringify(live) !== JSON.stringify(held))
    throw new Error(
      `the keys on contracts ${contracts.join(", ")} (${live.join(", ")}) are not the state's (${held.join(", ")})`,
    );
}
