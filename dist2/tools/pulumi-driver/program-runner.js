"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startProgram = startProgram;
const node_child_process_1 = require("node:child_process");
const node_path_1 = require("node:path");
const node_readline_1 = require("node:readline");
const children_1 = require("./children");
const sdk_1 = require("./sdk");
/** Starts the program with the SDK's own runner (`@pulumi/pulumi/cmd/run`), as the Node.js language host does. */
function startProgram(options) {
    const args = [
        (0, node_path_1.join)(sdk_1.SDK_DIR, "cmd", "run"),
        `--monitor=${options.address}`,
        `--engine=${options.address}`,
        `--project=${options.project}`,
        `--stack=${options.stack}`,
        `--pwd=${options.projectDir}`,
    ];
    if (options.dryRun)
        args.push("--dry-run");
    args.push(options.main);
    const child = (0, children_1.track)((0, node_child_process_1.spawn)(process.execPath, args, {
        cwd: options.projectDir,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
            ...options.env,
            PULUMI_CONFIG: JSON.stringify(options.config),
            PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(options.secretConfigKeys),
            // The examples are compiled by `npm run build`; Pulumi.yaml says `typescript: false` likewise.
            PULUMI_NODEJS_TYPESCRIPT: "false",
        },
    }));
    (0, node_readline_1.createInterface)({ input: child.stdout }).on("line", options.log);
    (0, node_readline_1.createInterface)({ input: child.stderr }).on("line", options.log);
    return {
        exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
        kill: () => void child.kill("SIGTERM"),
    };
}
//# sourceMappingURL=program-runner.js.map