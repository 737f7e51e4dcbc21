import { expect } from "chai";
import { spawn, spawnSync } from "node:child_process";
import { request as httpRequest } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { USER } from "../helpers/emulator";

describe("the ionos-emulator command", () => {
  it("prints its URL first, serves requests, and exits cleanly on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      [join(__dirname, "..", "..", "emulator", "cli.js"), "--port", "0", "--token", "cli-token"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    const said = () => out;
    const firstLine = await new Promise<string>((resolve) => {
      child.stdout.on("data", (d) => {
        out += d;
        if (out.includes("\n")) resolve(out.split("\n")[0]);
      });
    });
    expect(firstLine).to.match(/^IONOS emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
    // Both APIs in one block, so a program tested locally sends neither kind of key to IONOS.
    await new Promise((r) => setTimeout(r, 100));
    const banner = said();
    const url0 = firstLine.replace("IONOS emulator listening on ", "");
    expect(banner).to.contain(`  IONOS_API_URL=${url0}\n`);
    expect(banner).to.contain(`  IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT=${url0}\n`);
    expect(banner).to.contain("  IONOS_TOKEN=cli-token\n");
    const url = firstLine.replace("IONOS emulator listening on ", "");
    const status = await new Promise<number>((resolve) =>
      httpRequest(
        `${url}/cloudapi/v6/um/users/${USER}/s3keys`,
        { headers: { Authorization: "Bearer cli-token" } },
        (res) => resolve(res.statusCode ?? 0),
      ).end(),
    );
    expect(status).to.equal(200);
    child.kill("SIGTERM");
    const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).to.equal(0);
  });

  it("rejects a bad flag value with a message and the usage", async () => {
    const child = spawn(process.execPath, [join(__dirname, "..", "..", "emulator", "cli.js"), "--error-rate", "lots"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).to.equal(2);
    expect(err).to.contain('--error-rate "lots" is not a non-negative number').and.contain("Usage: ionos-emulator");
  });

  it("--print-env prints both APIs' settings as exports a shell can eval, and exits", () => {
    const cli = join(__dirname, "..", "..", "emulator", "cli.js");
    const run = spawnSync(
      "bash",
      [
        "-c",
        `eval "$("${process.execPath}" "${cli}" --port 4567 --token "it's-mine" --print-env)" && env | grep ^IONOS_ | sort`,
      ],
      { encoding: "utf8", env: { PATH: process.env.PATH } },
    );
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout.trim().split("\n")).to.deep.equal([
      "IONOS_API_URL=http://127.0.0.1:4567",
      "IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT=http://127.0.0.1:4567",
      "IONOS_TOKEN=it's-mine",
    ]);
    const portless = spawnSync(process.execPath, [cli, "--print-env"], { encoding: "utf8" });
    expect(portless.status).to.equal(2);
    expect(portless.stderr).to.contain("--print-env needs the port");
  });

  it("names a state file that is not JSON, and starts nothing, with no stack trace", () => {
    const file = join(mkdtempSync(join(tmpdir(), "ionos-emu-state-")), "state.json");
    writeFileSync(file, "{broken");
    const run = spawnSync(process.execPath, [join(__dirname, "..", "..", "emulator", "cli.js"), "--state-file", file], {
      encoding: "utf8",
    });
    expect(run.status).to.equal(2);
    expect(run.stderr).to.contain(`the state file ${file} is not JSON: fix it, or move it away`);
    expect(run.stderr).to.not.match(/\n\s+at /);
  });
});
