"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const poll_schedule_1 = require("../provider/api/poll-schedule");
const emulator_1 = require("../emulator");
const emulator_2 = require("./helpers/emulator");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const wait_shifts_1 = require("../bench/wait-shifts");
const timings_file_1 = require("../provider/common/timings-file");
describe("when waits poll", () => {
    it("follows 100 ms plus 15 % of the time elapsed until it has learned, at most 5 s apart", () => {
        (0, chai_1.expect)((0, poll_schedule_1.nextPollDelay)(0, undefined, poll_schedule_1.defaultWaitOptions)).to.equal(100);
        (0, chai_1.expect)((0, poll_schedule_1.nextPollDelay)(1_000, undefined, poll_schedule_1.defaultWaitOptions)).to.equal(250);
        (0, chai_1.expect)((0, poll_schedule_1.nextPollDelay)(100_000, undefined, poll_schedule_1.defaultWaitOptions)).to.equal(5_000);
    });
    it("learns a kind's window from three waits, and keeps kinds apart", () => {
        const timings = new poll_schedule_1.RequestTimings();
        timings.observe("POST", 900, 1_100);
        timings.observe("POST", 950, 1_050);
        (0, chai_1.expect)(timings.window("POST"), "two are not enough").to.equal(undefined);
        timings.observe("POST", 1_000, 1_040);
        const window = timings.window("POST");
        // Few samples: their median ± half the assumed spread (16 %) and 3 %.
        (0, chai_1.expect)(window.startMs).to.be.closeTo(0.89 * 1_000, 1);
        (0, chai_1.expect)(window.endMs).to.be.closeTo(1.11 * 1_000, 1);
        (0, chai_1.expect)(timings.window("PUT")).to.equal(undefined);
        // Five and more: the 10th to the 90th percentile, widened by 3 %.
        timings.observe("POST", 1_040, 1_060);
        timings.observe("POST", 1_100, 1_120);
        (0, chai_1.expect)(timings.window("POST").startMs).to.be.closeTo(0.97 * 1_000, 1);
        (0, chai_1.expect)(timings.window("POST").endMs).to.be.closeTo(1.03 * 1_110, 1);
    });
    it("sleeps to the window's start, polls a few times across it and as far past it, then falls back when DONE is late", () => {
        const window = { startMs: 1_000, endMs: 1_200 };
        (0, chai_1.expect)((0, poll_schedule_1.nextPollDelay)(0, window, poll_schedule_1.defaultWaitOptions)).to.equal(1_000);
        (0, chai_1.expect)((0, poll_schedule_1.nextPollDelay)(995, window, poll_schedule_1.defaultWaitOptions), "never a sleep too short to matter").to.equal(67);
        (0, chai_1.expect)((0, poll_schedule_1.nextPollDelay)(1_000, window, poll_schedule_1.defaultWaitOptions)).to.equal(67);
        (0, chai_1.expect)((0, poll_schedule_1.nextPollDelay)(1_190, window, poll_schedule_1.defaultWaitOptions)).to.equal(67);
        (0, chai_1.expect)((0, poll_schedule_1.nextPollDelay)(1_390, window, poll_schedule_1.defaultWaitOptions), "as far again past it, in the same steps").to.equal(67);
        (0, chai_1.expect)((0, poll_schedule_1.nextPollDelay)(2_000, window, poll_schedule_1.defaultWaitOptions)).to.equal(100 + 0.15 * 2_000);
    });
    it("forgets old durations: the window follows requests that got slower", () => {
        const timings = new poll_schedule_1.RequestTimings();
        for (let i = 0; i < 20; i++)
            timings.observe("DELETE", 100, 100);
        for (let i = 0; i < 20; i++)
            timings.observe("DELETE", 5_000, 5_000);
        (0, chai_1.expect)(timings.window("DELETE").startMs).to.be.closeTo(4_850, 1);
    });
    it("against the emulator on one clock, after three creates of a kind: a few polls, DONE noticed within 5 % + 50 ms", async () => {
        // One simulated clock for the emulator and the provider: sleeping moves it, so the figures repeat.
        let now = Date.UTC(2026, 10, 22);
        const emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 2_000, requestDelayJitter: 0.08, rateLimitPerMinute: 0 }, { clock: () => now });
        try {
            const provider = new s3_key_provider_1.S3KeyProvider({
                env: { IONOS_API_URL: emulator.url, IONOS_TOKEN: emulator.options.token, IONOS_CREATE_JOURNAL: "off" },
                log: () => undefined,
                client: { now: () => now, sleep: async (ms) => void (now += ms) },
            });
            const runs = [];
            for (let i = 0; i < 10; i++) {
                const from = emulator.log.length;
                const { id } = await provider.create({ userId: emulator_2.USER, active: true });
                const post = emulator.log.slice(from).find((l) => l.method === "POST");
                runs.push({
                    polls: (0, emulator_2.requestsSince)(emulator, from).filter((r) => r === "GET status").length,
                    slack: now - emulator.request(post.requestId).doneAt,
                });
                emulator.deleteKeyOutside(id);
            }
            const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
            const learned = runs.slice(3);
            (0, chai_1.expect)(median(runs.slice(0, 3).map((r) => r.polls)), "the fixed schedule first").to.be.at.least(10);
            (0, chai_1.expect)(median(learned.map((r) => r.polls))).to.be.at.most(5);
            (0, chai_1.expect)(median(learned.map((r) => r.slack))).to.be.at.most(0.05 * 2_000 + 50);
        }
        finally {
            await emulator.close();
        }
    });
});
describe("waits at the limit: shifts of IONOS's pace, and what one run leaves the next", function () {
    this.timeout(120_000);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const within = (ms, paceMs) => ms <= 0.05 * paceMs + 50;
    const PACES = [300, 700, 1_500, 3_200, 6_500, 3_200, 1_500, 700, 300];
    const SEEDS = [1, 2, 3, 4, 5, 6, 7];
    it("after each shift, up and down, the third request of the new pace is within 5 % + 50 ms at ≤ 4 polls (median of 7 runs)", async () => {
        const runs = await Promise.all(SEEDS.map((seed) => (0, wait_shifts_1.shiftedSweep)(PACES, 3, seed)));
        for (const [step, paceMs] of PACES.entries()) {
            const third = runs.map((waits) => waits.filter((w) => w.nth === 3)[step]);
            const slack = median(third.map((w) => w.slackMs));
            (0, chai_1.expect)(within(slack, paceMs), `${paceMs} ms (step ${step}): median slack ${Math.round(slack)} ms`).to.equal(true);
            (0, chai_1.expect)(median(third.map((w) => w.polls)), `${paceMs} ms (step ${step}): polls`).to.be.at.most(4);
        }
    });
    it("a new run on the same machine starts from what the last learned: its first wait within 5 % + 50 ms, a lifecycle ≤ 1.15 × its floor", async () => {
        for (const paceMs of [700, 3_200]) {
            const runs = await Promise.all(SEEDS.slice(0, 5).map((seed) => (0, wait_shifts_1.nextRun)(paceMs, seed)));
            const slack = median(runs.map((r) => r.first.slackMs));
            (0, chai_1.expect)(within(slack, paceMs), `${paceMs} ms: first wait's median slack ${Math.round(slack)} ms`).to.equal(true);
            (0, chai_1.expect)(median(runs.map((r) => r.first.polls))).to.be.at.most(4);
            (0, chai_1.expect)(median(runs.map((r) => r.lifecycleRatio))).to.be.at.most(1.15);
        }
    });
    it("ignores what was learned more than a day ago: the first wait of that run follows the fixed schedule", async () => {
        const stale = await (0, wait_shifts_1.nextRun)(1_500, 1, 25 * 3600_000);
        const fresh = await (0, wait_shifts_1.nextRun)(1_500, 1);
        (0, chai_1.expect)(stale.first.polls, "many polls: nothing learned").to.be.at.least(8);
        (0, chai_1.expect)(fresh.first.polls).to.be.at.most(5);
    });
    it("reads a timings file only when it is one: junk, a wrong kind, absurd durations and stale files are ignored", () => {
        const now = Date.UTC(2026, 11, 1);
        const good = { savedAt: now - 1000, kinds: { "POST s3key": { samples: [1500, 1510, 1490], spread: 0.16 } } };
        (0, chai_1.expect)((0, timings_file_1.parseTimings)(JSON.stringify(good), now)).to.deep.equal({
            "POST s3key": { samples: [1500, 1510, 1490], spread: 0.16 },
        });
        (0, chai_1.expect)((0, timings_file_1.parseTimings)("not json", now)).to.equal(undefined);
        (0, chai_1.expect)((0, timings_file_1.parseTimings)(JSON.stringify({ ...good, savedAt: now - timings_file_1.STALE_AFTER_MS - 1 }), now)).to.equal(undefined);
        (0, chai_1.expect)((0, timings_file_1.parseTimings)(JSON.stringify({ ...good, savedAt: now + 10 * 3600_000 }), now), "from the future").to.equal(undefined);
        const bad = {
            savedAt: now,
            kinds: { __proto__: { samples: [1] }, "POST s3key": { samples: [-1, 1e12] }, "PUT s3key": { samples: "x" } },
        };
        (0, chai_1.expect)((0, timings_file_1.parseTimings)(JSON.stringify(bad), now)).to.deep.equal({});
    });
});
//# sourceMappingURL=request-timings.test.js.map