"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CliProject = exports.STRICT_TSCONFIG = exports.PROJECT_DIR = void 0;
exports.pulumiCliDir = pulumiCliDir;
exports.packedTarball = packedTarball;
exports.installedModules = installedModules;
exports.nodeFromRegistry = nodeFromRegistry;
exports.oldestSdk = oldestSdk;
exports.newestSdkFor = newestSdkFor;
exports.killTree = killTree;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const installed_package_1 = require("../../tools/installed-package");
exports.PROJECT_DIR = (0, node_path_1.resolve)(__dirname, "..", "..", "..");
/** Where the real `pulumi`, its Node.js language host and the dynamic-provider launcher are (scripts/pulumi-cli.sh). */
function pulumiCliDir() {
    const dir = process.env.PULUMI_CLI_DIR;
    if (dir === undefined || !(0, node_fs_1.existsSync)((0, node_path_1.join)(dir, "pulumi"))) {
        throw new Error("PULUMI_CLI_DIR does not name a directory with the pulumi CLI: run `npm run test:cli`, which builds it with scripts/pulumi-cli.sh");
    }
    return dir;
}
/** The tarball of this package, packed once per process (`npm pack`), as users get it. */
let packed;
function packedTarball() {
    packed ??= (0, installed_package_1.packTarball)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-s3key-pack-")));
    return packed;
}
const installed = new Map();
/**
 * A directory whose node_modules holds what a user's program of this kind installs: the packed
 * tarball and @pulumi/pulumi from the registry (and for TypeScript, typescript 5 and @types/node,
 * as `pulumi new typescript` has them). A JavaScript program gets no `typescript` at all. Installed
 * once per kind and options, then shared by the projects of a run through a symlink.
 */
function installedModules(kind, options = {}) {
    const sdk = options.sdk ?? process.env.PULUMI_SDK_VERSION ?? checkoutSdkVersion();
    const tarball = options.tarball ?? packedTarball();
    const cacheKey = `${kind}:${sdk}:${options.nodeBin ?? ""}:${tarball}`;
    const existing = installed.get(cacheKey);
    if (existing !== undefined)
        return existing;
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), `ionos-s3key-${kind}-modules-`));
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, "package.json"), JSON.stringify({ name: `${kind}-program`, version: "1.0.0", private: true }));
    const packages = [tarball, `@pulumi/pulumi@${sdk}`];
    if (kind === "typescript")
        packages.push("typescript@^5", "@types/node@^20");
    (0, node_child_process_1.execFileSync)("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...packages], {
        cwd: dir,
        env: withNode(process.env, options.nodeBin),
        stdio: ["ignore", "ignore", "inherit"],
    });
    installed.set(cacheKey, dir);
    return dir;
}
function checkoutSdkVersion() {
    return JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(exports.PROJECT_DIR, "node_modules", "@pulumi", "pulumi", "package.json"), "utf8")).version;
}
function withNode(env, nodeBin) {
    return nodeBin === undefined ? env : { ...env, PATH: `${nodeBin}${node_path_1.delimiter}${env.PATH ?? ""}` };
}
/** The strict tsconfig of `pulumi new typescript`, with library checks on (as a careful user has it). */
exports.STRICT_TSCONFIG = {
    compilerOptions: {
        strict: true,
        outDir: "bin",
        target: "es2020",
        module: "commonjs",
        moduleResolution: "node",
        sourceMap: true,
        experimentalDecorators: true,
        pretty: true,
        noFallthroughCasesInSwitch: true,
        noImplicitReturns: true,
        forceConsistentCasingInFileNames: true,
        skipLibCheck: false,
    },
    files: ["index.ts"],
};
/**
 * A fresh Pulumi project in a temporary directory, run with the real `pulumi` CLI against the
 * emulator: a file backend, a passphrase secrets provider, no update checks or plugin downloads.
 */
