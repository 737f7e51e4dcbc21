#!/usr/bin/env node
// `npm run demo`: the basic example through preview, up, a change, refresh and destroy, against the
// embedded IONOS API emulator, with the real `pulumi` CLI when this machine has it (on PATH, or built
// by scripts/pulumi-cli.sh) and otherwise with the lifecycle driver. `--cli` insists on the CLI,
// `--driver` on the driver.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { startEmulator } from "../emulator";
import { main as driver } from "./pulumi-driver/cli";

const PROJECT_DIR = resolve(__dirname, "..", "..");

/** The directory of a working `pulumi` (PATH first, then scripts/pulumi-cli.sh's cache), or undefined. */
function findPulumi(): string | undefined {
  const onPath = spawnSync("pulumi", ["version"], { encoding: "utf8" });
  if (onPath.status === 0) return "";
  const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "pulumi-ionos-s3key", "pulumi-cli");
  const builds = existsSync(cache) ? readdirSync(cache).sort().reverse() : [];
  return builds
    .map((build) => join(cache, build))
    .find((dir) => spawnSync(join(dir, "pulumi"), ["version"]).status === 0);
}

let cliDir = "";

const STACK_CONFIG = join(PROJECT_DIR, "Pulumi.dev.yaml");
const hadStackConfig = existsSync(STACK_CONFIG);

async function demo(useCli: boolean): Promise<void> {
  const emulator = await startEmulator({ requestDelayMs: 200 });
  const work = mkdtempSync(join(tmpdir(), "ionos-s3key-demo-"));
  Object.assign(process.env, { IONOS_API_URL: emulator.url, IONOS_TOKEN: emulator.options.token });
  console.log(
    useCli
      ? `Running with the real pulumi CLI (${cliDir === "" ? "on PATH" : cliDir}), a file backend in ${work}`
      : process.argv.includes("--driver")
        ? "Running with the lifecycle driver (tools/pulumi-driver), as --driver asks"
        : "Running with the lifecycle driver (tools/pulumi-driver): no pulumi CLI on PATH or built by scripts/pulumi-cli.sh. For the real CLI, install it (https://www.pulumi.com/docs/install/: curl -fsSL https://get.pulumi.com | sh) or build it here from Go modules (bash scripts/pulumi-cli.sh, 10 to 25 minutes once), then run npm run demo again.",
  );
  console.log(`IONOS API emulator at ${emulator.url}; state in ${work}\n`);
  const steps: Array<[string, string[]]> = [
    ["Preview: two keys to create, nothing is written", ["preview"]],
    ["Up: create them", ["up"]],
    ["A change: switch the standby key on (one PUT)", ["up", "--config", "standbyActive=true"]],
    ["Someone deletes the standby key in the DCD; refresh drops it from the state", ["refresh"]],
    ["Up again: the standby key is recreated", ["up", "--config", "standbyActive=true"]],
    ["Destroy: every key is deleted", ["destroy"]],
  ];
  try {
    let standbyKeyId = "";
    for (const [title, args] of steps) {
      console.log(`\n=== ${title}`);
      if (args[0] === "refresh") emulator.deleteKeyOutside(standbyKeyId);
      const ok = useCli ? await runCli(work, args) : await runDriver(work, args, (id) => (standbyKeyId = id));
      if (!ok) throw new Error(`${args[0]} failed`);
      if (useCli) standbyKeyId = await cliOutput(work, "standbyAccessKeyId");
    }
    const left = emulator.keys("9b1b4c62-1466-11e7-87d3-d7bb7dac0087").length;
    console.log(`\nDone: the emulator holds ${left} keys for the demo user.`);
    if (left !== 0) throw new Error("destroy left keys behind");
  } finally {
    await emulator.close();
    rmSync(work, { recursive: true, force: true });
    // The CLI keeps the stack's config (and the passphrase salt) in Pulumi.dev.yaml beside
    // Pulumi.yaml: the demo leaves the checkout as it found it.
    if (useCli && !hadStackConfig) rmSync(STACK_CONFIG, { force: true });
  }
}

async function runDriver(work: string, args: string[], standby: (keyId: string) => void): Promise<boolean> {
  const result = await driver([...args, "--state", join(work, "dev.json")]);
  if (typeof result.outputs.standbyAccessKeyId === "string") standby(result.outputs.standbyAccessKeyId);
  return result.ok;
}

function cliEnv(work: string): NodeJS.ProcessEnv {
  const home = join(work, "pulumi-home");
  mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    PATH: cliDir === "" ? process.env.PATH : `${cliDir}${delimiter}${process.env.PATH ?? ""}`,
    PULUMI_HOME: home,
    PULUMI_BACKEND_URL: `file://${work}`,
    PULUMI_CONFIG_PASSPHRASE: "demo-passphrase",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
}

// The CLI runs in child processes while this process serves the emulator: never spawnSync here,
// which would stop the emulator from answering.
function pulumi(work: string, argv: string[], capture = false): Promise<{ ok: boolean; stdout: string }> {
  const child = spawn("pulumi", argv, {
    cwd: PROJECT_DIR,
    env: cliEnv(work),
    stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "ignore" : "inherit"],
  });
  let stdout = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  return new Promise((resolvePromise) =>
    child.on("close", (code) => resolvePromise({ ok: code === 0, stdout: stdout.trim() })),
  );
}

async function cliOutput(work: string, name: string): Promise<string> {
  return (await pulumi(work, ["stack", "output", name], true)).stdout;
}

// The real CLI with a local file backend in a temporary directory.
async function runCli(work: string, args: string[]): Promise<boolean> {
  if (!(await pulumi(work, ["stack", "select", "--create", "dev", "--non-interactive"])).ok) return false;
  const config = args.indexOf("--config");
  const standbyActive = config >= 0 ? args[config + 1].split("=")[1] : "false";
  if (!(await pulumi(work, ["config", "set", "standbyActive", standbyActive])).ok) return false;
  const op = args[0];
  const argv =
    op === "preview" ? ["preview", "--non-interactive"] : [op, "--yes", "--non-interactive", "--skip-preview"];
  return (await pulumi(work, argv)).ok;
}

const found = process.argv.includes("--driver") ? undefined : findPulumi();
const useCli = found !== undefined;
if (found !== undefined) cliDir = found;
if (process.argv.includes("--cli") && !useCli) {
  console.error(
    "error: --cli needs the pulumi CLI: on PATH, or built with `bash scripts/pulumi-cli.sh`; run `npm run demo` without it to use the built-in driver.",
  );
  process.exit(2);
}
demo(useCli).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
