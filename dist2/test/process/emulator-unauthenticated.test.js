"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_http_1 = require("node:http");
const node_path_1 = require("node:path");
const emulator_1 = require("../helpers/emulator");
/** The resident memory of a process, in MiB (Linux). */
function rssMiB(pid) {
    const kb = Number(/VmRSS:\s+(\d+)/.exec((0, node_fs_1.readFileSync)(`/proc/${pid}/status`, "utf8"))?.[1]);
    return kb / 1024;
}
/** One unauthenticated POST with a body of `bytes`: the status, or the error's code when the connection was cut. */
function unauthenticatedPost(url, bytes) {
    return new Promise((resolve) => {
        const req = (0, node_http_1.request)(`${url}/cloudapi/v6/um/users/${emulator_1.USER}/s3keys`, { method: "POST", headers: { Authorization: "Bearer wrong-token", "Content-Length": String(bytes) } }, (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
        });
        req.on("error", (error) => resolve(error.code ?? "error"));
        const chunk = Buffer.alloc(64 * 1024, 120);
        let sent = 0;
        const write = () => {
            while (sent < bytes) {
                sent += chunk.length;
                if (!req.write(chunk))
                    return void req.once("drain", write);
            }
            req.end();
        };
        write();
    });
}
describe("the emulator under unauthenticated load", function () {
    this.timeout(60_000);
    it("answers 401 before reading a body and keeps its memory flat: 400 connections of 1 MiB each", async () => {
        const child = (0, node_child_process_1.spawn)(process.execPath, [(0, node_path_1.join)(__dirname, "..", "..", "emulator", "cli.js"), "--port", "0"], {
            stdio: ["ignore", "pipe", "inherit"],
        });
        try {
            const url = await new Promise((resolve) => {
                let out = "";
                child.stdout.on("data", (d) => {
                    out += d;
                    if (out.includes("\n"))
                        resolve(out.split("\n")[0].replace("IONOS emulator listening on ", ""));
                });
            });
            const before = rssMiB(child.pid);
            const outcomes = [];
            for (let batch = 0; batch < 8; batch++)
                outcomes.push(...(await Promise.all(Array.from({ length: 50 }, () => unauthenticatedPost(url, 1024 * 1024)))));
            const after = rssMiB(child.pid);
            console.log(`      emulator RSS: ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after 400 × 1 MiB unauthenticated`);
            (0, chai_1.expect)(outcomes.filter((o) => o === 401).length, "every answered request is a 401").to.equal(outcomes.filter((o) => typeof o === "number").length);
            (0, chai_1.expect)(outcomes.filter((o) => o === 401).length, "most clients read their 401").to.be.greaterThan(200);
            // Buffering the bodies cost 180 MiB; discarding them costs the sockets' own buffers only.
            (0, chai_1.expect)(after - before).to.be.lessThan(100);
        }
        finally {
            child.kill("SIGTERM");
        }
    });
});
//# sourceMappingURL=emulator-unauthenticated.test.js.map