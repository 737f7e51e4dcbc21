"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_path_1 = require("node:path");
const emulator_1 = require("../../emulator");
const emulator_2 = require("../helpers/emulator");
const pulumi_cli_1 = require("../helpers/pulumi-cli");
const ENTRIES = process.env.PROGRAM_MATRIX === "0"
    ? [{ node: 20, sdk: "newest" }]
    : [
        { node: 20, sdk: "newest" },
        { node: 20, sdk: "oldest" },
        { node: 22, sdk: "newest" },
        { node: 24, sdk: "newest" },
    ];
const PROGRAMS = {
    javascript: `"use strict";
const pulumi = require("@pulumi/pulumi");
const { S3Key } = require("pulumi-ionos-s3key");
const key = new S3Key("key", { userId: new pulumi.Config().require("userId"), keepers: { rotation: "1" } });
exports.accessKeyId = key.id;
exports.secretKey = key.secretKey;
`,
    typescript: `import * as pulumi from "@pulumi/pulumi";
import { AccessKey, S3Key, getAccessKeysOutput, getS3KeysOutput, type AccessKeyArgs, type S3KeyArgs } from "pulumi-ionos-s3key";
import { startEmulator, type Emulator } from "pulumi-ionos-s3key/emulator";

const args: S3KeyArgs = { userId: new pulumi.Config().require("userId"), active: true, keepers: { rotation: "1" } };
const key: S3Key = new S3Key("key", args);
const lookup = getS3KeysOutput({ userId: key.userId });
// The emulator's types are part of the package too; a function type-checks them without starting one.
export const startsEmulator: (port: number) => Promise<Emulator> = (port) => startEmulator({ port });
// AccessKey's types too, checked without making one (this stack has no object storage endpoint set).
const accessKeyArgs: AccessKeyArgs = { description: "ci", rotation: { month: "2026-11" } };
export const makesAccessKey: (name: string) => AccessKey = (name) => new AccessKey(name, accessKeyArgs);
export const listsAccessKeys: () => pulumi.Output<number> = () =>
  getAccessKeysOutput().apply((r) => r.keys.filter((k) => k.accessKey.length > 0).length);
export const accessKeyId: pulumi.Output<string> = key.id;
export const secretKey: pulumi.Output<string> = key.secretKey;
export const keyCount = pulumi.unsecret(lookup.apply((r) => r.keys.length));
`,
};
describe("the programs users write, on the Node.js and @pulumi/pulumi versions they run", function () {
    this.timeout(600_000);
    let emulator;
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 20 });
    });
    after(() => emulator.close());
    let user = 0;
    for (const entry of ENTRIES) {
        for (const kind of ["javascript", "typescript"]) {
            it(`${kind} on Node ${entry.node} with the ${entry.sdk} @pulumi/pulumi: creates and deletes a key`, async function () {
                const nodeBin = entry.node === 20 ? undefined : (0, pulumi_cli_1.nodeFromRegistry)(entry.node);
                const sdk = entry.sdk === "oldest" ? (0, pulumi_cli_1.oldestSdk)() : (0, pulumi_cli_1.newestSdkFor)(entry.node);
                const modules = (0, pulumi_cli_1.installedModules)(kind, { sdk, nodeBin });
                if (kind === "javascript") {
                    (0, chai_1.expect)(() => require.resolve("typescript", { paths: [modules] }), "no typescript installed").to.throw();
                }
                user += 1;
                const userId = `d2c${String(user).padStart(5, "0")}-1466-11e7-87d3-d7bb7dac0087`;
                const p = new pulumi_cli_1.CliProject(kind, emulator, PROGRAMS[kind], { modules, nodeBin });
                if (kind === "typescript") {
                    // strict, skipLibCheck off: the package's published types must check as they are.
                    (0, node_child_process_1.execFileSync)(process.execPath, [(0, node_path_1.join)(modules, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", p.dir], {
                        encoding: "utf8",
                    });
                }
                const version = (0, node_child_process_1.execFileSync)("node", ["--version"], { env: { PATH: `${nodeBin ?? ""}:${process.env.PATH}` } })
                    .toString()
                    .trim();
                this.test.title += ` (node ${version}, @pulumi/pulumi ${sdk})`;
                await p.init({ userId });
                const from = emulator.log.length;
                const up = await p.ok(["up"]);
                (0, chai_1.expect)(up.stdout).to.contain("secretKey");
                (0, chai_1.expect)(emulator.keys(userId)).to.have.length(1);
                const [stateKey] = await p.stateKeys();
                (0, chai_1.expect)(stateKey.id).to.equal(emulator.keys(userId)[0].id);
                (0, chai_1.expect)(stateKey.outputs.secretKey).to.have.property("ciphertext");
                await p.ok(["destroy"]);
                (0, chai_1.expect)((0, emulator_2.writesSince)(emulator, from).map((w) => w.split(" ")[0])).to.deep.equal(["POST", "DELETE"]);
                (0, chai_1.expect)(emulator.keys(userId)).to.deep.equal([]);
            });
        }
    }
});
//# sourceMappingURL=programs.cli.js.map