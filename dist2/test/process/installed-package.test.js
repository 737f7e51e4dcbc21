"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const emulator_1 = require("../../emulator");
const driver_1 = require("../helpers/driver");
const installed_package_1 = require("../../tools/installed-package");
describe("the package as users install it (npm pack, installed into a fresh program)", function () {
    this.timeout(120_000);
    let emulator;
    let app;
    let tarball;
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 20 });
        ({ app, tarball } = (0, installed_package_1.installPackedPackage)());
    });
    after(() => emulator.close());
    it("ships the built provider and emulator, not the tests, tools or sources", () => {
        const files = (0, node_child_process_1.execFileSync)("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
        (0, chai_1.expect)(files).to.include.members([
            "package/dist/provider/index.js",
            "package/dist/provider/index.d.ts",
            "package/dist/provider/providers.js",
            "package/dist/provider/s3-key/s3-key-provider.js",
            "package/dist/provider/access-key/access-key-provider.js",
            "package/dist/emulator/index.js",
            "package/dist/emulator/cli.js",
            "package/README.md",
            "package/LICENSE",
        ]);
        (0, chai_1.expect)(files.filter((f) => /dist\/(test|tools|bench|examples)\/|\.ts$/.test(f) && !f.endsWith(".d.ts"))).to.deep.equal([]);
    });
    it("type-checks a TypeScript program against its exports and types", () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(app, "check.ts"), `import { AccessKey, S3Key, getAccessKeyOutput, getS3KeysOutput, type AccessKeyArgs, type S3KeyArgs } from "pulumi-ionos-s3key";
import { AccessKeyProvider, S3KeyProvider } from "pulumi-ionos-s3key/provider";
import { startEmulator } from "pulumi-ionos-s3key/emulator";
const args: S3KeyArgs = { userId: "9b1b4c62-1466-11e7-87d3-d7bb7dac0087", active: false, keepers: { rotation: "1" } };
const key: S3Key = new S3Key("k", args);
export const secret = key.secretKey;
export const keys = getS3KeysOutput({ userId: key.userId });
export const started = startEmulator({ port: 0 });
const accessKeyArgs: AccessKeyArgs = { description: "ci", rotation: { month: "1" } };
export const accessKey: AccessKey = new AccessKey("a", accessKeyArgs);
export const found = getAccessKeyOutput({ keyId: accessKey.keyId }).apply((k) => k.accessKey);
export const providers = [new S3KeyProvider({ env: {} }), new AccessKeyProvider({ env: {} })];
`);
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(app, "tsconfig.json"), JSON.stringify({
            compilerOptions: {
                strict: true,
                module: "node16",
                moduleResolution: "node16",
                target: "ES2022",
                types: ["node"],
                noEmit: true,
                skipLibCheck: false,
            },
            files: ["check.ts"],
        }));
        (0, node_child_process_1.execFileSync)(process.execPath, [(0, node_path_1.join)(driver_1.PROJECT_DIR, "node_modules", "typescript", "bin", "tsc"), "-p", app], {
            encoding: "utf8",
        });
    });
    it("creates and destroys a key through the plugin host, loading the provider by package name", async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(app, "index.js"), `const pulumi = require("@pulumi/pulumi");
const { S3Key } = require("pulumi-ionos-s3key");
const key = new S3Key("installed", { userId: new pulumi.Config().require("userId") });
exports.accessKeyId = key.id;
exports.secretKey = key.secretKey;
`);
        const s = new driver_1.ExampleStack(emulator, "bbbb1111-1466-11e7-87d3-d7bb7dac0087", undefined, app);
        const up = await s.run("up");
        (0, chai_1.expect)(up.code, up.stderr).to.equal(0);
        (0, chai_1.expect)(up.stdout).to.contain("secretKey  : [secret]");
        (0, chai_1.expect)(s.cloudKeyIds()).to.have.length(1);
        const state = JSON.parse((0, node_fs_1.readFileSync)(s.stateFile, "utf8"));
        const provider = state.resources[0].outputs.__provider;
        (0, chai_1.expect)(provider).to.contain('"pulumi-ionos-s3key/provider"');
        // No path of this machine: the state is shared, and means the same on every machine.
        (0, chai_1.expect)(provider).to.not.contain(app);
        (0, chai_1.expect)(provider).to.not.contain(driver_1.PROJECT_DIR);
        (0, chai_1.expect)(provider.length, "the serialized provider, stored twice per resource").to.be.below(16 * 1024);
        const destroy = await s.run("destroy");
        (0, chai_1.expect)(destroy.code, destroy.stderr).to.equal(0);
        (0, chai_1.expect)(s.cloudKeyIds()).to.deep.equal([]);
    });
    it("replaces delete-before-replace when the program asks, freeing the slot first", async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(app, "index.js"), `const pulumi = require("@pulumi/pulumi");
const { S3Key } = require("pulumi-ionos-s3key");
const config = new pulumi.Config();
new S3Key("full-user-key", { userId: config.require("userId"), keepers: { rotation: config.get("rotation") || "a" } }, { deleteBeforeReplace: true });
`);
        const s = new driver_1.ExampleStack(emulator, "bbbb2222-1466-11e7-87d3-d7bb7dac0087", undefined, app);
        (0, chai_1.expect)((await s.run("up")).code).to.equal(0);
        const [old] = s.cloudKeyIds();
        const start = emulator.log.length;
        const replaced = await s.run("up", { rotation: "b" });
        (0, chai_1.expect)(replaced.code, replaced.stderr).to.equal(0);
        (0, chai_1.expect)(emulator.log
            .slice(start)
            .filter((l) => l.method !== "GET")
            .map((l) => l.method)).to.deep.equal(["DELETE", "POST"]);
        const [fresh] = s.cloudKeyIds();
        (0, chai_1.expect)(fresh).to.not.equal(old);
        (0, chai_1.expect)(s.stateKeyIds()).to.deep.equal([fresh]);
        (0, chai_1.expect)((await s.run("destroy")).code).to.equal(0);
    });
});
//# sourceMappingURL=installed-package.test.js.map