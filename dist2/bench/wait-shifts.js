"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.simulatedWorld = simulatedWorld;
exports.timedCreate = timedCreate;
exports.shiftedSweep = shiftedSweep;
exports.nextRun = nextRun;
// Waits while IONOS's pace shifts, on one simulated clock for the emulator and the provider (sleeping
// moves it, so a sweep of minutes runs in seconds and repeats): how soon after DONE each create
// returns, and how many polls it took; and a run that starts from what the last run learned.
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const emulator_1 = require("../emulator");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
/** The emulator and a clock that only moves when someone sleeps. */
async function simulatedWorld(requestDelayMs, seed) {
    let now = Date.UTC(2026, 10, 22);
    const emulator = await (0, emulator_1.startEmulator)({ requestDelayMs, requestDelayJitter: 0.08, rateLimitPerMinute: 0, faults: { seed } }, { clock: () => now });
    /** A provider process: `journalDir` is its machine's state directory (undefined: none). */
    const provider = (journalDir) => new s3_key_provider_1.S3KeyProvider({
        env: {
            IONOS_API_URL: emulator.url,
            IONOS_TOKEN: emulator.options.token,
            IONOS_CREATE_JOURNAL: journalDir ?? "off",
        },
        log: () => undefined,
        client: { now: () => now, sleep: async (ms) => void (now += ms) },
    });
    return { emulator, provider, now: () => now, advance: (ms) => void (now += ms) };
}
const USER = "5e1f0000-0000-4000-8000-000000000000";
/** One create and what its wait cost: slack from DONE to create returning, and status polls. */
async function timedCreate(emulator, provider, now) {
    const from = emulator.log.length;
    const { id } = await provider.create({ userId: USER, active: true });
    const post = emulator.log.slice(from).find((l) => l.method === "POST");
    const polls = emulator.log.slice(from).filter((l) => l.path.includes("/requests/")).length;
    const slackMs = now() - emulator.request(post.requestId).doneAt;
    emulator.deleteKeyOutside(id.slice(id.indexOf("/") + 1));
    return { slackMs, polls };
}
/** `perPace` creates at each pace of `paces` in turn, in one process, after `warmup` at the first. */
async function shiftedSweep(paces, perPace, seed) {
    const world = await simulatedWorld(paces[0], seed);
    try {
        const provider = world.provider();
        for (let i = 0; i < 5; i++)
            await timedCreate(world.emulator, provider, world.now);
        const waits = [];
        for (const paceMs of paces) {
            world.emulator.setRequestDelay(paceMs);
            for (let nth = 1; nth <= perPace; nth++)
                waits.push({ paceMs, nth, ...(await timedCreate(world.emulator, provider, world.now)) });
        }
        return waits;
    }
    finally {
        await world.emulator.close();
    }
}
/** Create, disable, delete: each waited for. */
async function lifecycle(provider) {
    const { id, outs } = await provider.create({ userId: USER, active: true });
    const { outs: disabled } = await provider.update(id, outs, { userId: USER, active: false });
    await provider.delete(id, disabled);
}
/**
 * One `pulumi up` that learns IONOS's pace (`learnRuns` creates), then a new process on the same
 * machine (the same journal directory), `gapMs` later, after `learnRuns` lifecycles: its first create's wait, and one lifecycle.
 */
async function nextRun(paceMs, seed, gapMs = 60_000, learnRuns = 8) {
    const world = await simulatedWorld(paceMs, seed);
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-timings-"));
    try {
        const last = world.provider(dir);
        for (let i = 0; i < learnRuns; i++)
            await lifecycle(last);
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
            .map((l) => world.emulator.request(l.requestId))
            .reduce((sum, r) => sum + (r.doneAt - r.createdAt), 0);
        return { first, lifecycleRatio: elapsed / floor };
    }
    finally {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
        await world.emulator.close();
    }
}
//# sourceMappingURL=wait-shifts.js.map