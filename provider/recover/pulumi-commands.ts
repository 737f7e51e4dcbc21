// The pulumi commands recover runs, and what it reads from them.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IonosError } from "../api/errors";

/** Runs `pulumi` with `args` in the program's directory; its exit code and output. */
export type RunPulumi = (args: readonly string[]) => { code: number; stdout: string; stderr: string };

/** No cap on what a command prints: a stack of a few hundred keys exports well over 1 MiB. */
const NO_OUTPUT_CAP = 2 ** 31 - 1;

/** `pulumi` from PATH, never prompting: its stdin is not a terminal, and every command says --yes. */
export function pulumiOnPath(cwd: string, env: NodeJS.ProcessEnv): RunPulumi {
  return (args) => {
    const run = spawnSync("pulumi", args, {
      cwd,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: NO_OUTPUT_CAP,
    });
    if (run.error) {
      const missing = (run.error as NodeJS.ErrnoException).code === "ENOENT";
      throw new IonosError(
        missing
          ? "cannot run pulumi: it is not on PATH. Install the Pulumi CLI or put it on PATH."
          : `cannot run pulumi ${args.slice(0, 2).join(" ")} (${run.error.message}).`,
      );
    }
    return { code: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
  };
}

/** The stack's config, secrets decrypted in this process only (credentials may be set there). */
export function stackConfig(pulumi: RunPulumi, stack: readonly string[]): { get(key: string): string | undefined } {
  const run = pulumi(["config", "--json", "--show-secrets", ...stack]);
  let values: Record<string, { value?: unknown }> = {};
  try {
    values = run.code === 0 ? (JSON.parse(run.stdout || "{}") as typeof values) : {};
  } catch {
    // Not the error's text: JSON.parse quotes the input, and this output holds decrypted secrets.
    throw new IonosError("pulumi config --json printed something that is not JSON: check the Pulumi CLI's version.");
  }
  return { get: (key) => (values[key]?.value === undefined ? undefined : String(values[key].value)) };
}

/**
 * The lock files that hold the stack, for a file backend (`file://`), where `pulumi up` keeps one
 * under `.pulumi/locks/` while it runs and leaves it when it is killed; undefined for other backends
 * (their `pulumi stack import` refuses a stack an update holds). `stack` is its name.
 */
export function stackLocks(pulumi: RunPulumi, stack: string, cwd: string): string[] | undefined {
  const whoami = pulumi(["whoami", "--json"]);
  let url: unknown;
  try {
    url = (JSON.parse(whoami.stdout) as { url?: unknown }).url;
  } catch {
    return undefined;
  }
  if (whoami.code !== 0 || typeof url !== "string" || !url.startsWith("file://")) return undefined;
  const locks = join(fileURLToPath(url.replace(/\?.*$/, "")), ".pulumi", "locks");
  const project = projectName(cwd);
  const dirs = [join(locks, stack), ...(project ? [join(locks, "organization", project, stack)] : [])];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .map((name) => join(dir, name));
    } catch {
      return [];
    }
  });
}

/** The `name:` of the Pulumi.yaml in `cwd`, if it has one. */
function projectName(cwd: string): string | undefined {
  for (const file of ["Pulumi.yaml", "Pulumi.yml"]) {
    try {
      return /^name:\s*["']?([^"'\s#]+)/m.exec(readFileSync(join(cwd, file), "utf8"))?.[1];
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

/** The selected stack's name (`pulumi stack --show-name`), or undefined. */
export function selectedStack(pulumi: RunPulumi): string | undefined {
  const run = pulumi(["stack", "--show-name"]);
  const name = run.stdout.trim();
  return run.code === 0 && name !== "" ? name : undefined;
}
