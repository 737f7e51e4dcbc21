"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const driver_1 = require("../helpers/driver");
// The benchmark at its smallest size, only to show it works: every figure is produced. Timings are
// printed, never asserted.
describe("npm run bench (smallest size)", function () {
    this.timeout(300_000);
    it("prints every section's figures and writes them to bench/results", () => {
        const run = (0, node_child_process_1.spawnSync)(process.execPath, [(0, node_path_1.join)(driver_1.PROJECT_DIR, "dist", "bench", "bench.js"), "--size", "small"], {
            encoding: "utf8",
        });
        (0, chai_1.expect)(run.status, run.stderr).to.equal(0);
        for (const heading of [
            "Requests per operation",
            "AccessKey: requests",
            "Wait slack",
            "while IONOS's pace shifts",
            "The next run on the same machine",
            "beside two peers",
            "Scale:",
            "Cost",
        ])
            (0, chai_1.expect)(run.stdout).to.contain(heading);
        const results = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(driver_1.PROJECT_DIR, "bench", "results", "bench-small.json"), "utf8"));
        (0, chai_1.expect)(results.economy).to.have.length(8);
        (0, chai_1.expect)(results.accessKeys.map((row) => row[0])).to.deep.equal([
            "create",
            "update (description)",
            "update (rotation: renew)",
            "read",
            "delete",
            "create, its answer lost",
        ]);
        (0, chai_1.expect)(results.waits).to.have.length(3);
        (0, chai_1.expect)(results.shifts.map((row) => row[0])[4]).to.equal("3.2 s → 6.5 s");
        (0, chai_1.expect)(results.shifts).to.have.length(9);
        (0, chai_1.expect)(results.nextRuns).to.have.length(3);
        for (const row of results.nextRuns)
            (0, chai_1.expect)(Number(row[3]), `lifecycle ratio at ${row[0]}`).to.be.greaterThan(1);
        for (const row of results.waits) {
            (0, chai_1.expect)(row[2], `first-request slack for ${row[0]}`).to.match(/^-?\d+ \(-?[\d.]+ %\)$/);
            (0, chai_1.expect)(row[3], `learned slack for ${row[0]}`).to.match(/^-?\d+ \(-?[\d.]+ %\)$/);
            for (const column of [4, 5, 6])
                (0, chai_1.expect)(Number.isFinite(row[column]), `column ${column} for ${row[0]}`).to.equal(true);
        }
        for (const peer of ["ours", "sdk", "terraformLike"]) {
            (0, chai_1.expect)(results.peers[peer].requests, peer).to.be.greaterThan(0);
            (0, chai_1.expect)(results.peers[peer].ms, peer).to.be.greaterThan(0);
        }
        (0, chai_1.expect)(results.scaled.keys).to.equal(20);
        (0, chai_1.expect)(results.scaled.floorRequests).to.equal(80);
        (0, chai_1.expect)(results.scaled.answered).to.be.at.least(results.scaled.floorRequests);
        (0, chai_1.expect)(results.scaled.boundSeconds).to.be.greaterThan(0);
        (0, chai_1.expect)(results.scaled.peakMb).to.be.greaterThan(0);
        (0, chai_1.expect)(results.hostBaseline.keys).to.equal(20);
        (0, chai_1.expect)(results.hostBaseline.peakMb).to.be.greaterThan(0);
        (0, chai_1.expect)(results.costs.serializedBytes).to.be.greaterThan(0);
        (0, chai_1.expect)(results.costs.pluginStartMs).to.be.greaterThan(0);
    });
    it("names the sections when --only is given one it does not have", () => {
        const run = (0, node_child_process_1.spawnSync)(process.execPath, [(0, node_path_1.join)(driver_1.PROJECT_DIR, "dist", "bench", "bench.js"), "--only", "waits,speed"], {
            encoding: "utf8",
        });
        (0, chai_1.expect)(run.status).to.equal(1);
        (0, chai_1.expect)(run.stderr).to.contain("--only takes economy, access-keys, waits, peers, scale, cost; not speed");
    });
});
//# sourceMappingURL=bench.test.js.map