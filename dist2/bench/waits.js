"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.waitsSection = void 0;
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const measure_1 = require("./measure");
const wait_shifts_1 = require("./wait-shifts");
const bench_common_1 = require("./bench-common");
async function waitSweep(size) {
    const { durations, warmup, runs } = bench_common_1.SIZES[size].sweep;
    const rows = [];
    for (const durationMs of durations) {
        await (0, bench_common_1.withEmulator)({ requestDelayMs: durationMs, requestDelayJitter: 0.08, rateLimitPerMinute: 0 }, async (e) => {
            const measure = async (p) => {
                const user = (0, bench_common_1.newUser)();
                const from = e.log.length;
                await p.create({ userId: user, active: true });
                const returned = Date.now();
                const post = e.log.slice(from).find((l) => l.method === "POST" && l.path.includes(user));
                const request = e.request(post.requestId);
                const polls = e.log.filter((l) => l.path.includes(`/requests/${request.id}/`)).length;
                return { slack: returned - request.doneAt, polls };
            };
            // A fresh provider per run: each wait is its process's first of the kind.
            const first = await Promise.all(Array.from({ length: runs }, () => measure(new s3_key_provider_1.S3KeyProvider({ log: bench_common_1.quiet }))));
            const p = new s3_key_provider_1.S3KeyProvider({ log: bench_common_1.quiet });
            for (let i = 0; i < warmup; i++)
                await measure(p);
            const learned = [];
            for (let i = 0; i < runs; i++)
                learned.push(await measure(p));
            const slack = learned.map((r) => r.slack);
            const target = 0.05 * durationMs + 50;
            const pct = (ms) => `${Math.round(ms)} (${((100 * ms) / durationMs).toFixed(1)} %)`;
            rows.push([
                `${durationMs / 1000} s`,
                runs,
                pct((0, measure_1.median)(first.map((r) => r.slack))),
                pct((0, measure_1.median)(slack)),
                Math.round((0, measure_1.percentile)(slack, 95)),
                (0, measure_1.median)(first.map((r) => r.polls)),
                (0, measure_1.median)(learned.map((r) => r.polls)),
                Math.round(0.15 * durationMs + 50),
                Math.round(target),
                (0, measure_1.median)(slack) <= target && (0, measure_1.median)(learned.map((r) => r.polls)) <= 10 ? "met" : "missed",
            ]);
        });
    }
    return rows;
}
const SWEEP_COLUMNS = [
    "request takes",
    "runs",
    "first: median slack ms",
    "learned: median slack ms",
    "learned: p95 slack ms",
    "first: median polls",
    "learned: median polls",
    "first target ms (15 % + 50)",
    "learned target ms (5 % + 50)",
    "learned: slack and ≤ 10 polls",
];
/** The shifted sweep's paces, up and back down. */
const SHIFTS = [300, 700, 1_500, 3_200, 6_500, 3_200, 1_500, 700, 300];
const shiftSeeds = (size) => Array.from({ length: size === "full" ? 9 : 3 }, (_, i) => i + 1);
const within = (ms, paceMs) => ms <= 0.05 * paceMs + 50;
async function shiftSweep(size) {
    const runs = await Promise.all(shiftSeeds(size).map((seed) => (0, wait_shifts_1.shiftedSweep)(SHIFTS, 3, seed)));
    return SHIFTS.map((paceMs, step) => {
        const nth = (n) => runs.map((waits) => waits.filter((w) => w.nth === n)[step]);
        const cell = (n) => `${Math.round((0, measure_1.median)(nth(n).map((w) => w.slackMs)))} / ${(0, measure_1.median)(nth(n).map((w) => w.polls))}`;
        const third = nth(3);
        const met = within((0, measure_1.median)(third.map((w) => w.slackMs)), paceMs) && (0, measure_1.median)(third.map((w) => w.polls)) <= 4;
        const from = step === 0 ? "(steady)" : `${SHIFTS[step - 1] / 1000} s`;
        return [
            `${from} → ${paceMs / 1000} s`,
            cell(1),
            cell(2),
            cell(3),
            Math.round(0.05 * paceMs + 50),
            met ? "met" : "missed",
        ];
    });
}
async function nextRuns(size) {
    const rows = [];
    for (const paceMs of [300, 1_500, 6_500]) {
        const runs = await Promise.all(shiftSeeds(size).map((seed) => (0, wait_shifts_1.nextRun)(paceMs, seed)));
        const slack = (0, measure_1.median)(runs.map((r) => r.first.slackMs));
        const ratio = (0, measure_1.median)(runs.map((r) => r.lifecycleRatio));
        const met = within(slack, paceMs) && ratio <= 1.15;
        rows.push([
            `${paceMs / 1000} s`,
            `${Math.round(slack)} / ${(0, measure_1.median)(runs.map((r) => r.first.polls))}`,
            Math.round(0.05 * paceMs + 50),
            ratio.toFixed(3),
            met ? "met" : "missed",
        ]);
    }
    return rows;
}
exports.waitsSection = (0, bench_common_1.benchSection)("waits", async (size) => ({ waits: await waitSweep(size), shifts: await shiftSweep(size), nextRuns: await nextRuns(size) }), ({ waits, shifts, nextRuns: next }, size) => [
    `## Wait slack (DONE → create returns), request durations ±8 %, after ${bench_common_1.SIZES[size].sweep.warmup} requests of the kind ("learned") and for a process's first ("first")`,
    (0, measure_1.table)(SWEEP_COLUMNS, waits),
    "",
    `## Wait slack while IONOS's pace shifts (±8 %, simulated clock, median of ${shiftSeeds(size).length} runs): slack ms / polls of the new pace's requests`,
    (0, measure_1.table)(["shift", "1st", "2nd", "3rd", "target ms (5 % + 50)", "3rd: slack and ≤ 4 polls"], shifts),
    "",
    `## The next run on the same machine (timings kept beside the journal; simulated clock, median of ${shiftSeeds(size).length} runs)`,
    (0, measure_1.table)([
        "requests take",
        "first wait: slack ms / polls",
        "target ms (5 % + 50)",
        "lifecycle / floor",
        "≤ target and ≤ 1.15",
    ], next),
]);
//# sourceMappingURL=waits.js.map