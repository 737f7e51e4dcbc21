import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { median, percentile, table } from "./measure";
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

export const waitsSection = benchSection(
  "waits",
  async (size) => ({ waits: await waitSweep(size) }),
  ({ waits }, size) => [
    `## Wait slack (DONE → create returns), request durations ±8 %, after ${SIZES[size].sweep.warmup} requests of the kind ("learned") and for a process's first ("first")`,
    table(SWEEP_COLUMNS, waits),
  ],
);
