import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_DIR } from "../helpers/project";

// What `npm publish` would send: the built package, its docs, and nothing of the repository's tests.
describe("the release", function () {
  this.timeout(120_000);
  const pkg = JSON.parse(readFileSync(join(PROJECT_DIR, "package.json"), "utf8")) as { version: string };

  it("packs the built provider and emulator (with their source maps), README, LICENSE and CHANGELOG, and nothing else", () => {
    const run = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: PROJECT_DIR,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).to.equal(0);
    const [packed] = JSON.parse(run.stdout) as Array<{ version: string; files: Array<{ path: string }> }>;
    const paths = packed.files.map((f) => f.path);
    expect(packed.version).to.equal(pkg.version);
    expect(paths).to.include.members([
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
      "package.json",
      "dist/provider/index.js",
    ]);
    expect(paths).to.include("dist/provider/recover/cli.js");
    const stray = paths.filter(
      (p) =>
        !/^(README\.md|LICENSE|CHANGELOG\.md|package\.json|dist\/(provider|emulator)\/.+\.(js|js\.map|d\.ts))$/.test(p),
    );
    expect(stray, "files outside the package's own").to.deep.equal([]);
  });

  it("has a CHANGELOG entry for the version, in Keep a Changelog's form", () => {
    const changelog = readFileSync(join(PROJECT_DIR, "CHANGELOG.md"), "utf8");
    expect(changelog).to.contain("## [Unreleased]");
    expect(changelog).to.match(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, "\\.")}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"),
    );
  });
});

describe("the docs", function () {
  this.timeout(120_000);

  it("docs/performance.md is what bench/results/bench-full.md gives, never copied by hand", () => {
    const run = spawnSync(process.execPath, [join(PROJECT_DIR, "dist", "tools", "performance-doc.js"), "--check"], {
      encoding: "utf8",
    });
    expect(run.status, run.stderr).to.equal(0);
  });

  it("the API reference builds from the TSDoc (npm run docs), into a directory of the test's own", () => {
    const out = mkdtempSync(join(tmpdir(), "typedoc-"));
    try {
      const run = spawnSync("npx", ["typedoc", "--out", out, "--logLevel", "Error"], {
        cwd: PROJECT_DIR,
        encoding: "utf8",
      });
      expect(run.status, run.stdout + run.stderr).to.equal(0);
      expect(readFileSync(join(out, "classes", "provider.S3Key.html"), "utf8")).to.contain("secretKey");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
