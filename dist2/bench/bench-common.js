"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.count = exports.quiet = exports.newUser = exports.SIZES = exports.ROOT = void 0;
exports.withEmulator = withEmulator;
exports.benchSection = benchSection;
// What every section of the benchmark shares: sizes, a fresh emulator per measurement, counters.
const node_path_1 = require("node:path");
const emulator_1 = require("../emulator");
exports.ROOT = (0, node_path_1.resolve)(__dirname, "..", "..");
exports.SIZES = {
    small: {
        // Request durations swept (ms), requests seen before measuring, measured runs of each.
        sweep: { durations: [100, 500, 2_000], warmup: 3, runs: 2 },
        peerRuns: 1,
        users: 4,
    },
    full: {
        // Log-spaced from 0.1 s to 30 s.
        sweep: { durations: [100, 200, 500, 1_000, 2_000, 5_000, 10_000, 30_000], warmup: 3, runs: 5 },
        peerRuns: 3,
        users: 200,
    },
};
let userCounter = 0;
const newUser = () => `${(0xb0000000 + userCounter++).toString(16)}-0000-4000-8000-000000000000`;
exports.newUser = newUser;
const quiet = () => undefined;
exports.quiet = quiet;
async function withEmulator(options, run) {
    const emulator = await (0, emulator_1.startEmulator)(options);
    const saved = {
        IONOS_API_URL: process.env.IONOS_API_URL,
        IONOS_TOKEN: process.env.IONOS_TOKEN,
        IONOS_CREATE_JOURNAL: process.env.IONOS_CREATE_JOURNAL,
    };
    // No journal, so nothing learned is kept: each provider is a process's first (see wait-shifts.ts for kept timings).
    Object.assign(process.env, {
        IONOS_API_URL: emulator.url,
        IONOS_TOKEN: emulator.options.token,
        IONOS_CREATE_JOURNAL: "off",
    });
    try {
        return await run(emulator);
    }
    finally {
        Object.assign(process.env, saved);
        await emulator.close();
    }
}
const count = (e, from) => {
    const slice = e.log.slice(from);
    return {
        total: slice.length,
        writes: slice.filter((l) => l.method !== "GET").length,
        polls: slice.filter((l) => l.path.includes("/requests/")).length,
    };
};
exports.count = count;
/** A section from what it measures (its figures, by their key in bench/results) and how it prints them. */
function benchSection(name, measure, report) {
    return {
        name,
        async run(size) {
            const results = await measure(size);
            return { results, lines: report(results, size) };
        },
    };
}
//# sourceMappingURL=bench-common.js.map