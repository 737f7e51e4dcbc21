"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const plugin_host_1 = require("../../tools/pulumi-driver/plugin-host");
const emulator_1 = require("../helpers/emulator");
const driver_1 = require("../helpers/driver");
/** Whether a process is alive (a zombie counts as gone). */
function alive(pid) {
    try {
        return !(0, node_fs_1.readFileSync)(`/proc/${pid}/stat`, "utf8").split(") ")[1].startsWith("Z");
    }
    catch {
        return false;
    }
}
/** The child processes of `pid` whose command line contains `part`. */
function childrenOf(pid, part) {
    return (0, node_fs_1.readdirSync)("/proc")
        .filter((entry) => /^\d+$/.test(entry))
        .filter((entry) => {
        try {
            const ppid = Number((0, node_fs_1.readFileSync)(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
            return ppid === pid && (0, node_fs_1.readFileSync)(`/proc/${entry}/cmdline`, "utf8").includes(part);
        }
        catch {
            return false;
        }
    })
        .map(Number);
}
async function until(condition, ms) {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
        if (condition())
            return true;
    return condition();
}
describe("the driver's processes", function () {
    this.timeout(60_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 20 });
    it("stops a plugin host that already died without waiting for an exit event that has fired", async () => {
        const host = await plugin_host_1.PluginHost.start(driver_1.PROJECT_DIR, "127.0.0.1:0", () => undefined);
        process.kill(host.pid, "SIGKILL");
        (0, chai_1.expect)(await until(() => !alive(host.pid), 5000)).to.equal(true);
        await new Promise((r) => setTimeout(r, 100));
        const stopped = await Promise.race([
            host.stop().then(() => "stopped"),
            new Promise((r) => setTimeout(() => r("still waiting after 2 s"), 2000)),
        ]);
        (0, chai_1.expect)(stopped).to.equal("stopped");
    });
    it("stops its plugin host and program when it is killed mid-create", async () => {
        env.emulator.setRequestDelay(30_000);
        const driver = (0, node_child_process_1.spawn)(process.execPath, [
            (0, node_path_1.join)(driver_1.PROJECT_DIR, "dist", "tools", "pulumi-driver", "cli.js"),
            "up",
            "--cwd",
            driver_1.PROJECT_DIR,
            "--state",
            (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-s3key-kill-")), "dev.json"),
            "--config",
            `userId=${emulator_1.USER}`,
        ], {
            env: { ...process.env, IONOS_API_URL: env.emulator.url, IONOS_TOKEN: env.emulator.options.token },
            stdio: "ignore",
        });
        try {
            (0, chai_1.expect)(await until(() => env.emulator.log.some((l) => l.method === "POST"), 30_000), "a POST was sent").to.equal(true);
            const hosts = childrenOf(driver.pid, "dynamic-provider");
            (0, chai_1.expect)(hosts, "the plugin host runs").to.have.length(1);
            driver.kill("SIGTERM");
            (0, chai_1.expect)(await until(() => driver.exitCode !== null || driver.signalCode !== null, 5000)).to.equal(true);
            (0, chai_1.expect)(await until(() => !alive(hosts[0]), 5000), "the plugin host stopped with the driver").to.equal(true);
        }
        finally {
            env.emulator.setRequestDelay(20);
            driver.kill("SIGKILL");
        }
    });
});
describe("the driver's command line", () => {
    it("prints its usage for --help and exits 0", () => {
        const out = (0, node_child_process_1.execFileSync)(process.execPath, [(0, node_path_1.join)(driver_1.PROJECT_DIR, "dist", "tools", "pulumi-driver", "cli.js"), "--help"], {
            encoding: "utf8",
        });
        (0, chai_1.expect)(out).to.match(/^Usage: pulumi-driver <preview\|up\|refresh\|destroy> \[options\]/);
        (0, chai_1.expect)(out).to.contain("--state FILE");
    });
});
//# sourceMappingURL=driver-processes.test.js.map