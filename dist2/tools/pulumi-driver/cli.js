#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.main = main;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const engine_1 = require("./engine");
const children_1 = require("./children");
const project_1 = require("./project");
const sdk_1 = require("./sdk");
const state_1 = require("./state");
const USAGE = `Usage: pulumi-driver <preview|up|refresh|destroy> [options]
       pulumi-driver stack output [NAME] [--show-secrets] [options]
  --cwd DIR          the Pulumi project directory (default: the current one)
  --stack NAME       the stack (default dev)
  --state FILE       the state file (default <cwd>/.pulumi-driver/<stack>.json)
  --main PATH        the program, instead of Pulumi.yaml's main
  --config KEY=VALUE stack config; a key without ':' gets the project name (repeat)
  --secret KEY=VALUE secret stack config (repeat)
  --show-secrets     stack output: print secret outputs in plain text (default: [secret])
  --json             stack output: print JSON
  --help, -h         this text`;
const TITLE = {
    preview: "Previewing update",
    up: "Updating",
    refresh: "Refreshing",
    destroy: "Destroying",
};
/** Runs one operation and prints its summary in Pulumi's manner; resolves to the result. */
async function main(argv, out = console.log, err = console.error) {
    const { values, positionals } = (0, node_util_1.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            cwd: { type: "string" },
            stack: { type: "string" },
            state: { type: "string" },
            main: { type: "string" },
            config: { type: "string", multiple: true },
            secret: { type: "string", multiple: true },
            "show-secrets": { type: "boolean" },
            json: { type: "boolean" },
            help: { type: "boolean", short: "h" },
        },
    });
    if (values.help) {
        out(USAGE);
        return { ok: true, steps: [], outputs: {}, errors: [] };
    }
    const operation = positionals[0];
    const projectDir = (0, node_path_1.resolve)(values.cwd ?? ".");
    const stack = values.stack ?? "dev";
    const stateFile = (0, node_path_1.resolve)(values.state ?? (0, node_path_1.join)(projectDir, ".pulumi-driver", `${stack}.json`));
    if (positionals[0] === "stack" && positionals[1] === "output")
        return stackOutput(stateFile, positionals[2], { showSecrets: values["show-secrets"] === true, json: values.json === true }, out);
    if (!["preview", "up", "refresh", "destroy"].includes(operation))
        throw new Error(`unknown operation "${positionals.join(" ")}"\n${USAGE}`);
    const project = (0, project_1.readProject)(projectDir);
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(stateFile), { recursive: true });
    const { config, secretConfigKeys } = parseConfig(project.name, values.config ?? [], values.secret ?? []);
    out(`${TITLE[operation]} (${stack}):`);
    const started = Date.now();
    const result = await (0, engine_1.runOperation)(operation, {
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
    printSummary(operation, result, out);
    out(`Duration: ${((Date.now() - started) / 1000).toFixed(1)}s`);
    if (!result.ok)
        for (const e of result.errors)
            err(`error: ${e}`);
    return result;
}
/** `--config` and `--secret` items (KEY=VALUE; a key without ':' gets the project's name). */
function parseConfig(projectName, plain, secrets) {
    const config = {};
    const secretConfigKeys = [];
    for (const [list, secret] of [
        [plain, false],
        [secrets, true],
    ]) {
        for (const item of list) {
            const eq = item.indexOf("=");
            if (eq <= 0)
                throw new Error(`--config "${item}" is not KEY=VALUE`);
            const key = item.slice(0, eq).includes(":") ? item.slice(0, eq) : `${projectName}:${item.slice(0, eq)}`;
            config[key] = item.slice(eq + 1);
            if (secret)
                secretConfigKeys.push(key);
        }
    }
    return { config, secretConfigKeys };
}
const PREVIEW_VERBS = {
    create: "+ %d to create",
    update: "~ %d to update",
    replace: "+- %d to replace",
    delete: "- %d to delete",
    same: "%d unchanged",
    read: "> %d to read",
};
const DONE_VERBS = {
    create: "+ %d created",
    update: "~ %d updated",
    replace: "+- %d replaced",
    delete: "- %d deleted",
    same: "%d unchanged",
    read: "> %d read",
    refresh: "~ %d refreshed",
};
/** The outputs and the resource counts, in Pulumi's manner. */
function printSummary(operation, result, out) {
    const outputs = Object.entries(result.outputs);
    if (outputs.length > 0 && operation !== "destroy") {
        out("Outputs:");
        const width = Math.max(...outputs.map(([k]) => k.length));
        for (const [key, value] of outputs)
            out(`    ${key.padEnd(width)}: ${(0, sdk_1.isSecret)(value) ? "[secret]" : value === sdk_1.UNKNOWN ? "[unknown]" : JSON.stringify(value)}`);
    }
    const counts = new Map();
    for (const step of result.steps)
        if (!step.error && step.op !== "delete-replaced")
            counts.set(step.op, (counts.get(step.op) ?? 0) + 1);
    out("Resources:");
    const verbs = operation === "preview" ? PREVIEW_VERBS : DONE_VERBS;
    for (const [op, n] of counts)
        out(`    ${verbs[op].replace("%d", String(n))}`);
    if (counts.size === 0)
        out("    no changes");
}
/**
 * `stack output`: the stack's outputs from the state, as `pulumi stack output` prints them; secrets as
 * `[secret]` unless `--show-secrets` (which decrypts them with the state's key).
 */
function stackOutput(stateFile, name, options, out) {
    if (!(0, node_fs_1.existsSync)(stateFile))
        throw new Error(`no state at ${stateFile}: run \`up\` first, or pass --cwd, --stack or --state`);
    const outputs = new state_1.StateFile(stateFile).load().outputs;
    const shown = (value) => (0, sdk_1.isSecret)(value) ? (options.showSecrets ? value.value : "[secret]") : value;
    const text = (value) => (typeof value === "string" ? value : JSON.stringify(value));
    if (name !== undefined) {
        if (!(name in outputs))
            throw new Error(`the stack has no output "${name}"; it has: ${Object.keys(outputs).join(", ") || "none"}`);
        out(options.json ? JSON.stringify(shown(outputs[name]), null, 2) : text(shown(outputs[name])));
    }
    else if (options.json) {
        out(JSON.stringify(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, shown(v)])), null, 2));
    }
    else {
        out("Current stack outputs:");
        const width = Math.max(6, ...Object.keys(outputs).map((k) => k.length));
        out(`    ${"OUTPUT".padEnd(width)}  VALUE`);
        for (const [key, value] of Object.entries(outputs))
            out(`    ${key.padEnd(width)}  ${text(shown(value))}`);
    }
    return { ok: true, steps: [], outputs, errors: [] };
}
if (require.main === module) {
    (0, children_1.stopChildrenOnSignals)();
    main(process.argv.slice(2)).then((result) => process.exit(result.ok ? 0 : 1), (error) => {
        console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(2);
    });
}
//# sourceMappingURL=cli.js.map