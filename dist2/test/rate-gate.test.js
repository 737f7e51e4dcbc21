"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const rate_gate_1 = require("../provider/api/rate-gate");
const headers = (h) => ({ get: (name) => h[name.toLowerCase()] ?? null });
// A fake clock: sleeping advances time, so the test reads the schedule the gate makes.
function fakeClock() {
    let now = 0;
    const starts = [];
    return {
        now: () => now,
        sleep: async (ms) => {
            now += ms;
        },
        starts,
        mark: () => starts.push(now),
    };
}
describe("RateGate", () => {
    it("lets requests through at once while the budget lasts", async () => {
        const clock = fakeClock();
        const gate = new rate_gate_1.RateGate(clock.now, clock.sleep);
        gate.observe(200, headers({ "x-ratelimit-limit": "600", "x-ratelimit-remaining": "5" }));
        for (let i = 0; i < 3; i++)
            await gate.pass().then(clock.mark);
        (0, chai_1.expect)(clock.starts).to.deep.equal([0, 0, 0]);
    });
    it("spaces requests at 60 s / limit once the budget is spent", async () => {
        const clock = fakeClock();
        const gate = new rate_gate_1.RateGate(clock.now, clock.sleep);
        gate.observe(200, headers({ "x-ratelimit-limit": "600", "x-ratelimit-remaining": "0" }));
        for (let i = 0; i < 3; i++)
            await gate.pass().then(clock.mark);
        (0, chai_1.expect)(clock.starts).to.deep.equal([0, 100, 200]);
    });
    it("holds every request until a Retry-After has passed", async () => {
        const clock = fakeClock();
        const gate = new rate_gate_1.RateGate(clock.now, clock.sleep);
        gate.observe(429, headers({ "x-ratelimit-limit": "60" }));
        gate.holdFor(2000);
        await gate.pass().then(clock.mark);
        await gate.pass().then(clock.mark);
        (0, chai_1.expect)(clock.starts).to.deep.equal([2000, 3000]);
    });
});
//# sourceMappingURL=rate-gate.test.js.map