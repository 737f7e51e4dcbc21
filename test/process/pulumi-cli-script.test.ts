import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_DIR } from "../helpers/driver";

// scripts/pulumi-cli.sh fails with one clear message when it cannot build; its successful build is
// exercised by CI, which runs it before `npm run test:cli`.
describe("scripts/pulumi-cli.sh", () => {
  function run(path: string): { status: number | null; stderr: string; stdout: string } {
    const result = spawnSync("bash", [join(PROJECT_DIR, "scripts", "pulumi-cli.sh")], {
      encoding: "utf8",
      env: { PATH: path, HOME: tmpdir(), PULUMI_CLI_CACHE: mkdtempSync(join(tmpdir(), "pulumi-cli-empty-")) },
    });
    return { status: result.status, stderr: result.stderr, stdout: result.stdout };
  }

  it("says that Go is missing and which version to install, printing no directory", () => {
    const result = run("/usr/bin:/bin");
    expect(result.status).to.equal(1);
    expect(result.stderr.trim()).to.equal(
      "pulumi-cli.sh: Go is not installed (no 'go' on PATH). Install Go 1.26.6 or newer (https://go.dev/dl) and run this again.",
    );
    expect(result.stdout).to.equal("");
  });

  it("says that Go is too old, naming both versions", () => {
    const bin = mkdtempSync(join(tmpdir(), "old-go-"));
    writeFileSync(join(bin, "go"), '#!/bin/sh\n[ "$1 $2" = "env GOVERSION" ] && echo go1.22.3\n');
    chmodSync(join(bin, "go"), 0o755);
    const result = run(`${bin}:/usr/bin:/bin`);
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain("Go 1.22.3 is too old: pulumi v3.274.1 needs Go 1.26.6 or newer");
    expect(result.stdout).to.equal("");
  });
});
