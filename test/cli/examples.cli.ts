import { expect } from "chai";
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { startEmulator, type Emulator } from "../../emulator";
import { PROJECT_DIR } from "../helpers/project";
import { CliProject, installedModules, pulumiCliDir } from "../helpers/pulumi-cli";

// Each example is a whole Pulumi project users can copy: its index.ts, unmodified, runs under the
// real CLI after the tarball is installed, with the emulator's settings for both APIs and a userId
// from stack config; `destroy` leaves nothing.
const EXAMPLES = ["basic", "rotation", "lookups", "access-keys"] as const;

describe("the examples, as projects, under the real pulumi CLI", function () {
  this.timeout(600_000);
  let emulator: Emulator;
  before(async () => (emulator = await startEmulator({ requestDelayMs: 20 })));
  after(() => emulator.close());

  for (const [index, name] of EXAMPLES.entries()) {
    it(`${name}: up makes its keys, destroy leaves none`, async () => {
      const dir = join(PROJECT_DIR, "examples", name);
      expect(readFileSync(join(dir, "Pulumi.yaml"), "utf8")).to.match(/^runtime: nodejs$/m);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        dependencies: Record<string, string>;
      };
      expect(Object.keys(manifest.dependencies)).to.include.members(["pulumi-ionos-s3key", "@pulumi/pulumi"]);
      const p = new CliProject("typescript", emulator, readFileSync(join(dir, "index.ts"), "utf8"));
      p.env.IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT = emulator.objectStorageUrl;
      const userId = `e${index}a00000-1466-11e7-87d3-d7bb7dac0087`;
      await p.init({ userId });
      const before = emulator.accessKeys().length;
      const up = await p.ok(["up"]);
      expect(up.output).to.not.match(/error:/i);
      if (name === "access-keys") expect(emulator.accessKeys().length).to.equal(before + 1);
      else expect(emulator.keys(userId).length).to.be.greaterThan(0);
      const outputs = JSON.parse((await p.ok(["stack", "output", "--json"])).stdout) as Record<string, unknown>;
      expect(Object.keys(outputs), "the stack's outputs").to.not.deep.equal([]);
      await p.ok(["destroy"]);
      expect(emulator.keys(userId)).to.deep.equal([]);
      expect(emulator.accessKeys().length).to.equal(before);
    });
  }

  it("test-suite: the user's own suite (node --test) runs its program against the emulator and passes", async () => {
    const modules = installedModules("typescript");
    const dir = join(mkdtempSync(join(tmpdir(), "ionos-s3key-user-suite-")), "project");
    cpSync(join(PROJECT_DIR, "examples", "test-suite"), dir, { recursive: true });
    symlinkSync(join(modules, "node_modules"), join(dir, "node_modules"));
    const env = {
      ...process.env,
      PATH: `${pulumiCliDir()}${delimiter}${process.env.PATH ?? ""}`,
      PULUMI_HOME: join(dir, ".pulumi-home"),
    };
    const { stdout } = await promisify(execFile)(process.execPath, ["--test"], { cwd: dir, env, encoding: "utf8" });
    expect(stdout)
      .to.match(/# pass 1/)
      .and.match(/# fail 0/);
  });
});
