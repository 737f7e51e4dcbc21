#!/usr/bin/env node
// `npx pulumi-ionos-s3key recover [--stack NAME]`: see recover.ts. Run it before every `pulumi up`
// on a runner that may have replaced one killed mid-create.
import { parseArgs } from "node:util";
import { IonosError } from "../api/errors";
import { recover } from "./recover";

const USAGE = `Usage: pulumi-ionos-s3key recover [--stack NAME]
  In a Pulumi program's directory, with the settings \`pulumi up\` uses: imports the key each pending
  create of an S3Key or AccessKey made, or clears the pending create when IONOS proves none was made.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { stack: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals[0] !== "recover") {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  return recover(values.stack !== undefined ? { stack: values.stack } : {});
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // One clear line: IONOS's and the settings' errors say what to do; nothing else has a stack worth showing.
    console.error(
      `pulumi-ionos-s3key: ${error instanceof IonosError || error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
