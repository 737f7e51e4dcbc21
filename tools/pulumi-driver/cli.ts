#!/usr/bin/env node
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runOperation, type Operation, type RunResult } from "./engine";
import { stopChildrenOnSignals } from "./children";
import { readProject } from "./project";
import { isSecret, UNKNOWN } from "./sdk";

const USAGE = `Usage: pulumi-driver <preview|up|refresh|destroy> [options]
  --cwd DIR          the Pulumi project directory (default: the current one)
  --stack NAME       the stack (default dev)
  --state FILE       the state file (default <cwd>/.pulumi-driver/<stack>.json)
  --main PATH        the program, instead of Pulumi.yaml's main
  --config KEY=VALUE stack config; a key without ':' gets the project name (repeat)
  --secret KEY=VALUE secret stack config (repeat)
  --help, -h         this text`;

const TITLE: Record<Operation, string> = {
  preview: "Previewing update",
  up: "Updating",
  refresh: "Refreshing",
  destroy: "Destroying",
};

/** Runs one operation and prints its summary in Pulumi's manner; resolves to the result. */
export async function main(
  argv: string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<RunResult> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      cwd: { type: "string" },
      stack: { type: "string" },
      state: { type: "string" },
      main: { type: "string" },
      config: { type: "string", multiple: true },
      secret: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    out(USAGE);
    return { ok: true, steps: [], outputs: {}, errors: [] };
  }
  const operation = positionals[0] as Operation;
  if (!["preview", "up", "refresh", "destroy"].includes(operation))
    throw new Error(`unknown operation "${positionals[0] ?? ""}"\n${USAGE}`);
  const projectDir = resolve(values.cwd ?? ".");
  const project = readProject(projectDir);
  const stack = values.stack ?? "dev";
  const stateFile = resolve(values.state ?? join(projectDir, ".pulumi-driver", `${stack}.json`));
  mkdirSync(dirname(stateFile), { recursive: true });
  const config: Record<string, string> = {};
  const secretConfigKeys: string[] = [];
  for (const [list, secret] of [
    [values.config ?? [], false],
    [values.secret ?? [], true],
  ] as const) {
    for (const item of list) {
      const eq = item.indexOf("=");
      if (eq <= 0) throw new Error(`--config "${item}" is not KEY=VALUE`);
      const key = item.slice(0, eq).includes(":") ? item.slice(0, eq) : `${project.name}:${item.slice(0, eq)}`;
      config[key] = item.slice(eq + 1);
      if (secret) secretConfigKeys.push(key);
    }
  }

  out(`${TITLE[operation]} (${stack}):`);
  const started = Date.now();
  const result = await runOperation(operation, {
    projectDir,
    main: values.main ?? project.main,
    project: project.name,
    stack,
    stateFile,
    config,
    secretConfigKeys,
    out,
    log: err,
  });
  const outputs = Object.entries(result.outputs);
  if (outputs.length > 0 && operation !== "destroy") {
    out("Outputs:");
    const width = Math.max(...outputs.map(([k]) => k.length));
    for (const [key, value] of outputs)
      out(
        `    ${key.padEnd(width)}: ${isSecret(value) ? "[secret]" : value === UNKNOWN ? "[unknown]" : JSON.stringify(value)}`,
      );
  }
  const counts = new Map<string, number>();
  for (const step of result.steps) if (!step.error) counts.set(step.op, (counts.get(step.op) ?? 0) + 1);
  out("Resources:");
  const verbs: Record<string, string> =
    operation === "preview"
      ? {
          create: "+ %d to create",
          update: "~ %d to update",
          replace: "+- %d to replace",
          delete: "- %d to delete",
          same: "%d unchanged",
          read: "> %d to read",
        }
      : {
          create: "+ %d created",
          update: "~ %d updated",
          replace: "+- %d replaced",
          delete: "- %d deleted",
          same: "%d unchanged",
          read: "> %d read",
          refresh: "~ %d refreshed",
        };
  for (const [op, n] of counts) out(`    ${verbs[op].replace("%d", String(n))}`);
  if (counts.size === 0) out("    no changes");
  out(`Duration: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  if (!result.ok) for (const e of result.errors) err(`error: ${e}`);
  return result;
}

if (require.main === module) {
  stopChildrenOnSignals();
  main(process.argv.slice(2)).then(
    (result) => process.exit(result.ok ? 0 : 1),
    (error: unknown) => {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
