import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_VERSION } from "../../provider/api/user-agent";
import { pluginDownloadUrl } from "../../provider/plugin/schema";

// The SDKs generated from schema.json (scripts/gen-sdk.sh) as far as this machine can check them:
// Go is built and run by plugin-programs.cli.ts; Node.js type-checks against the @pulumi/pulumi it
// asks for; Python parses (PyPI is out of reach, so it cannot run). Each names this version's plugin.

const SDK = join(__dirname, "..", "..", "..", "sdk");

function files(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f));
}

describe("the generated SDKs", function () {
  this.timeout(300_000);

  it("ask for this version's plugin, from the schema's download URL", () => {
    for (const path of [
      join(SDK, "go", "ionoss3key", "pulumi-plugin.json"),
      join(SDK, "python", "pulumi_ionos_s3key", "pulumi-plugin.json"),
    ]) {
      const plugin = JSON.parse(readFileSync(path, "utf8")) as { name: string; version: string; server: string };
      expect(plugin, path).to.deep.equal({
        resource: true,
        name: "ionos-s3key",
        version: PACKAGE_VERSION,
        server: pluginDownloadUrl(PACKAGE_VERSION),
      });
    }
  });

  it("Node.js: type-checks, strict, against the @pulumi/pulumi it depends on", () => {
    const dir = mkdtempSync(join(tmpdir(), "ionos-s3key-nodejs-sdk-"));
    cpSync(join(SDK, "nodejs"), join(dir, "sdk"), { recursive: true });
    const pkg = JSON.parse(readFileSync(join(dir, "sdk", "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "check", private: true }));
    execFileSync(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        `@pulumi/pulumi@${pkg.dependencies["@pulumi/pulumi"]}`,
        "@types/node@^20",
        "typescript@^5",
      ],
      { cwd: dir, stdio: ["ignore", "ignore", "inherit"] },
    );
    symlinkSync(join(dir, "node_modules"), join(dir, "sdk", "node_modules"));
    const run = execFileSync(join(dir, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json", "--noEmit"], {
      cwd: join(dir, "sdk"),
      encoding: "utf8",
    });
    expect(run).to.equal("");
  });

  it("Python: every module parses", () => {
    const modules = files(join(SDK, "python"), ".py");
    expect(modules.length).to.be.greaterThan(5);
    execFileSync("python3", ["-c", "import ast, sys\nfor f in sys.argv[1:]: ast.parse(open(f).read(), f)", ...modules]);
  });
});