class CliProject {
    kind;
    emulator;
    dir;
    home;
    backend;
    passphrase = "cli-test-passphrase";
    /** Everything every command printed, to check that no secret was ever shown. */
    transcript = [];
    /** Environment for the IONOS settings; `undefined` removes a variable. */
    env;
    constructor(kind, emulator, program, options = {}) {
        this.kind = kind;
        this.emulator = emulator;
        this.afterRun = options.afterRun ?? (() => undefined);
        const root = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), `ionos-s3key-cli-${kind}-`));
        this.dir = (0, node_path_1.join)(root, "project");
        this.home = (0, node_path_1.join)(root, "pulumi-home");
        this.backend = (0, node_path_1.join)(root, "backend");
        for (const d of [this.dir, this.home, this.backend])
            (0, node_fs_1.mkdirSync)(d, { recursive: true });
        this.nodeBin = options.nodeBin;
        const modules = options.modules ?? installedModules(kind, options);
        (0, node_fs_1.symlinkSync)((0, node_path_1.join)(modules, "node_modules"), (0, node_path_1.join)(this.dir, "node_modules"));
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(this.dir, "package.json"), (0, node_fs_1.readFileSync)((0, node_path_1.join)(modules, "package.json")));
        const main = kind === "typescript" ? "index.ts" : "index.js";
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(this.dir, "Pulumi.yaml"), `name: cli-${kind}\nruntime: nodejs\nmain: ${main}\n`);
        if (kind === "typescript")
            (0, node_fs_1.writeFileSync)((0, node_path_1.join)(this.dir, "tsconfig.json"), JSON.stringify(exports.STRICT_TSCONFIG, null, 2));
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(this.dir, main), program);
        this.env = { IONOS_API_URL: emulator.url, IONOS_TOKEN: emulator.options.token };
    }
    nodeBin;
    afterRun;
    /** Replaces the program (index.ts or index.js). */
    writeProgram(program) {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(this.dir, this.kind === "typescript" ? "index.ts" : "index.js"), program);
    }
    /** Runs `pulumi ARGS` in the project; `--non-interactive` is added, `--yes` where the command takes it. */
    pulumi(args, extraEnv = {}) {
        return this.start(args, extraEnv).done;
    }
    /** Starts `pulumi ARGS` as `pulumi()` does, and hands out the process, e.g. to kill it mid-run. */
    start(args, extraEnv = {}) {
        const withYes = ["up", "destroy", "refresh", "preview"].includes(args[0]) && args[0] !== "preview";
        const fullArgs = [...args, "--non-interactive", ...(withYes ? ["--yes"] : [])];
        return this.spawnLogged((0, node_path_1.join)(pulumiCliDir(), "pulumi"), fullArgs, extraEnv);
    }
    /** Runs a program's own command (e.g. the installed `pulumi-ionos-s3key recover`) with the environment `pulumi()` has. */
    exec(command, args) {
        return this.spawnLogged(command, args, {}).done;
    }
    spawnLogged(command, fullArgs, extraEnv) {
        const env = { ...withNode(process.env, this.nodeBin) };
        for (const name of Object.keys(env))
            if (name.startsWith("IONOS_") || name.startsWith("PULUMI_"))
                delete env[name];
        env.PATH = `${pulumiCliDir()}${node_path_1.delimiter}${env.PATH ?? ""}`;
        Object.assign(env, {
            PULUMI_HOME: this.home,
            PULUMI_BACKEND_URL: `file://${this.backend}`,
            PULUMI_CONFIG_PASSPHRASE: this.passphrase,
            PULUMI_SKIP_UPDATE_CHECK: "true",
            PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
            PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
            NO_COLOR: "1",
        });
        for (const [name, value] of Object.entries({ ...this.env, ...extraEnv })) {
            if (value === undefined)
                delete env[name];
            else
                env[name] = value;
        }
        const child = (0, node_child_process_1.spawn)(command, fullArgs, {
            cwd: this.dir,
            env,
            stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.stderr.on("data", (d) => (stderr += d));
        const done = new Promise((resolvePromise, reject) => {
            child.on("error", reject);
            child.on("close", (code) => {
                const output = `$ ${command.endsWith("/pulumi") ? "pulumi" : command} ${fullArgs.join(" ")}\n${stdout}${stderr}`;
                this.transcript.push(output);
                this.afterRun();
                resolvePromise({ code: code ?? -1, stdout, stderr, output });
            });
        });
        return { child, done };
    }
    /** Runs `pulumi ARGS`, failing the test with the command's output when it does not exit 0. */
    async ok(args, extraEnv = {}) {
        const run = await this.pulumi(args, extraEnv);
        if (run.code !== 0)
            throw new Error(`pulumi ${args.join(" ")} exited ${run.code}:\n${run.output}`);
        return run;
    }
    /** `pulumi stack init` and the stack's config (`userId` and the rest as plain values). */
    async init(config = {}, stack = "dev") {
        await this.ok(["stack", "init", stack]);
        for (const [key, value] of Object.entries(config))
            await this.ok(["config", "set", key, value]);
    }
    /** The stack's state as `pulumi stack export` prints it (secrets as ciphertext). */
    async exportState() {
        return (await this.ok(["stack", "export"])).stdout;
    }
    /** The S3Key (or AccessKey) resources in the exported state. */
    async stateKeys(type = "S3Key") {
        const deployment = JSON.parse(await this.exportState());
        return (deployment.deployment.resources ?? []).filter((r) => r.type === `pulumi-nodejs:dynamic/ionos:${type}`);
    }
}
exports.CliProject = CliProject;
/** The directory of a `node` binary installed from the npm registry (`node@22`, `node@24`), installed once. */
function nodeFromRegistry(major) {
    const dir = (0, node_path_1.join)((0, node_os_1.tmpdir)(), `ionos-s3key-node${major}`);
    const bin = (0, node_path_1.join)(dir, "node_modules", ".bin");
    if (!(0, node_fs_1.existsSync)((0, node_path_1.join)(bin, "node"))) {
        (0, node_child_process_1.execFileSync)("npm", ["install", "--prefix", dir, "--no-save", "--no-audit", "--no-fund", `node@${major}`], {
            stdio: ["ignore", "ignore", "inherit"],
        });
    }
    return (0, node_path_1.dirname)((0, node_path_1.join)(bin, "node"));
}
/** The oldest @pulumi/pulumi in this package's peer range. */
function oldestSdk() {
    const pkg = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(exports.PROJECT_DIR, "package.json"), "utf8"));
    return pkg.peerDependencies["@pulumi/pulumi"].replace(/^[^0-9]*/, "");
}
/** The newest @pulumi/pulumi whose `engines.node` accepts this Node.js major version (newer releases want Node 22). */
function newestSdkFor(nodeMajor) {
    const npmView = (args) => JSON.parse((0, node_child_process_1.execFileSync)("npm", ["view", ...args, "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    const versions = npmView(["@pulumi/pulumi", "versions"]).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
    for (const version of versions.reverse()) {
        const engines = npmView([`@pulumi/pulumi@${version}`, "engines"]);
        const minimum = Number(/>=\s*(\d+)/.exec(typeof engines === "object" ? (engines.node ?? "") : "")?.[1] ?? 0);
        if (minimum <= nodeMajor)
            return version;
    }
    throw new Error(`no @pulumi/pulumi release accepts Node ${nodeMajor}`);
}
/** Kills a process and every process under it at once (SIGKILL), as a crash or the OOM killer would. */
function killTree(pid) {
    const parents = new Map();
    for (const line of (0, node_child_process_1.execFileSync)("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" }).trim().split("\n")) {
        const [child, parent] = line.trim().split(/\s+/).map(Number);
        parents.set(parent, [...(parents.get(parent) ?? []), child]);
    }
    const tree = [pid];
    for (let i = 0; i < tree.length; i++)
        tree.push(...(parents.get(tree[i]) ?? []));
    for (const p of tree) {
        try {
            process.kill(p, "SIGKILL");
        }
        catch {
            // Gone already.
        }
    }
    return tree;
}
//# sourceMappingURL=pulumi-cli.js.map