import { expect } from "chai";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { USER } from "../helpers/emulator";

/** The resident memory of a process, in MiB (Linux). */
function rssMiB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  return kb / 1024;
}

/** One unauthenticated POST with a body of `bytes`: the status, or the error's code when the connection was cut. */
function unauthenticatedPost(url: string, bytes: number): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpRequest(
      `${url}/cloudapi/v6/um/users/${USER}/s3keys`,
      { method: "POST", headers: { Authorization: "Bearer wrong-token", "Content-Length": String(bytes) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    const chunk = Buffer.alloc(64 * 1024, 120);
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}

describe("the emulator under unauthenticated load", function () {
  this.timeout(60_000);

  it("answers 401 before reading a body and keeps its memory flat: 400 connections of 1 MiB each", async () => {
    const child = spawn(process.execPath, [join(__dirname, "..", "..", "emulator", "cli.js"), "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const url = await new Promise<string>((resolve) => {
        let out = "";
        child.stdout.on("data", (d) => {
          out += d;
          if (out.includes("\n")) resolve(out.split("\n")[0].replace("IONOS emulator listening on ", ""));
        });
      });
      const before = rssMiB(child.pid!);
      const outcomes: Array<number | string> = [];
      for (let batch = 0; batch < 8; batch++)
        outcomes.push(...(await Promise.all(Array.from({ length: 50 }, () => unauthenticatedPost(url, 1024 * 1024)))));
      const after = rssMiB(child.pid!);
      console.log(
        `      emulator RSS: ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after 400 × 1 MiB unauthenticated`,
      );
      expect(outcomes.filter((o) => o === 401).length, "every answered request is a 401").to.equal(
        outcomes.filter((o) => typeof o === "number").length,
      );
      expect(outcomes.filter((o) => o === 401).length, "most clients read their 401").to.be.greaterThan(200);
      // Buffering the bodies cost 180 MiB; discarding them costs the sockets' own buffers only.
      expect(after - before).to.be.lessThan(100);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
