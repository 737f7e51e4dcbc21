#!/usr/bin/env node
// `npm run demo`: the basic example through preview, up, a change, refresh and destroy, against the
// embedded IONOS API emulator. `npm run demo -- --cli` does the same with the real `pulumi` CLI.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startEmulator } from "../emulator";
import { main as driver } from "./pulumi-driver/cli";

const PROJECT_DIR = resolve(__dirname, "..", "..");

async function demo(useCli: boolean): Promise<void> {
  const emulator = await startEmulator({ requestDelayMs: 200 });
  const work = mkdtempSync(join(tmpdir(), "ionos-s3key-demo-"));
  Object.assign(process.env, { IONOS_API_URL: emulator.url, IONOS_TOKEN: emulator.options.token });
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
      const ok = useCli ? runCli(work, args) : await runDriver(work, args, (id) => (standbyKeyId = id));
      if (!ok) throw new Error(`${args[0]} failed`);
      if (useCli) standbyKeyId = cliOutput(work, "standbyAccessKeyId");
    }
    const left = emulator.keys("9b1b4c62-1466-11e7-87d3-d7bb7dac0087").length;
    console.log(`\nDone: the emulator holds ${left} keys for the demo user.`);
    if (left !== 0) throw new Error("destroy left keys behind");
  } finally {
    await emulator.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function runDriver(work: string, args: string[], standby: (keyId: string) => void): Promise<boolean> {
  const result = await driver([...args, "--state", join(work, "dev.json")]);
  if (typeof result.outputs.standbyAccessKeyId === "string") standby(result.outputs.standbyAccessKeyId);
  return result.ok;
}

function cliEnv(work: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PULUMI_BACKEND_URL: `file://${work}`,
    PULUMI_CONFIG_PASSPHRASE: "demo-passphrase",
    PULUMI_SKIP_UPDATE_CHECK: "true",
  };
}

function cliOutput(work: string, name: string): string {
  return spawnSync("pulumi", ["stack", "output", name], {
    cwd: PROJECT_DIR,
    env: cliEnv(work),
    encoding: "utf8",
  }).stdout.trim();
}

// The real CLI with a local file backend in a temporary directory (not exercised by the tests here).
function runCli(work: string, args: string[]): boolean {
  const pulumi = (argv: string[]) =>
    spawnSync("pulumi", argv, { cwd: PROJECT_DIR, env: cliEnv(work), stdio: "inherit" }).status === 0;
  if (!pulumi(["stack", "select", "--create", "dev", "--non-interactive"])) return false;
  const config = args.indexOf("--config");
  pulumi(["config", "set", "standbyActive", config >= 0 ? args[config + 1].split("=")[1] : "false"]);
  const op = args[0];
  return pulumi(
    op === "preview" ? ["preview", "--non-interactive"] : [op, "--yes", "--non-interactive", "--skip-preview"],
  );
}

const useCli = process.argv.includes("--cli");
if (useCli && spawnSync("pulumi", ["version"]).status !== 0) {
  console.error(
    "error: --cli needs the pulumi CLI on PATH (https://www.pulumi.com/docs/install/); run `npm run demo` without it to use the built-in driver.",
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
