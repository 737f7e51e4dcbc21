"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const emulator_1 = require("../../emulator");
const project_1 = require("../helpers/project");
const pulumi_cli_1 = require("../helpers/pulumi-cli");
// Each example is a whole Pulumi project users can copy: its index.ts, unmodified, runs under the
// real CLI after the tarball is installed, with the emulator's settings for both APIs and a userId
// from stack config; `destroy` leaves nothing.
const EXAMPLES = ["basic", "rotation", "lookups", "access-keys"];
describe("the examples, as projects, under the real pulumi CLI", function () {
    this.timeout(600_000);
    let emulator;
    before(async () => (emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 20 })));
    after(() => emulator.close());
    for (const [index, name] of EXAMPLES.entries()) {
        it(`${name}: up makes its keys, destroy leaves none`, async () => {
            const dir = (0, node_path_1.join)(project_1.PROJECT_DIR, "examples", name);
            (0, chai_1.expect)((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, "Pulumi.yaml"), "utf8")).to.match(/^runtime: nodejs$/m);
            const manifest = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, "package.json"), "utf8"));
            (0, chai_1.expect)(Object.keys(manifest.dependencies)).to.include.members(["pulumi-ionos-s3key", "@pulumi/pulumi"]);
            const p = new pulumi_cli_1.CliProject("typescript", emulator, (0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, "index.ts"), "utf8"));
            p.env.IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT = emulator.objectStorageUrl;
            const userId = `e${index}a00000-1466-11e7-87d3-d7bb7dac0087`;
            await p.init({ userId });
            const before = emulator.accessKeys().length;
            const up = await p.ok(["up"]);
            (0, chai_1.expect)(up.output).to.not.match(/error:/i);
            if (name === "access-keys")
                (0, chai_1.expect)(emulator.accessKeys().length).to.equal(before + 1);
            else
                (0, chai_1.expect)(emulator.keys(userId).length).to.be.greaterThan(0);
            const outputs = JSON.parse((await p.ok(["stack", "output", "--json"])).stdout);
            (0, chai_1.expect)(Object.keys(outputs), "the stack's outputs").to.not.deep.equal([]);
            await p.ok(["destroy"]);
            (0, chai_1.expect)(emulator.keys(userId)).to.deep.equal([]);
            (0, chai_1.expect)(emulator.accessKeys().length).to.equal(before);
        });
    }
    it("test-suite: the user's own suite (node --test) runs its program against the emulator and passes", async () => {
        const modules = (0, pulumi_cli_1.installedModules)("typescript");
        const dir = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-s3key-user-suite-")), "project");
        (0, node_fs_1.cpSync)((0, node_path_1.join)(project_1.PROJECT_DIR, "examples", "test-suite"), dir, { recursive: true });
        (0, node_fs_1.symlinkSync)((0, node_path_1.join)(modules, "node_modules"), (0, node_path_1.join)(dir, "node_modules"));
        const env = {
            ...process.env,
            PATH: `${(0, pulumi_cli_1.pulumiCliDir)()}${node_path_1.delimiter}${process.env.PATH ?? ""}`,
            PULUMI_HOME: (0, node_path_1.join)(dir, ".pulumi-home"),
        };
        const { stdout } = await (0, node_util_1.promisify)(node_child_process_1.execFile)(process.execPath, ["--test"], { cwd: dir, env, encoding: "utf8" });
        (0, chai_1.expect)(stdout)
            .to.match(/# pass 1/)
            .and.match(/# fail 0/);
    });
});
//# sourceMappingURL=examples.cli.js.map