import { expect } from "chai";
import { RateGate } from "../provider/api/rate-gate";

const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name.toLowerCase()] ?? null });

// A fake clock: sleeping advances time, so the test reads the schedule the gate makes.
function fakeClock() {
  let now = 0;
  const starts: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    starts,
    mark: () => starts.push(now),
  };
}

describe("RateGate", () => {
  it("lets requests through at once while the budget lasts", async () => {
    const clock = fakeClock();
    const gate = new RateGate(clock.now, clock.sleep);
    gate.observe(200, headers({ "x-ratelimit-limit": "600", "x-ratelimit-remaining": "5" }));
    for (let i = 0; i < 3; i++) await gate.pass().then(clock.mark);
    expect(clock.starts).to.deep.equal([0, 0, 0]);
  });

  it("spaces requests at 60 s / limit once the budget is spent", async () => {
    const clock = fakeClock();
    const gate = new RateGate(clock.now, clock.sleep);
    gate.observe(200, headers({ "x-ratelimit-limit": "600", "x-ratelimit-remaining": "0" }));
    for (let i = 0; i < 3; i++) await gate.pass().then(clock.mark);
    expect(clock.starts).to.deep.equal([0, 100, 200]);
  });

  it("holds every request until a Retry-After has passed", async () => {
    const clock = fakeClock();
    const gate = new RateGate(clock.now, clock.sleep);
    gate.observe(429, headers({ "x-ratelimit-limit": "60" }));
    gate.holdFor(2000);
    await gate.pass().then(clock.mark);
    await gate.pass().then(clock.mark);
    expect(clock.starts).to.deep.equal([2000, 3000]);
  });
});
