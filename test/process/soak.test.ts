import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { runSoak } from "../../bench/soak";
import { shiftedClockEnv } from "../../tools/shifted-clock";

// The soak at CI size: the same faults as the full run (`npm run soak`, 500 keys), fewer keys.
describe("soak through the plugin host under injected faults (small size)", function () {
  this.timeout(240_000);

  it("sets the machines' clocks off: a process started with shiftedClockEnv reads a clock 10 minutes ahead, or behind", () => {
    for (const offset of [10 * 60_000, -10 * 60_000]) {
      const env = shiftedClockEnv(process.env, offset);
      const printed = execFileSync(process.execPath, ["-e", "console.log(Date.now(), new Date().getTime())"], {
        env,
        encoding: "utf8",
      });
      const [now, date] = printed.trim().split(" ").map(Number);
      expect(Math.abs(now - Date.now() - offset)).to.be.lessThan(30_000);
      expect(Math.abs(date - Date.now() - offset)).to.be.lessThan(30_000);
    }
  });

  it("two stacks at once, S3 keys and access keys, lost answers, lagging lists and killed plugin hosts, machine clocks 10 min off both ways, ephemeral runners that vanish and recover, every request through a proxy: no key shared, duplicated, leaked or lost, every access key's secret held", async () => {
    const report = await runSoak({
      ...{ keys: 30, seed: 3, parallelism: 8, killEveryMs: 1500, accessKeys: 12 },
      ...{ clockSkewMs: 10 * 60_000, vanishedRunners: true, proxy: true },
    });
    const why = report.errors.join("\n");
    expect(report.succeeded + report.failedClearly + report.interrupted, why).to.equal(report.attempted);
    expect(report, why).to.include({
      shared: 0,
      duplicates: 0,
      leaked: 0,
      lost: 0,
      secretsUnknown: 0,
      unclearErrors: 0,
    });
    // The faults really happened: injected answers, and plugin hosts killed under running operations.
    expect(Object.values(report.injected).reduce((a, b) => a + b, 0)).to.be.greaterThan(0);
    expect(report.pluginHostsKilled).to.be.greaterThan(0);
    // Stack b's runners vanished with their disks, and recover ran before its next operation.
    expect(report.runnersVanished).to.be.greaterThan(0);
    expect(report.clockSkewMs).to.equal(10 * 60_000);
    // Every request went through the forward proxy, as on a corporate network.
    expect(report.proxied).to.equal(report.requests);
  });
});
