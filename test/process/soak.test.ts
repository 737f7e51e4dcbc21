import { expect } from "chai";
import { runSoak } from "../../bench/soak";

// The soak at CI size: the same faults as the full run (`npm run soak`, 500 keys), fewer keys.
describe("soak through the plugin host under injected faults (small size)", function () {
  this.timeout(240_000);

  it("two stacks at once, S3 keys and access keys, lost answers, lagging lists and killed plugin hosts: no key shared, duplicated, leaked or lost, every access key's secret held", async () => {
    const report = await runSoak({ keys: 30, seed: 3, parallelism: 8, killEveryMs: 1500, accessKeys: 12 });
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
  });
});
