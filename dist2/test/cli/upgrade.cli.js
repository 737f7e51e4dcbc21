"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const emulator_1 = require("../../emulator");
const emulator_2 = require("../helpers/emulator");
const pulumi_cli_1 = require("../helpers/pulumi-cli");
// Users notice nothing when they upgrade: a stack deployed with the last release (its serialized
// providers name that release's files) keeps working after the program installs this checkout.
const LAST_RELEASE = "a05a8b1";
const USER = "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
const PROGRAM = `"use strict";
const pulumi = require("@pulumi/pulumi");
const { S3Key, AccessKey } = require("pulumi-ionos-s3key");
const key = new S3Key("key", { userId: new pulumi.Config().require("userId") });
const accessKey = new AccessKey("access-key", { description: "upgrade" });
exports.accessKeyId = key.id;
exports.secretKey = key.secretKey;
exports.accessKeySecret = accessKey.secretKey;
`;
/** The last release's tarball, packed from its commit as `npm pack` made it then. */
function packLastRelease() {
    const work = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-s3key-release-"));
    const source = (0, node_path_1.join)(work, "source");
    (0, node_fs_1.mkdirSync)(source);
    (0, node_child_process_1.execFileSync)("sh", ["-c", `git -C "${pulumi_cli_1.PROJECT_DIR}" archive ${LAST_RELEASE} | tar -x -C "${source}"`]);
    (0, node_child_process_1.execFileSync)("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: source, stdio: "ignore" });
    const name = (0, node_child_process_1.execFileSync)("npm", ["pack", "--silent", "--pack-destination", work], {
        cwd: source,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
    })
        .trim()
        .split("\n")
        .pop();
    (0, node_fs_1.rmSync)(source, { recursive: true, force: true });
    return (0, node_path_1.join)(work, name);
}
describe(`an upgrade from the last release (${LAST_RELEASE}) to this checkout, under the real pulumi CLI`, function () {
    this.timeout(600_000);
    let emulator;
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 20 });
    });
    after(() => emulator.close());
    it("plans no create, replace or delete, sends no write on the first up, and destroy deletes every key", async () => {
        const old = (0, pulumi_cli_1.installedModules)("javascript", { tarball: packLastRelease() });
        const p = new pulumi_cli_1.CliProject("javascript", emulator, PROGRAM, { modules: old });
        p.env = { ...p.env, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: emulator.objectStorageUrl };
        await p.init({ userId: USER });
        await p.ok(["up"]);
        (0, chai_1.expect)(emulator.keys(USER)).to.have.length(1);
        (0, chai_1.expect)(emulator.accessKeys().filter((k) => k.goneAt === undefined)).to.have.length(1);
        // The program now installs this checkout's tarball.
        (0, node_fs_1.rmSync)((0, node_path_1.join)(p.dir, "node_modules"));
        (0, node_fs_1.symlinkSync)((0, node_path_1.join)((0, pulumi_cli_1.installedModules)("javascript"), "node_modules"), (0, node_path_1.join)(p.dir, "node_modules"));
        const from = emulator.log.length;
        const preview = await p.ok(["preview"]);
        (0, chai_1.expect)(preview.stdout).to.not.match(/to create|to replace|to delete/);
        const up = await p.ok(["up"]);
        (0, chai_1.expect)(up.stdout).to.not.match(/created|replaced|deleted/);
        (0, chai_1.expect)((0, emulator_2.writesSince)(emulator, from), "no write to IONOS").to.deep.equal([]);
        const shown = await p.ok(["stack", "output", "secretKey", "--show-secrets"]);
        (0, chai_1.expect)(shown.stdout.trim() === emulator.keys(USER)[0].secretKey, "the state still holds the key's secret").to.equal(true);
        await p.ok(["destroy"]);
        (0, chai_1.expect)(emulator.keys(USER)).to.deep.equal([]);
        (0, chai_1.expect)(emulator.accessKeys().filter((k) => k.goneAt === undefined)).to.deep.equal([]);
        (0, chai_1.expect)(await p.stateKeys()).to.deep.equal([]);
    });
});
//# sourceMappingURL=upgrade.cli.js.map