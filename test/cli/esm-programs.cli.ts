import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../../emulator";
import { writesSince } from "../helpers/emulator";
import { CliProject, installedModules, newestSdkFor, nodeFromRegistry } from "../helpers/pulumi-cli";

// ES module programs (`"type": "module"`): the package is CommonJS, and Node's ESM loader imports it
// by name, named exports included. JavaScript and TypeScript, on Node 22 with the newest SDK.
const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import { S3Key, getS3KeysOutput } from "pulumi-ionos-s3key";

const key = new S3Key("key", { userId: new pulumi.Config().require("userId") });
export const accessKeyId = key.id;
export const secretKey = key.secretKey;
export const keyCount = pulumi.unsecret(getS3KeysOutput({ userId: key.userId }).apply((r) => r.keys.length));
`;

const ESM_TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    skipLibCheck: false,
  },
  files: ["index.ts"],
};

describe("ES module programs under the real pulumi CLI", function () {
  this.timeout(600_000);
  let emulator: Emulator;
  before(async () => (emulator = await startEmulator({ requestDelayMs: 20 })));
  after(() => emulator.close());

  for (const [index, kind] of (["javascript", "typescript"] as const).entries()) {
    it(`a ${kind} ES module: up makes the key and reads the lookup, destroy removes it`, async () => {
      const nodeBin = nodeFromRegistry(22);
      const modules = installedModules(kind, { sdk: newestSdkFor(22), nodeBin });
      const p = new CliProject(kind, emulator, PROGRAM, { modules, nodeBin });
      const manifest = JSON.parse(readFileSync(join(p.dir, "package.json"), "utf8")) as Record<string, unknown>;
      writeFileSync(join(p.dir, "package.json"), JSON.stringify({ ...manifest, type: "module" }, null, 2));
      if (kind === "typescript") {
        writeFileSync(join(p.dir, "tsconfig.json"), JSON.stringify(ESM_TSCONFIG, null, 2));
        execFileSync(
          process.execPath,
          [join(modules, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", p.dir],
          {
            encoding: "utf8",
          },
        );
      }
      const userId = `e5a0000${index}-1466-11e7-87d3-d7bb7dac0087`;
      await p.init({ userId });
      const from = emulator.log.length;
      const up = await p.ok(["up"]);
      expect(up.stdout).to.match(/secretKey +: \[secret\]/);
      const outputs = JSON.parse((await p.ok(["stack", "output", "--json"])).stdout) as Record<string, unknown>;
      expect(outputs.keyCount).to.equal(1);
      expect(emulator.keys(userId).map((k) => k.id)).to.deep.equal([outputs.accessKeyId]);
      await p.ok(["destroy"]);
      expect(writesSince(emulator, from).map((w) => w.split(" ")[0])).to.deep.equal(["POST", "DELETE"]);
      expect(emulator.keys(userId)).to.deep.equal([]);
    });
  }
});
