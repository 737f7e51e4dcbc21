"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_child_process_1 = require("node:child_process");
const soak_1 = require("../../bench/soak");
const shifted_clock_1 = require("../../tools/shifted-clock");
// The soak at CI size: the same faults as the full run (`npm run soak`, 500 keys), fewer keys.
describe("soak through the plugin host under injected faults (small size)", function () {
    this.timeout(240_000);
    it("sets the machines' clocks off: a process started with shiftedClockEnv reads a clock 10 minutes ahead, or behind", () => {
        for (const offset of [10 * 60_000, -10 * 60_000]) {
            const env = (0, shifted_clock_1.shiftedClockEnv)(process.env, offset);
            const printed = (0, node_child_process_1.execFileSync)(process.execPath, ["-e", "console.log(Date.now(), new Date().getTime())"], {
                env,
                encoding: "utf8",
            });
            const [now, date] = printed.trim().split(" ").map(Number);
            (0, chai_1.expect)(Math.abs(now - Date.now() - offset)).to.be.lessThan(30_000);
            (0, chai_1.expect)(Math.abs(date - Date.now() - offset)).to.be.lessThan(30_000);
        }
    });
    it("two stacks at once, S3 keys and access keys, lost answers, lagging lists and killed plugin hosts, machine clocks 10 min off both ways, ephemeral runners that vanish and recover, every request through a proxy: no key shared, duplicated, leaked or lost, every access key's secret held", async () => {
        const report = await (0, soak_1.runSoak)({
            ...{ keys: 30, seed: 3, parallelism: 8, killEveryMs: 1500, accessKeys: 12 },
            ...{ clockSkewMs: 10 * 60_000, vanishedRunners: true, proxy: true },
        });
        const why = report.errors.join("\n");
        (0, chai_1.expect)(report.succeeded + report.failedClearly + report.interrupted, why).to.equal(report.attempted);
        (0, chai_1.expect)(report, why).to.include({
            shared: 0,
            duplicates: 0,
            leaked: 0,
            lost: 0,
            secretsUnknown: 0,
            unclearErrors: 0,
        });
        // The faults really happened: injected answers, and plugin hosts killed under running operations.
        (0, chai_1.expect)(Object.values(report.injected).reduce((a, b) => a + b, 0)).to.be.greaterThan(0);
        (0, chai_1.expect)(report.pluginHostsKilled).to.be.greaterThan(0);
        // Stack b's runners vanished with their disks, and recover ran before its next operation.
        (0, chai_1.expect)(report.runnersVanished).to.be.greaterThan(0);
        (0, chai_1.expect)(report.clockSkewMs).to.equal(10 * 60_000);
        // Every request went through the forward proxy, as on a corporate network.
        (0, chai_1.expect)(report.proxied).to.equal(report.requests);
    });
});
//# sourceMappingURL=soak.test.js.map