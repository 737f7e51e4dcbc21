"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pulumiOnPath = pulumiOnPath;
exports.stackConfig = stackConfig;
exports.stackLocks = stackLocks;
exports.selectedStack = selectedStack;
// The pulumi commands recover runs, and what it reads from them.
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_url_1 = require("node:url");
const errors_1 = require("../api/errors");
/** No cap on what a command prints: a stack of a few hundred keys exports well over 1 MiB. */
const NO_OUTPUT_CAP = 2 ** 31 - 1;
/** `pulumi` from PATH, never prompting: its stdin is not a terminal, and every command says --yes. */
function pulumiOnPath(cwd, env) {
    return (args) => {
        const run = (0, node_child_process_1.spawnSync)("pulumi", args, {
            cwd,
            env,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
            maxBuffer: NO_OUTPUT_CAP,
        });
        if (run.error) {
            const missing = run.error.code === "ENOENT";
            throw new errors_1.IonosError(missing
                ? "cannot run pulumi: it is not on PATH. Install the Pulumi CLI or put it on PATH."
                : `cannot run pulumi ${args.slice(0, 2).join(" ")} (${run.error.message}).`);
        }
        return { code: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
    };
}
/** The stack's config, secrets decrypted in this process only (credentials may be set there). */
function stackConfig(pulumi, stack) {
    const run = pulumi(["config", "--json", "--show-secrets", ...stack]);
    let values = {};
    try {
        values = run.code === 0 ? JSON.parse(run.stdout || "{}") : {};
    }
    catch {
        // Not the error's text: JSON.parse quotes the input, and this output holds decrypted secrets.
        throw new errors_1.IonosError("pulumi config --json printed something that is not JSON: check the Pulumi CLI's version.");
    }
    return { get: (key) => (values[key]?.value === undefined ? undefined : String(values[key].value)) };
}
/**
 * The lock files that hold the stack, for a file backend (`file://`), where `pulumi up` keeps one
 * under `.pulumi/locks/` while it runs and leaves it when it is killed; undefined for other backends
 * (their `pulumi stack import` refuses a stack an update holds). `stack` is its name.
 */
function stackLocks(pulumi, stack, cwd) {
    const whoami = pulumi(["whoami", "--json"]);
    let url;
    try {
        url = JSON.parse(whoami.stdout).url;
    }
    catch {
        return undefined;
    }
    if (whoami.code !== 0 || typeof url !== "string" || !url.startsWith("file://"))
        return undefined;
    const locks = (0, node_path_1.join)((0, node_url_1.fileURLToPath)(url.replace(/\?.*$/, "")), ".pulumi", "locks");
    const project = projectName(cwd);
    const dirs = [(0, node_path_1.join)(locks, stack), ...(project ? [(0, node_path_1.join)(locks, "organization", project, stack)] : [])];
    return dirs.flatMap((dir) => {
        try {
            return (0, node_fs_1.readdirSync)(dir)
                .filter((name) => name.endsWith(".json"))
                .map((name) => (0, node_path_1.join)(dir, name));
        }
        catch {
            return [];
        }
    });
}
/** The `name:` of the Pulumi.yaml in `cwd`, if it has one. */
function projectName(cwd) {
    for (const file of ["Pulumi.yaml", "Pulumi.yml"]) {
        try {
            return /^name:\s*["']?([^"'\s#]+)/m.exec((0, node_fs_1.readFileSync)((0, node_path_1.join)(cwd, file), "utf8"))?.[1];
        }
        catch {
            // Not this one.
        }
    }
    return undefined;
}
/** The selected stack's name (`pulumi stack --show-name`), or undefined. */
function selectedStack(pulumi) {
    const run = pulumi(["stack", "--show-name"]);
    const name = run.stdout.trim();
    return run.code === 0 && name !== "" ? name : undefined;
}
//# sourceMappingURL=pulumi-commands.js.map