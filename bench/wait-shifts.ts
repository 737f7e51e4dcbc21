// Waits while IONOS's pace shifts, on one simulated clock for the emulator and the provider (sleeping
// moves it, so a sweep of minutes runs in seconds and repeats): how soon after DONE each create
// returns, and how many polls it took; and a run that starts from what the last run learned.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../emulator";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";

/** One create of a shifted sweep: the pace, which of its requests, its slack and its polls. */
export interface ShiftedWait {
  readonly paceMs: number;
  /** 1 for the first request at this pace. */
  readonly nth: number;
  readonly slackMs: number;
  readonly polls: number;
}

/** The emulator and a clock that only moves when someone sleeps. */
export async function simulatedWorld(requestDelayMs: number, seed: number) {
  let now = Date.UTC(2026, 10, 22);
  const emulator = await startEmulator(
    { requestDelayMs, requestDelayJitter: 0.08, rateLimitPerMinute: 0, faults: { seed } },
    { clock: () => now },
  );
  /** A provider process: `journalDir` is its machine's state directory (undefined: none). */
  const provider = (journalDir?: string) =>
    new S3KeyProvider({
      env: {
        IONOS_API_URL: emulator.url,
        IONOS_TOKEN: emulator.options.token,
        IONOS_CREATE_JOURNAL: journalDir ?? "off",
      },
      log: () => undefined,
      client: { now: () => now, sleep: async (ms) => void (now += ms) },
    });
  return { emulator, provider, now: () => now, advance: (ms: number) => void (now += ms) };
}

const USER = "5e1f0000-0000-4000-8000-000000000000";

/** One create and what its wait cost: slack from DONE to create returning, and status polls. */
export async function timedCreate(emulator: Emulator, provider: S3KeyProvider, now: () => number) {
  const from = emulator.log.length;
  const { id } = await provider.create({ userId: USER, active: true });
  const post = emulator.log.slice(from).find((l) => l.method === "POST")!;
  const polls = emulator.log.slice(from).filter((l) => l.path.includes("/requests/")).length;
  const slackMs = now() - emulator.request(post.requestId!)!.doneAt;
  emulator.deleteKeyOutside(id.slice(id.indexOf("/") + 1));
  return { slackMs, polls };
}

/** `perPace` creates at each pace of `paces` in turn, in one process, after `warmup` at the first. */
export async function shiftedSweep(paces: readonly number[], perPace: number, seed: number): Promise<ShiftedWait[]> {
  const world = await simulatedWorld(paces[0], seed);
  try {
    const provider = world.provider();
    for (let i = 0; i < 5; i++) await timedCreate(world.emulator, provider, world.now);
    const waits: ShiftedWait[] = [];
    for (const paceMs of paces) {
      world.emulator.setRequestDelay(paceMs);
      for (let nth = 1; nth <= perPace; nth++)
        waits.push({ paceMs, nth, ...(await timedCreate(world.emulator, provider, world.now)) });
    }
    return waits;
  } finally {
    await world.emulator.close();
  }
}

/** A run that starts where the last one on the machine ended: its first wait, and a lifecycle against its floor. */
export interface NextRun {
  readonly first: { readonly slackMs: number; readonly polls: number };
  /** A lifecycle's time (create, disable, delete, each waited for) over the time its requests took. */
  readonly lifecycleRatio: number;
}

/** Create, disable, delete: each waited for. */
async function lifecycle(provider: S3KeyProvider): Promise<void> {
  const { id, outs } = await provider.create({ userId: USER, active: true });
  const { outs: disabled } = await provider.update(id, outs!, { userId: USER, active: false });
  await provider.delete(id, disabled!);
}

/**
 * One `pulumi up` that learns IONOS's pace (`learnRuns` creates), then a new process on the same
 * machine (the same journal directory), `gapMs` later, after `learnRuns` lifecycles: its first create's wait, and one lifecycle.
 */
export async function nextRun(paceMs: number, seed: number, gapMs = 60_000, learnRuns = 8): Promise<NextRun> {
  const world = await simulatedWorld(paceMs, seed);
  const dir = mkdtempSync(join(tmpdir(), "ionos-timings-"));
  try {
    const last = world.provider(dir);
    for (let i = 0; i < learnRuns; i++) await lifecycle(last);
    world.advance(gapMs);
    const next = world.provider(dir);
    const first = await timedCreate(world.emulator, next, world.now);
    const from = world.emulator.log.length;
    const started = world.now();
    await lifecycle(next);
    const elapsed = world.now() - started;
    const floor = world.emulator.log
      .slice(from)
      .filter((l) => l.requestId !== undefined)
      .map((l) => world.emulator.request(l.requestId!)!)
      .reduce((sum, r) => sum + (r.doneAt - r.createdAt), 0);
    return { first, lifecycleRatio: elapsed / floor };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await world.emulator.close();
  }
}
