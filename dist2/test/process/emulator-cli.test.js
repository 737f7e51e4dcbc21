"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_http_1 = require("node:http");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const emulator_1 = require("../helpers/emulator");
describe("the ionos-emulator command", () => {
    it("prints its URL first, serves requests, and exits cleanly on SIGTERM", async () => {
        const child = (0, node_child_process_1.spawn)(process.execPath, [(0, node_path_1.join)(__dirname, "..", "..", "emulator", "cli.js"), "--port", "0", "--token", "cli-token"], { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        const said = () => out;
        const firstLine = await new Promise((resolve) => {
            child.stdout.on("data", (d) => {
                out += d;
                if (out.includes("\n"))
                    resolve(out.split("\n")[0]);
            });
        });
        (0, chai_1.expect)(firstLine).to.match(/^IONOS emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
        // Both APIs in one block, so a program tested locally sends neither kind of key to IONOS.
        await new Promise((r) => setTimeout(r, 100));
        const banner = said();
        const url0 = firstLine.replace("IONOS emulator listening on ", "");
        (0, chai_1.expect)(banner).to.contain(`  IONOS_API_URL=${url0}\n`);
        (0, chai_1.expect)(banner).to.contain(`  IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT=${url0}\n`);
        (0, chai_1.expect)(banner).to.contain("  IONOS_TOKEN=cli-token\n");
        const url = firstLine.replace("IONOS emulator listening on ", "");
        const status = await new Promise((resolve) => (0, node_http_1.request)(`${url}/cloudapi/v6/um/users/${emulator_1.USER}/s3keys`, { headers: { Authorization: "Bearer cli-token" } }, (res) => resolve(res.statusCode ?? 0)).end());
        (0, chai_1.expect)(status).to.equal(200);
        child.kill("SIGTERM");
        const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c)));
        (0, chai_1.expect)(code).to.equal(0);
    });
    it("rejects a bad flag value with a message and the usage", async () => {
        const child = (0, node_child_process_1.spawn)(process.execPath, [(0, node_path_1.join)(__dirname, "..", "..", "emulator", "cli.js"), "--error-rate", "lots"], {
            stdio: ["ignore", "pipe", "pipe"],
        });
        let err = "";
        child.stderr.on("data", (d) => (err += d));
        const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c)));
        (0, chai_1.expect)(code).to.equal(2);
        (0, chai_1.expect)(err).to.contain('--error-rate "lots" is not a non-negative number').and.contain("Usage: ionos-emulator");
    });
    it("--print-env prints both APIs' settings as exports a shell can eval, and exits", () => {
        const cli = (0, node_path_1.join)(__dirname, "..", "..", "emulator", "cli.js");
        const run = (0, node_child_process_1.spawnSync)("bash", [
            "-c",
            `eval "$("${process.execPath}" "${cli}" --port 4567 --token "it's-mine" --print-env)" && env | grep ^IONOS_ | sort`,
        ], { encoding: "utf8", env: { PATH: process.env.PATH } });
        (0, chai_1.expect)(run.status, run.stderr).to.equal(0);
        (0, chai_1.expect)(run.stdout.trim().split("\n")).to.deep.equal([
            "IONOS_API_URL=http://127.0.0.1:4567",
            "IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT=http://127.0.0.1:4567",
            "IONOS_TOKEN=it's-mine",
        ]);
        const portless = (0, node_child_process_1.spawnSync)(process.execPath, [cli, "--print-env"], { encoding: "utf8" });
        (0, chai_1.expect)(portless.status).to.equal(2);
        (0, chai_1.expect)(portless.stderr).to.contain("--print-env needs the port");
    });
    it("names a state file that is not JSON, and starts nothing, with no stack trace", () => {
        const file = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-emu-state-")), "state.json");
        (0, node_fs_1.writeFileSync)(file, "{broken");
        const run = (0, node_child_process_1.spawnSync)(process.execPath, [(0, node_path_1.join)(__dirname, "..", "..", "emulator", "cli.js"), "--state-file", file], {
            encoding: "utf8",
        });
        (0, chai_1.expect)(run.status).to.equal(2);
        (0, chai_1.expect)(run.stderr).to.contain(`the state file ${file} is not JSON: fix it, or move it away`);
        (0, chai_1.expect)(run.stderr).to.not.match(/\n\s+at /);
    });
});
//# sourceMappingURL=emulator-cli.test.js.map