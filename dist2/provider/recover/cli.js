#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// `npx pulumi-ionos-s3key recover [--stack NAME]`: see recover.ts. Run it before every `pulumi up`
// on a runner that may have replaced one killed mid-create.
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const recover_1 = require("./recover");
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
function version() {
    return JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(__dirname, "..", "..", "..", "package.json"), "utf8"))
        .version;
}
async function main(argv) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        console.error(`pulumi-ionos-s3key: ${usageProblem(error)}. See --help.`);
        return recover_1.EXIT.usage;
    }
    const { values, positionals } = parsed;
    if (values.help)
        return (void console.log(USAGE), recover_1.EXIT.done);
    if (values.version)
        return (void console.log(version()), recover_1.EXIT.done);
    if (positionals.length !== 1 || positionals[0] !== "recover") {
        const got = positionals.length === 0 ? "no command" : `"${positionals.join(" ").slice(0, 60)}"`;
        console.error(`pulumi-ionos-s3key: expected the command recover, got ${got}. See --help.`);
        return recover_1.EXIT.usage;
    }
    return (0, recover_1.recover)(values.stack !== undefined ? { stack: values.stack } : {});
}
/** parseArgs's complaint in one short sentence. */
function usageProblem(error) {
    const { code, message } = error;
    const option = /'(-[^' ]*)/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
        return `unknown option ${option ?? ""}`.trim();
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
        return `${option ?? "an option"} needs a value`;
    return message.split("\n")[0].slice(0, 200);
}
function parse(argv) {
    return (0, node_util_1.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            stack: { type: "string" },
            help: { type: "boolean", short: "h" },
            version: { type: "boolean", short: "v" },
        },
    });
}
main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
    // One clear line: IONOS's and the settings' errors say what to do; nothing else has a stack worth showing.
    console.error(`pulumi-ionos-s3key: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(recover_1.EXIT.failed);
});
//# sourceMappingURL=cli.js.map