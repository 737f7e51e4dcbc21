"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const driver_1 = require("../helpers/driver");
// scripts/pulumi-cli.sh fails with one clear message when it cannot build; its successful build is
// exercised by CI, which runs it before `npm run test:cli`.
describe("scripts/pulumi-cli.sh", () => {
    function run(path) {
        const result = (0, node_child_process_1.spawnSync)("bash", [(0, node_path_1.join)(driver_1.PROJECT_DIR, "scripts", "pulumi-cli.sh")], {
            encoding: "utf8",
            env: { PATH: path, HOME: (0, node_os_1.tmpdir)(), PULUMI_CLI_CACHE: (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "pulumi-cli-empty-")) },
        });
        return { status: result.status, stderr: result.stderr, stdout: result.stdout };
    }
    it("says that Go is missing and which version to install, printing no directory", () => {
        const result = run("/usr/bin:/bin");
        (0, chai_1.expect)(result.status).to.equal(1);
        (0, chai_1.expect)(result.stderr.trim()).to.equal("pulumi-cli.sh: Go is not installed (no 'go' on PATH). Install Go 1.26.6 or newer (https://go.dev/dl) and run this again.");
        (0, chai_1.expect)(result.stdout).to.equal("");
    });
    it("says that Go is too old, naming both versions", () => {
        const bin = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "old-go-"));
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(bin, "go"), '#!/bin/sh\n[ "$1 $2" = "env GOVERSION" ] && echo go1.22.3\n');
        (0, node_fs_1.chmodSync)((0, node_path_1.join)(bin, "go"), 0o755);
        const result = run(`${bin}:/usr/bin:/bin`);
        (0, chai_1.expect)(result.status).to.equal(1);
        (0, chai_1.expect)(result.stderr).to.contain("Go 1.22.3 is too old: pulumi v3.274.1 needs Go 1.26.6 or newer");
        (0, chai_1.expect)(result.stdout).to.equal("");
    });
});
//# sourceMappingURL=pulumi-cli-script.test.js.map