"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const project_1 = require("../helpers/project");
// What `npm publish` would send: the built package, its docs, and nothing of the repository's tests.
describe("the release", function () {
    this.timeout(120_000);
    const pkg = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(project_1.PROJECT_DIR, "package.json"), "utf8"));
    it("packs the built provider and emulator, README, LICENSE and CHANGELOG, and nothing else", () => {
        const run = (0, node_child_process_1.spawnSync)("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
            cwd: project_1.PROJECT_DIR,
            encoding: "utf8",
        });
        (0, chai_1.expect)(run.status, run.stderr).to.equal(0);
        const [packed] = JSON.parse(run.stdout);
        const paths = packed.files.map((f) => f.path);
        (0, chai_1.expect)(packed.version).to.equal(pkg.version);
        (0, chai_1.expect)(paths).to.include.members([
            "README.md",
            "LICENSE",
            "CHANGELOG.md",
            "package.json",
            "dist/provider/index.js",
        ]);
        (0, chai_1.expect)(paths).to.include("dist/provider/recover/cli.js");
        const stray = paths.filter((p) => !/^(README\.md|LICENSE|CHANGELOG\.md|package\.json|dist\/(provider|emulator)\/.+\.(js|d\.ts))$/.test(p));
        (0, chai_1.expect)(stray, "files outside the package's own").to.deep.equal([]);
    });
    it("has a CHANGELOG entry for the version, in Keep a Changelog's form", () => {
        const changelog = (0, node_fs_1.readFileSync)((0, node_path_1.join)(project_1.PROJECT_DIR, "CHANGELOG.md"), "utf8");
        (0, chai_1.expect)(changelog).to.contain("## [Unreleased]");
        (0, chai_1.expect)(changelog).to.match(new RegExp(`^## \\[${pkg.version.replace(/\./g, "\\.")}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"));
    });
});
describe("the docs", function () {
    this.timeout(120_000);
    it("docs/performance.md is what bench/results/bench-full.md gives, never copied by hand", () => {
        const run = (0, node_child_process_1.spawnSync)(process.execPath, [(0, node_path_1.join)(project_1.PROJECT_DIR, "dist", "tools", "performance-doc.js"), "--check"], {
            encoding: "utf8",
        });
        (0, chai_1.expect)(run.status, run.stderr).to.equal(0);
    });
    it("the API reference builds from the TSDoc (npm run docs), into a directory of the test's own", () => {
        const out = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "typedoc-"));
        try {
            const run = (0, node_child_process_1.spawnSync)("npx", ["typedoc", "--out", out, "--logLevel", "Error"], {
                cwd: project_1.PROJECT_DIR,
                encoding: "utf8",
            });
            (0, chai_1.expect)(run.status, run.stdout + run.stderr).to.equal(0);
            (0, chai_1.expect)((0, node_fs_1.readFileSync)((0, node_path_1.join)(out, "classes", "provider.S3Key.html"), "utf8")).to.contain("secretKey");
        }
        finally {
            (0, node_fs_1.rmSync)(out, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=release.test.js.map