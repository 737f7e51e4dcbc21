import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_VERSION } from "../../provider/api/user-agent";
import { pluginDownloadUrl } from "../../provider/plugin/schema";

// The SDKs generated from schema.json (scripts/gen-sdk.sh): current (generated again and compared,
// so CI fails on a stale one), and checked: Go and Python are run by plugin-programs.cli.ts; Node.js
// type-checks against the @pulumi/pulumi it asks for; Python parses. Each names this version's plugin.

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

  it("are what scripts/gen-sdk.sh makes of schema.json now: run it after `npm run schema`", function () {
    this.timeout(900_000); // the generator is built once per machine: about 4 minutes cold
    const out = mkdtempSync(join(tmpdir(), "ionos-s3key-gen-sdk-"));
    execFileSync("bash", [join(SDK, "..", "scripts", "gen-sdk.sh"), out], { stdio: ["ignore", "ignore", "pipe"] });
    // The Go module's own files are kept by the generator, not written by it.
    const generated = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => !/(^|\/)(go\.mod|go\.sum)$|__pycache__|node_modules|\.egg-info/.test(f))
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort();
    for (const language of ["go", "python", "nodejs"]) {
      const [ours, fresh] = [join(SDK, language), join(out, language)];
      expect(generated(ours), `sdk/${language}: its files`).to.deep.equal(generated(fresh));
      for (const file of generated(fresh))
        expect(readFileSync(join(ours, file), "utf8"), `sdk/${language}/${file} is stale`).to.equal(
          readFileSync(join(fresh, file), "utf8"),
        );
    }
  });

  it("Python: every module parses", () => {
    const modules = files(join(SDK, "python"), ".py");
    expect(modules.length).to.be.greaterThan(5);
    execFileSync("python3", ["-c", "import ast, sys\nfor f in sys.argv[1:]: ast.parse(open(f).read(), f)", ...modules]);
  });
});
