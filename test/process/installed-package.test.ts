import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { ExampleStack, PROJECT_DIR } from "../helpers/driver";
import { installPackedPackage } from "../../tools/installed-package";

describe("the package as users install it (npm pack, installed into a fresh program)", function () {
  this.timeout(120_000);
  let emulator: Emulator;
  let app: string;
  let tarball: string;
  before(async () => {
    emulator = await startEmulator({ requestDelayMs: 20 });
    ({ app, tarball } = installPackedPackage());
  });
  after(() => emulator.close());

  it("ships the built provider and emulator, not the tests, tools or sources", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(files).to.include.members([
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
    expect(
      files.filter((f) => /dist\/(test|tools|bench|examples)\/|\.ts$/.test(f) && !f.endsWith(".d.ts")),
    ).to.deep.equal([]); // Every source map a shipped .js names is shipped, and carries its sources (no .ts is shipped).
    const maps = files.filter((f) => f.endsWith(".js.map"));
    expect(maps.length).to.equal(files.filter((f) => f.endsWith(".js")).length);
    const dir = join(app, "node_modules", "pulumi-ionos-s3key");
    const map = JSON.parse(readFileSync(join(dir, "dist/provider/index.js.map"), "utf8"));
    expect(map.sourcesContent?.[0]).to.contain("export * from");
    expect(readFileSync(join(dir, "dist/provider/index.js"), "utf8")).to.match(/sourceMappingURL=index\.js\.map\s*$/);
  });

  it("type-checks a TypeScript program against its exports and types", () => {
    writeFileSync(
      join(app, "check.ts"),
      `import { AccessKey, S3Key, getAccessKeyOutput, getS3KeysOutput, type AccessKeyArgs, type S3KeyArgs } from "pulumi-ionos-s3key";
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
`,
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
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
      }),
    );
    execFileSync(process.execPath, [join(PROJECT_DIR, "node_modules", "typescript", "bin", "tsc"), "-p", app], {
      encoding: "utf8",
    });
  });

  it("creates and destroys a key through the plugin host, loading the provider by package name", async () => {
    writeFileSync(
      join(app, "index.js"),
      `const pulumi = require("@pulumi/pulumi");
const { S3Key } = require("pulumi-ionos-s3key");
const key = new S3Key("installed", { userId: new pulumi.Config().require("userId") });
exports.accessKeyId = key.id;
exports.secretKey = key.secretKey;
`,
    );
    const s = new ExampleStack(emulator, "bbbb1111-1466-11e7-87d3-d7bb7dac0087", undefined, app);
    const up = await s.run("up");
    expect(up.code, up.stderr).to.equal(0);
    expect(up.stdout).to.contain("secretKey  : [secret]");
    expect(s.cloudKeyIds()).to.have.length(1);
    const state = JSON.parse(readFileSync(s.stateFile, "utf8"));
    const provider: string = state.resources[0].outputs.__provider;
    expect(provider).to.contain('"pulumi-ionos-s3key/provider"');
    // No path of this machine: the state is shared, and means the same on every machine.
    expect(provider).to.not.contain(app);
    expect(provider).to.not.contain(PROJECT_DIR);
    expect(provider.length, "the serialized provider, stored twice per resource").to.be.below(16 * 1024);
    const destroy = await s.run("destroy");
    expect(destroy.code, destroy.stderr).to.equal(0);
    expect(s.cloudKeyIds()).to.deep.equal([]);
  });

  it("replaces delete-before-replace when the program asks, freeing the slot first", async () => {
    writeFileSync(
      join(app, "index.js"),
      `const pulumi = require("@pulumi/pulumi");
const { S3Key } = require("pulumi-ionos-s3key");
const config = new pulumi.Config();
new S3Key("full-user-key", { userId: config.require("userId"), keepers: { rotation: config.get("rotation") || "a" } }, { deleteBeforeReplace: true });
`,
    );
    const s = new ExampleStack(emulator, "bbbb2222-1466-11e7-87d3-d7bb7dac0087", undefined, app);
    expect((await s.run("up")).code).to.equal(0);
    const [old] = s.cloudKeyIds();
    const start = emulator.log.length;
    const replaced = await s.run("up", { rotation: "b" });
    expect(replaced.code, replaced.stderr).to.equal(0);
    expect(
      emulator.log
        .slice(start)
        .filter((l) => l.method !== "GET")
        .map((l) => l.method),
    ).to.deep.equal(["DELETE", "POST"]);
    const [fresh] = s.cloudKeyIds();
    expect(fresh).to.not.equal(old);
    expect(s.stateKeyIds()).to.deep.equal([fresh]);
    expect((await s.run("destroy")).code).to.equal(0);
  });
});
