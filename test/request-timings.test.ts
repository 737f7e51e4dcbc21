import { expect } from "chai";
import { defaultWaitOptions, nextPollDelay, RequestTimings } from "../provider/api/poll-schedule";
import { startEmulator } from "../emulator";
import { requestsSince, USER } from "./helpers/emulator";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";

describe("when waits poll", () => {
  it("follows 100 ms plus 15 % of the time elapsed until it has learned, at most 5 s apart", () => {
    expect(nextPollDelay(0, undefined, defaultWaitOptions)).to.equal(100);
    expect(nextPollDelay(1_000, undefined, defaultWaitOptions)).to.equal(250);
    expect(nextPollDelay(100_000, undefined, defaultWaitOptions)).to.equal(5_000);
  });

  it("learns a kind's window from three waits, and keeps kinds apart", () => {
    const timings = new RequestTimings();
    timings.observe("POST", 900, 1_100);
    timings.observe("POST", 950, 1_050);
    expect(timings.window("POST"), "two are not enough").to.equal(undefined);
    timings.observe("POST", 1_000, 1_040);
    const window = timings.window("POST")!;
    expect(window.startMs).to.be.closeTo(0.97 * 1_000, 1);
    expect(window.endMs).to.be.closeTo(1.03 * 1_020, 1);
    expect(timings.window("PUT")).to.equal(undefined);
  });

  it("sleeps to the window's start, polls a few times across it, and falls back when DONE is late", () => {
    const window = { startMs: 1_000, endMs: 1_200 };
    expect(nextPollDelay(0, window, defaultWaitOptions)).to.equal(1_000);
    expect(nextPollDelay(995, window, defaultWaitOptions), "never a sleep too short to matter").to.equal(40);
    expect(nextPollDelay(1_000, window, defaultWaitOptions)).to.equal(40);
    expect(nextPollDelay(1_190, window, defaultWaitOptions)).to.equal(40);
    expect(nextPollDelay(2_000, window, defaultWaitOptions)).to.equal(100 + 0.15 * 2_000);
  });

  it("forgets old durations: the window follows requests that got slower", () => {
    const timings = new RequestTimings();
    for (let i = 0; i < 20; i++) timings.observe("DELETE", 100, 100);
    for (let i = 0; i < 20; i++) timings.observe("DELETE", 5_000, 5_000);
    expect(timings.window("DELETE")!.startMs).to.be.closeTo(4_850, 1);
  });

  it("against the emulator on one clock, after three creates of a kind: a few polls, DONE noticed within 5 % + 50 ms", async () => {
    // One simulated clock for the emulator and the provider: sleeping moves it, so the figures repeat.
    let now = Date.UTC(2026, 10, 22);
    const emulator = await startEmulator(
      { requestDelayMs: 2_000, requestDelayJitter: 0.08, rateLimitPerMinute: 0 },
      { clock: () => now },
    );
    try {
      const provider = new S3KeyProvider({
        env: { IONOS_API_URL: emulator.url, IONOS_TOKEN: emulator.options.token, IONOS_CREATE_JOURNAL: "off" },
        log: () => undefined,
        client: { now: () => now, sleep: async (ms) => void (now += ms) },
      });
      const runs: Array<{ polls: number; slack: number }> = [];
      for (let i = 0; i < 10; i++) {
        const from = emulator.log.length;
        const { id } = await provider.create({ userId: USER, active: true });
        const post = emulator.log.slice(from).find((l) => l.method === "POST")!;
        runs.push({
          polls: requestsSince(emulator, from).filter((r) => r === "GET status").length,
          slack: now - emulator.request(post.requestId!)!.doneAt,
        });
        emulator.deleteKeyOutside(id);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const learned = runs.slice(3);
      expect(median(runs.slice(0, 3).map((r) => r.polls)), "the fixed schedule first").to.be.at.least(10);
      expect(median(learned.map((r) => r.polls))).to.be.at.most(5);
      expect(median(learned.map((r) => r.slack))).to.be.at.most(0.05 * 2_000 + 50);
    } finally {
      await emulator.close();
    }
  });
});
