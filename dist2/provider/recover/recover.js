"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT = exports.importedOutputs = void 0;
exports.recover = recover;
exports.resolverOf = resolverOf;
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const errors_1 = require("../api/errors");
const config_1 = require("../common/config");
const connection_1 = require("../common/connection");
const apply_resolutions_1 = require("./apply-resolutions");
const pending_creates_1 = require("./pending-creates");
const pulumi_commands_1 = require("./pulumi-commands");
const resolve_1 = require("./resolve");
var apply_resolutions_2 = require("./apply-resolutions");
Object.defineProperty(exports, "importedOutputs", { enumerable: true, get: function () { return apply_resolutions_2.importedOutputs; } });
/**
 * recover's exit codes: 0 nothing is left pending; 1 a command or the settings failed (nothing was
 * written); 2 some pending creates are left as they are (each said why), the others resolved; 3 the
 * stack is locked by an update (running, or killed: `pulumi cancel`), or changed while recover worked
 * and kept changing: nothing was written; 64 a usage error.
 */
exports.EXIT = { done: 0, failed: 1, left: 2, busy: 3, usage: 64 };
/** Reads of the state before recover gives up on a stack that keeps changing under it. */
const ATTEMPTS = 3;
/**
 * `pulumi-ionos-s3key recover`: finds every pending create of an S3Key or AccessKey in the stack's
 * state (a `pulumi up` cut off, its runner perhaps gone), asks IONOS which key each made, and imports
 * it into the state, or clears it when IONOS proves none was made or an `up` already resolved it. A
 * safe edit of the state: never over a lock, never over a state that changed since it was read.
 * Sends no API request when nothing is pending. Resolves to an exit code (`EXIT`).
 */
async function recover(options = {}) {
    const env = options.env ?? process.env;
    const cwd = options.cwd ?? process.cwd();
    const out = options.out ?? ((line) => console.log(line));
    const pulumi = options.pulumi ?? (0, pulumi_commands_1.pulumiOnPath)(cwd, env);
    const stack = options.stack !== undefined ? ["--stack", options.stack] : [];
    const locked = lockMessage(pulumi, options.stack, cwd);
    if (locked !== undefined)
        return (void out(locked), exports.EXIT.busy);
    let resolver;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const exported = exportState(pulumi, stack);
        const state = (0, pending_creates_1.parseExport)(exported);
        const { creates, problems } = (0, pending_creates_1.pendingCreates)(state);
        for (const problem of problems)
            out(`recover: ${problem}`);
        if (creates.length === 0) {
            if (problems.length === 0)
                out("recover: no pending create of an S3Key or AccessKey in the stack: nothing to do.");
            return problems.length === 0 ? exports.EXIT.done : exports.EXIT.left;
        }
        resolver ??= resolverOf((0, config_1.readConfig)({ env, stackConfig: (0, pulumi_commands_1.stackConfig)(pulumi, stack) }), (line) => out(`  ${line}`));
        const resolved = [];
        for (const create of creates) {
            const resolution = await resolveOne(resolver, state, create);
            out(`recover: ${create.urn}: ${resolution.why}`);
            resolved.push({ create, resolution });
        }
        const edit = (0, apply_resolutions_1.applyResolutions)(state, resolved);
        for (const line of edit.lines)
            out(`recover: ${line}`);
        const left = edit.counts.left + problems.length;
        if (edit.changed) {
            // IONOS's answers took time: an update that ran meanwhile wrote a newer state, which must not be undone.
            if (!sameDeployment(state, exportState(pulumi, stack))) {
                out(`recover: the stack's state changed while recover worked (an update ran): reading it again (${attempt} of ${ATTEMPTS}).`);
                continue;
            }
            const imported = importState(pulumi, stack, edit.state);
            if (imported !== undefined) {
                out(`recover: pulumi stack import failed, nothing was written:\n${imported}`);
                return /locked|another update|conflict/i.test(imported) ? exports.EXIT.busy : exports.EXIT.failed;
            }
        }
        out(`recover: ${edit.counts.imported} key(s) taken into the state, ${edit.counts.cleared} pending create(s) cleared, ${left} left.`);
        if (left === 0)
            return exports.EXIT.done;
        out("recover: resolve the ones left (see above), then run `pulumi refresh --clear-pending-creates`.");
        return exports.EXIT.left;
    }
    out(`recover: the stack's state kept changing (${ATTEMPTS} reads): run recover when no update runs. Nothing was written.`);
    return exports.EXIT.busy;
}
/** How recover asks IONOS: both APIs with the settings `pulumi up` uses, and the request log's settle time. */
function resolverOf(config, log) {
    const connection = new connection_1.IonosConnection();
    return {
        cloudApi: connection.client(config, log),
        objectStorage: connection.client({ ...config, api: config.objectStorage }, log),
        settleMs: config.create.requestLogSettleMs,
    };
}
/** One pending create's outcome; a failure to ask IONOS leaves it, said why, and the others go on. */
async function resolveOne(resolver, state, create) {
    const holder = (0, pending_creates_1.resolvedBy)(state, create);
    if (holder !== undefined)
        return { action: "clear", why: `an update already resolved it: the state holds its key ${String(holder.id)}` };
    try {
        return await (0, resolve_1.resolve)(resolver, create);
    }
    catch (error) {
        return { action: "leave", why: `IONOS could not be asked (${error.message})` };
    }
}
/** What to say when an update holds the stack (a file backend's lock files), or undefined. */
function lockMessage(pulumi, stack, cwd) {
    const name = stack ?? (0, pulumi_commands_1.selectedStack)(pulumi);
    const locks = name === undefined ? [] : ((0, pulumi_commands_1.stackLocks)(pulumi, name, cwd) ?? []);
    if (locks.length === 0)
        return undefined;
    return (`recover: the stack is locked by ${locks.length} lock(s) (${locks.join(", ")}): an update is running, or one was killed. ` +
        "Wait for a running update to end; if none runs, run `pulumi cancel --yes`, then recover again. Nothing was written.");
}
function exportState(pulumi, stack) {
    const exported = pulumi(["stack", "export", ...stack]);
    if (exported.code !== 0)
        throw new errors_1.IonosError(`pulumi stack export failed (${exported.stderr.trim().slice(0, 500)}): run this in the program's directory, with the stack selected or --stack.`);
    return exported.stdout;
}
function sameDeployment(before, exportedAgain) {
    return JSON.stringify(before.deployment) === JSON.stringify((0, pending_creates_1.parseExport)(exportedAgain).deployment);
}
/** Writes the state with `pulumi stack import`; the command's output when it failed. */
function importState(pulumi, stack, state) {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "pulumi-ionos-s3key-recover-"));
    try {
        const file = (0, node_path_1.join)(dir, "state.json");
        (0, node_fs_1.writeFileSync)(file, JSON.stringify(state), { mode: 0o600 });
        const run = pulumi(["stack", "import", "--file", file, ...stack]);
        return run.code === 0 ? undefined : `${run.stdout}${run.stderr}`.trim();
    }
    finally {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=recover.js.map