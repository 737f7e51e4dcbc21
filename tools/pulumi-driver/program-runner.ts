import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { track } from "./children";
import { SDK_DIR } from "./sdk";

export interface ProgramOptions {
  /** The Pulumi project directory, the program's working directory. */
  readonly projectDir: string;
  /** The program, relative to `projectDir`. */
  readonly main: string;
  readonly project: string;
  readonly stack: string;
  /** The monitor and engine address. */
  readonly address: string;
  readonly dryRun: boolean;
  /** Stack config, keys with their namespace. */
  readonly config: Readonly<Record<string, string>>;
  readonly secretConfigKeys: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Every line the program prints. */
  readonly log: (line: string) => void;
}

export interface RunningProgram {
  /** The program's exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  kill(): void;
}

/** Starts the program with the SDK's own runner (`@pulumi/pulumi/cmd/run`), as the Node.js language host does. */
export function startProgram(options: ProgramOptions): RunningProgram {
  const args = [
    join(SDK_DIR, "cmd", "run"),
    `--monitor=${options.address}`,
    `--engine=${options.address}`,
    `--project=${options.project}`,
    `--stack=${options.stack}`,
    `--pwd=${options.projectDir}`,
  ];
  if (options.dryRun) args.push("--dry-run");
  args.push(options.main);
  const child = track(
    spawn(process.execPath, args, {
      cwd: options.projectDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...options.env,
        PULUMI_CONFIG: JSON.stringify(options.config),
        PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(options.secretConfigKeys),
        // The examples are compiled by `npm run build`; Pulumi.yaml says `typescript: false` likewise.
        PULUMI_NODEJS_TYPESCRIPT: "false",
      },
    }),
  );
  createInterface({ input: child.stdout }).on("line", options.log);
  createInterface({ input: child.stderr }).on("line", options.log);
  return {
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
    kill: () => void child.kill("SIGTERM"),
  };
}
