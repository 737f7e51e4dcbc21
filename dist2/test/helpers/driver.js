"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExampleStack = exports.PROJECT_DIR = void 0;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
exports.PROJECT_DIR = (0, node_path_1.resolve)(__dirname, "..", "..", "..");
const CLI = (0, node_path_1.join)(exports.PROJECT_DIR, "dist", "tools", "pulumi-driver", "cli.js");
/** One stack of the basic example, run through the driver CLI as a user runs `pulumi`. */
class ExampleStack {
    emulator;
    userId;
    main;
    cwd;
    stateFile = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-s3key-e2e-")), "dev.json");
    transcript = [];
    constructor(emulator, userId, 
    /** The program, when not Pulumi.yaml's main (the basic example). */
    main, 
    /** The Pulumi project directory. */
    cwd = exports.PROJECT_DIR) {
        this.emulator = emulator;
        this.userId = userId;
        this.main = main;
        this.cwd = cwd;
    }
    /** Runs one operation; `secrets` are secret stack config, `env` replaces the IONOS variables. */
    run(operation, config = {}, options = {}) {
        const args = [CLI, operation, "--cwd", this.cwd, "--state", this.stateFile, "--config", `userId=${this.userId}`];
        if (this.main !== undefined)
            args.push("--main", this.main);
        for (const [key, value] of Object.entries(config))
            args.push("--config", `${key}=${value}`);
        for (const [key, value] of Object.entries(options.secrets ?? {}))
            args.push("--secret", `${key}=${value}`);
        const child = (0, node_child_process_1.spawn)(process.execPath, args, {
            env: options.env ?? {
                ...process.env,
                IONOS_API_URL: this.emulator.url,
                IONOS_TOKEN: this.emulator.options.token,
            },
            stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.stderr.on("data", (d) => (stderr += d));
        return new Promise((resolvePromise) => child.on("exit", (code) => {
            this.transcript.push(stdout, stderr);
            resolvePromise({ code: code ?? -1, stdout, stderr });
        }));
    }
    /** The state file as stored on disk (secrets encrypted). */
    stateText() {
        return (0, node_fs_1.readFileSync)(this.stateFile, "utf8");
    }
    /** The key ids the state holds. */
    stateKeyIds() {
        return JSON.parse(this.stateText()).resources.map((r) => r.id).sort();
    }
    /** The key ids the emulator holds for this stack's user. */
    cloudKeyIds() {
        return this.emulator
            .keys(this.userId)
            .map((k) => k.id)
            .sort();
    }
}
exports.ExampleStack = ExampleStack;
//# sourceMappingURL=driver.js.map