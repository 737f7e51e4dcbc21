import { expect } from "chai";
import { runSoak } from "../bench/soak";

// The soak at CI size: the same faults as the full run (`npm run soak`, 500 keys), fewer keys.
describe("soak through the plugin host under injected faults (small size)", function () {
  this.timeout(120_000);

  it("loses, leaks and duplicates no key, and every failure is a clear error", async () => {
    const report = await runSoak({ keys: 25, seed: 3, parallelism: 8 });
    // A create that fails cleanly (no key made) ends that key's lifecycle, so fewer may be attempted.
    expect(report.attempted).to.be.within(25, 75);
    expect(report.succeeded + report.failedClearly, report.errors.join("\n")).to.equal(report.attempted);
    expect(report, report.errors.join("\n")).to.include({ leaked: 0, lost: 0, duplicates: 0, unclearErrors: 0 });
    // The faults really happened.
    expect(Object.values(report.injected).reduce((a, b) => a + b, 0)).to.be.greaterThan(0);
  });
});
