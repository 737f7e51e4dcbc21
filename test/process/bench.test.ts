import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_DIR } from "../helpers/driver";

// The benchmark at its smallest size, only to show it works: every figure is produced. Timings are
// printed, never asserted.
describe("npm run bench (smallest size)", function () {
  this.timeout(300_000);

  it("prints every section's figures and writes them to bench/results", () => {
    const run = spawnSync(process.execPath, [join(PROJECT_DIR, "dist", "bench", "bench.js"), "--size", "small"], {
      encoding: "utf8",
    });
    expect(run.status, run.stderr).to.equal(0);
    for (const heading of [
      "Requests per operation",
      "AccessKey: requests",
      "Wait slack",
      "right after a slow phase",
      "beside two peers",
      "Scale:",
      "Cost",
    ])
      expect(run.stdout).to.contain(heading);
    const results = JSON.parse(readFileSync(join(PROJECT_DIR, "bench", "results", "bench-small.json"), "utf8"));
    expect(results.economy).to.have.length(8);
    expect(results.accessKeys.map((row: unknown[]) => row[0])).to.deep.equal([
      "create",
      "update (description)",
      "update (rotation: renew)",
      "read",
      "delete",
      "create, its answer lost",
    ]);
    expect(results.waits).to.have.length(3);
    expect(results.afterSlow.map((row: unknown[]) => row[0])).to.deep.equal([
      "a fresh process",
      "right after three 4 s requests",
    ]);
    for (const row of results.afterSlow) expect(Number(row[3]), `lifecycle ratio ${row[0]}`).to.be.greaterThan(1);
    for (const row of results.waits) {
      expect(row[2], `slack for ${row[0]}`).to.match(/^-?\d+ \(-?[\d.]+ %\)$/);
      for (const column of [3, 4, 5])
        expect(Number.isFinite(row[column]), `column ${column} for ${row[0]}`).to.equal(true);
    }
    for (const peer of ["ours", "sdk", "terraformLike"]) {
      expect(results.peers[peer].requests, peer).to.be.greaterThan(0);
      expect(results.peers[peer].ms, peer).to.be.greaterThan(0);
    }
    expect(results.scaled.keys).to.equal(20);
    // 20 keys at the floor: each create's look at the log, its POST and a poll, its DELETE and a poll.
    expect(results.scaled.floorRequests).to.equal(100);
    expect(results.scaled.answered).to.be.at.least(results.scaled.floorRequests);
    expect(results.scaled.boundSeconds).to.be.greaterThan(0);
    expect(results.scaled.peakMb).to.be.greaterThan(0);
    expect(results.hostBaseline.keys).to.equal(20);
    expect(results.hostBaseline.peakMb).to.be.greaterThan(0);
    expect(results.costs.serializedBytes).to.be.greaterThan(0);
    expect(results.costs.pluginStartMs).to.be.greaterThan(0);
  });

  it("names the sections when --only is given one it does not have", () => {
    const run = spawnSync(process.execPath, [join(PROJECT_DIR, "dist", "bench", "bench.js"), "--only", "waits,speed"], {
      encoding: "utf8",
    });
    expect(run.status).to.equal(1);
    expect(run.stderr).to.contain("--only takes economy, access-keys, waits, peers, scale, cost; not speed");
  });
});
