import type { Emulator } from "../emulator";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { median, percentile, table } from "./measure";
import { benchSection, newUser, quiet, SIZES, withEmulator, type Size } from "./bench-common";

// Waits in real time: the emulator is a real HTTP server on the wall clock, and the provider polls
// it as it polls IONOS. The schedule is plain (100 ms plus 15 % of the time waited, at most 5 s
// apart), so its promise is the same for every wait: DONE noticed within 15 % + 100 ms.

/** The schedule's promise for a request of `durationMs`: 15 % of it plus the first poll's 100 ms. */
const promised = (durationMs: number) => 0.15 * durationMs + 100;

/**
 * One create's wait: from the emulator marking its request DONE to create returning (`slack`), and to
 * the poll that saw it arriving (`noticed`: what the schedule decides; the rest is that poll's round trip).
 */
async function timedCreate(
  e: Emulator,
  p: S3KeyProvider,
): Promise<{ slack: number; noticed: number; polls: number; took: number }> {
  const user = newUser();
  const from = e.log.length;
  await p.create({ userId: user, active: true });
  const returned = Date.now();
  const post = e.log.slice(from).find((l) => l.method === "POST" && l.path.includes(user));
  const request = e.request(post!.requestId!)!;
  const polls = e.log.filter((l) => l.path.includes(`/requests/${request.id}/`));
  // The last poll saw DONE (it may have arrived a moment before DONE and been answered after).
  const seen = polls[polls.length - 1];
  return {
    slack: returned - request.doneAt,
    noticed: Math.max(0, seen.startedAt - request.doneAt),
    polls: polls.length,
    // From the POST's answer leaving the server, where the wait begins, to DONE.
    took: request.doneAt - (post!.startedAt + post!.durationMs),
  };
}

/**
 * 2. Wait slack, swept over request durations with ±8 % jitter, in real time: `runs` creates in
 * parallel at each duration, their median and p95 slack and their polls, and how many saw DONE at a
 * poll within the schedule's promise of the time waited (what is left is that poll's round trip).
 */
type SweepRow = [string, number, string, number, number, number, string];
async function waitSweep(size: Size): Promise<SweepRow[]> {
  const { durations, runs } = SIZES[size].sweep;
  const rows: SweepRow[] = [];
  for (const durationMs of durations) {
    await withEmulator({ requestDelayMs: durationMs, requestDelayJitter: 0.08, rateLimitPerMinute: 0 }, async (e) => {
      const p = new S3KeyProvider({ log: quiet });
      const waits = await Promise.all(Array.from({ length: runs }, () => timedCreate(e, p)));
      const slack = waits.map((w) => w.slack);
      const pct = (ms: number) => `${Math.round(ms)} (${((100 * ms) / durationMs).toFixed(1)} %)`;
      rows.push([
        `${durationMs / 1000} s`,
        runs,
        pct(median(slack)),
        Math.round(percentile(slack, 95)),
        median(waits.map((w) => w.polls)),
        Math.round(promised(durationMs)),
        `${waits.filter((w) => w.noticed <= promised(w.took)).length} of ${runs}`,
      ]);
    });
  }
  return rows;
}

const SWEEP_COLUMNS = [
  "request takes",
  "runs",
  "median slack ms",
  "p95 slack ms",
  "median polls",
  "promised ms (15 % + 100)",
  "runs whose poll saw DONE within the promise",
];

/**
 * 2b. A lifecycle (create, read, disable, delete) at 0.3 s in a fresh process and right after three 4 s
 * requests in the same process, in real time: its time over its floor (the three requests' own
 * durations). Equal ratios show that no wait carries what an earlier one saw.
 */
type AfterRow = [string, number, number, string];
async function afterSlowPhase(size: Size): Promise<AfterRow[]> {
  const runs = size === "full" ? 5 : 2;
  const lifecycle = async (e: Emulator, p: S3KeyProvider) => {
    const userId = newUser();
    const from = e.log.length;
    const started = Date.now();
    const { id } = await p.create({ userId, active: true });
    const outs = await p.read(id, { userId });
    await p.update(id, outs.props!, { userId, active: false });
    await p.delete(id, { userId });
    const took = Date.now() - started;
    const writes = e.log.slice(from).filter((l) => l.requestId !== undefined && l.method !== "GET");
    const floor = writes.reduce(
      (sum, l) => sum + e.request(l.requestId!)!.doneAt - e.request(l.requestId!)!.createdAt,
      0,
    );
    return { took, floor };
  };
  const rows: AfterRow[] = [];
  for (const slowFirst of [false, true]) {
    await withEmulator({ requestDelayMs: 300, requestDelayJitter: 0.08, rateLimitPerMinute: 0 }, async (e) => {
      const results: Array<{ took: number; floor: number }> = [];
      for (let run = 0; run < runs; run++) {
        const p = new S3KeyProvider({ log: quiet });
        if (slowFirst) {
          e.setRequestDelay(4_000);
          for (let i = 0; i < 3; i++) await timedCreate(e, p);
          e.setRequestDelay(300);
        }
        results.push(await lifecycle(e, p));
      }
      rows.push([
        slowFirst ? "right after three 4 s requests" : "a fresh process",
        runs,
        Math.round(median(results.map((r) => r.took))),
        median(results.map((r) => r.took / r.floor)).toFixed(3),
      ]);
    });
  }
  return rows;
}

export const waitsSection = benchSection(
  "waits",
  async (size) => ({ waits: await waitSweep(size), afterSlow: await afterSlowPhase(size) }),
  ({ waits, afterSlow }) => [
    "## Wait slack (DONE → create returns) in real time, request durations ±8 %: one plain schedule, 100 ms plus 15 % of the time waited, at most 5 s apart",
    table(SWEEP_COLUMNS, waits),
    "",
    "## A lifecycle at 0.3 s (create, read, disable, delete) in real time, in a fresh process and right after a slow phase",
    table(["when", "runs", "median ms", "median time / floor"], afterSlow),
  ],
);
