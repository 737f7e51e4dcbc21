import { expect } from "chai";
import { spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { USER } from "../helpers/emulator";

describe("the ionos-emulator command", () => {
  it("prints its URL first, serves requests, and exits cleanly on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      [join(__dirname, "..", "..", "emulator", "cli.js"), "--port", "0", "--token", "cli-token"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const firstLine = await new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        if (out.includes("\n")) resolve(out.split("\n")[0]);
      });
    });
    expect(firstLine).to.match(/^IONOS emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
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
});
