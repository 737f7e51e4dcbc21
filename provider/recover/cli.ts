#!/usr/bin/env node
// `./node_modules/.bin/pulumi-ionos-s3key recover [--stack NAME]`: see recover.ts. Run it before every `pulumi up`
// on a runner that may have replaced one killed mid-create.
import { parseArgs } from "node:util";
import { PACKAGE_VERSION } from "../api/user-agent";
import { EXIT, recover } from "./recover";

const USAGE = `Usage: pulumi-ionos-s3key recover [--stack NAME]
  In a Pulumi program's directory, with the settings \`pulumi up\` uses: imports the key each pending
  create of an S3Key or AccessKey made, or clears the pending create when IONOS proves none was made
  or an update already resolved it. Never writes over a locked stack or one that changed meanwhile.

Options:
  --stack NAME   the stack (default: the selected one)
  -h, --help     this text
  -v, --version  the package's version

Exit codes: 0 nothing left pending; 1 a command or the settings failed, nothing written;
  2 some pending creates left as they are (said why); 3 the stack is locked (an update runs, or was
  killed: \`pulumi cancel\`) or kept changing, nothing written; 64 a usage error.`;

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`pulumi-ionos-s3key: ${usageProblem(error)}. See --help.`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) return (void console.log(USAGE), EXIT.done);
  if (values.version) return (void console.log(PACKAGE_VERSION), EXIT.done);
  if (positionals.length !== 1 || positionals[0] !== "recover") {
    const got = positionals.length === 0 ? "no command" : `"${positionals.join(" ").slice(0, 60)}"`;
    console.error(`pulumi-ionos-s3key: expected the command recover, got ${got}. See --help.`);
    return EXIT.usage;
  }
  return recover(values.stack !== undefined ? { stack: values.stack } : {});
}

/** parseArgs's complaint in one short sentence. */
function usageProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option ?? ""}`.trim();
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${option ?? "an option"} needs a value`;
  return message.split("\n")[0].slice(0, 200);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stack: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

/** Runs the command line `argv` (after the program's name) and exits with its code. */
export function runRecoverCli(argv: string[]): void {
  main(argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // One clear line: IONOS's and the settings' errors say what to do; nothing else has a stack worth showing.
      console.error(`pulumi-ionos-s3key: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(EXIT.failed);
    },
  );
}

// The npm package's bin; the plugin's launcher calls runRecoverCli for `pulumi-resource-ionos-s3key recover`.
if (require.main === module) runRecoverCli(process.argv.slice(2));
