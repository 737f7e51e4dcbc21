import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { median, percentile, table } from "./measure";
import { nextRun, shiftedSweep } from "./wait-shifts";
import { benchSection, newUser, quiet, SIZES, withEmulator, type Size } from "./bench-common";

/**
 * 2. Wait slack, swept over request durations with ±8 % jitter: from the emulator marking a create's
 * request DONE to create returning, and the polls it took. "First" is a process's first request of
 * the kind (nothing learned); "learned" comes after `warmup` requests of the same kind.
 */
type SweepRow = [string, number, string, string, number, number, number, number, number, string];
async function waitSweep(size: Size): Promise<SweepRow[]> {
  const { durations, warmup, runs } = SIZES[size].sweep;
  const rows: SweepRow[] = [];
  for (const durationMs of durations) {
    await withEmulator({ requestDelayMs: durationMs, requestDelayJitter: 0.08, rateLimitPerMinute: 0 }, async (e) => {
      const measure = async (p: S3KeyProvider) => {
        const user = newUser();
        const from = e.log.length;
        await p.create({ userId: user, active: true });
        const returned = Date.now();
        const post = e.log.slice(from).find((l) => l.method === "POST" && l.path.includes(user));
        const request = e.request(post!.requestId!)!;
        const polls = e.log.filter((l) => l.path.includes(`/requests/${request.id}/`)).length;
        return { slack: returned - request.doneAt, polls };
      };
      // A fresh provider per run: each wait is its process's first of the kind.
      const first = await Promise.all(Array.from({ length: runs }, () => measure(new S3KeyProvider({ log: quiet }))));
      const p = new S3KeyProvider({ log: quiet });
      for (let i = 0; i < warmup; i++) await measure(p);
      const learned: Array<{ slack: number; polls: number }> = [];
      for (let i = 0; i < runs; i++) learned.push(await measure(p));
      const slack = learned.map((r) => r.slack);
      const target = 0.05 * durationMs + 50;
      const pct = (ms: number) => `${Math.round(ms)} (${((100 * ms) / durationMs).toFixed(1)} %)`;
      rows.push([
        `${durationMs / 1000} s`,
        runs,
        pct(median(first.map((r) => r.slack))),
        pct(median(slack)),
        Math.round(percentile(slack, 95)),
        median(first.map((r) => r.polls)),
        median(learned.map((r) => r.polls)),
        Math.round(0.15 * durationMs + 50),
        Math.round(target),
        median(slack) <= target && median(learned.map((r) => r.polls)) <= 10 ? "met" : "missed",
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
const shiftSeeds = (size: Size) => Array.from({ length: size === "full" ? 9 : 3 }, (_, i) => i + 1);
const within = (ms: number, paceMs: number) => ms <= 0.05 * paceMs + 50;

/**
 * 2b. Waits while the pace shifts (0.3 → 6.5 s and back, ±8 %), on one simulated clock: for each
 * new pace, the median slack and polls of its 1st, 2nd and 3rd request over the seeds.
 */
type ShiftRow = [string, string, string, string, number, string];
async function shiftSweep(size: Size): Promise<ShiftRow[]> {
  const runs = await Promise.all(shiftSeeds(size).map((seed) => shiftedSweep(SHIFTS, 3, seed)));
  return SHIFTS.map((paceMs, step) => {
    const nth = (n: number) => runs.map((waits) => waits.filter((w) => w.nth === n)[step]);
    const cell = (n: number) =>
      `${Math.round(median(nth(n).map((w) => w.slackMs)))} / ${median(nth(n).map((w) => w.polls))}`;
    const third = nth(3);
    const met = within(median(third.map((w) => w.slackMs)), paceMs) && median(third.map((w) => w.polls)) <= 4;
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

/** 2c. A run that starts from what the last run on the machine learned: its first wait, and a lifecycle over its floor. */
type NextRunRow = [string, string, number, string, string];
async function nextRuns(size: Size): Promise<NextRunRow[]> {
  const rows: NextRunRow[] = [];
  for (const paceMs of [300, 1_500, 6_500]) {
    const runs = await Promise.all(shiftSeeds(size).map((seed) => nextRun(paceMs, seed)));
    const slack = median(runs.map((r) => r.first.slackMs));
    const ratio = median(runs.map((r) => r.lifecycleRatio));
    const met = within(slack, paceMs) && ratio <= 1.15;
    rows.push([
      `${paceMs / 1000} s`,
      `${Math.round(slack)} / ${median(runs.map((r) => r.first.polls))}`,
      Math.round(0.05 * paceMs + 50),
      ratio.toFixed(3),
      met ? "met" : "missed",
    ]);
  }
  return rows;
}

export const waitsSection = benchSection(
  "waits",
  async (size) => ({ waits: await waitSweep(size), shifts: await shiftSweep(size), nextRuns: await nextRuns(size) }),
  ({ waits, shifts, nextRuns: next }, size) => [
    `## Wait slack (DONE → create returns), request durations ±8 %, after ${SIZES[size].sweep.warmup} requests of the kind ("learned") and for a process's first ("first")`,
    table(SWEEP_COLUMNS, waits),
    "",
    `## Wait slack while IONOS's pace shifts (±8 %, simulated clock, median of ${shiftSeeds(size).length} runs): slack ms / polls of the new pace's requests`,
    table(["shift", "1st", "2nd", "3rd", "target ms (5 % + 50)", "3rd: slack and ≤ 4 polls"], shifts),
    "",
    `## The next run on the same machine (timings kept beside the journal; simulated clock, median of ${shiftSeeds(size).length} runs)`,
    table(
      [
        "requests take",
        "first wait: slack ms / polls",
        "target ms (5 % + 50)",
        "lifecycle / floor",
        "≤ target and ≤ 1.15",
      ],
      next,
    ),
  ],
);
