import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Emulator } from "../../emulator";

export const PROJECT_DIR = resolve(__dirname, "..", "..", "..");
const CLI = join(PROJECT_DIR, "dist", "tools", "pulumi-driver", "cli.js");

export interface DriverRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** One stack of the basic example, run through the driver CLI as a user runs `pulumi`. */
export class ExampleStack {
  readonly stateFile = join(mkdtempSync(join(tmpdir(), "ionos-s3key-e2e-")), "dev.json");
  readonly transcript: string[] = [];

  constructor(
    private readonly emulator: Emulator,
    readonly userId: string,
    /** The program, when not Pulumi.yaml's main (the basic example). */
    private readonly main?: string,
    /** The Pulumi project directory. */
    private readonly cwd: string = PROJECT_DIR,
  ) {}

  /** Runs one operation; `secrets` are secret stack config, `env` replaces the IONOS variables. */
  run(
    operation: string,
    config: Record<string, string> = {},
    options: { secrets?: Record<string, string>; env?: NodeJS.ProcessEnv } = {},
  ): Promise<DriverRun> {
    const args = [CLI, operation, "--cwd", this.cwd, "--state", this.stateFile, "--config", `userId=${this.userId}`];
    if (this.main !== undefined) args.push("--main", this.main);
    for (const [key, value] of Object.entries(config)) args.push("--config", `${key}=${value}`);
    for (const [key, value] of Object.entries(options.secrets ?? {})) args.push("--secret", `${key}=${value}`);
    const child = spawn(process.execPath, args, {
      env: options.env ?? {
        ...process.env,
        IONOS_API_URL: this.emulator.url,
        IONOS_TOKEN: this.emulator.options.token,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    return new Promise((resolvePromise) =>
      child.on("exit", (code) => {
        this.transcript.push(stdout, stderr);
        resolvePromise({ code: code ?? -1, stdout, stderr });
      }),
    );
  }

  /** The state file as stored on disk (secrets encrypted). */
  stateText(): string {
    return readFileSync(this.stateFile, "utf8");
  }

  /** The key ids the state holds. */
  stateKeyIds(): string[] {
    return (JSON.parse(this.stateText()).resources as Array<{ id: string }>).map((r) => r.id).sort();
  }

  /** The key ids the emulator holds for this stack's user. */
  cloudKeyIds(): string[] {
    return this.emulator
      .keys(this.userId)
      .map((k) => k.id)
      .sort();
  }
}
