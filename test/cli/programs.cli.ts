import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { CliProject, installedModules, newestSdkFor, nodeFromRegistry, oldestSdk } from "../helpers/pulumi-cli";

// The programs users write, as a matrix: each a fresh program with the tarball installed, on the
// Node.js and @pulumi/pulumi versions users run, doing a create and a delete under the real CLI.
// PROGRAM_MATRIX=0 runs only the machine's Node with the newest SDK it accepts.

interface Entry {
  readonly node: 20 | 22 | 24;
  readonly sdk: "newest" | "oldest";
}

const ENTRIES: readonly Entry[] =
  process.env.PROGRAM_MATRIX === "0"
    ? [{ node: 20, sdk: "newest" }]
    : [
        { node: 20, sdk: "newest" },
        { node: 20, sdk: "oldest" },
        { node: 22, sdk: "newest" },
        { node: 24, sdk: "newest" },
      ];

const PROGRAMS: Record<"javascript" | "typescript", string> = {
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
  let emulator: Emulator;
  before(async () => {
    emulator = await startEmulator({ requestDelayMs: 20 });
  });
  after(() => emulator.close());

  let user = 0;
  for (const entry of ENTRIES) {
    for (const kind of ["javascript", "typescript"] as const) {
      it(`${kind} on Node ${entry.node} with the ${entry.sdk} @pulumi/pulumi: creates and deletes a key`, async function () {
        const nodeBin = entry.node === 20 ? undefined : nodeFromRegistry(entry.node);
        const sdk = entry.sdk === "oldest" ? oldestSdk() : newestSdkFor(entry.node);
        const modules = installedModules(kind, { sdk, nodeBin });
        if (kind === "javascript") {
          expect(() => require.resolve("typescript", { paths: [modules] }), "no typescript installed").to.throw();
        }
        user += 1;
        const userId = `d2c${String(user).padStart(5, "0")}-1466-11e7-87d3-d7bb7dac0087`;
        const p = new CliProject(kind, emulator, PROGRAMS[kind], { modules, nodeBin });
        if (kind === "typescript") {
          // strict, skipLibCheck off: the package's published types must check as they are.
          execFileSync(
            process.execPath,
            [join(modules, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", p.dir],
            {
              encoding: "utf8",
            },
          );
        }
        const version = execFileSync("node", ["--version"], { env: { PATH: `${nodeBin ?? ""}:${process.env.PATH}` } })
          .toString()
          .trim();
        this.test!.title += ` (node ${version}, @pulumi/pulumi ${sdk})`;
        await p.init({ userId });
        const from = emulator.log.length;
        const up = await p.ok(["up"]);
        expect(up.stdout).to.contain("secretKey");
        expect(emulator.keys(userId)).to.have.length(1);
        const [stateKey] = await p.stateKeys();
        expect(stateKey.id).to.equal(emulator.keys(userId)[0].id);
        expect(stateKey.outputs.secretKey).to.have.property("ciphertext");
        await p.ok(["destroy"]);
        expect(writesSince(emulator, from).map((w) => w.split(" ")[0])).to.deep.equal(["POST", "DELETE"]);
        expect(emulator.keys(userId)).to.deep.equal([]);
      });
    }
  }
});
