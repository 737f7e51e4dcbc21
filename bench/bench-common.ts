// What every section of the benchmark shares: sizes, a fresh emulator per measurement, counters.
import { resolve } from "node:path";
import { startEmulator, type Emulator } from "../emulator";

export const ROOT = resolve(__dirname, "..", "..");
export const SIZES = {
  small: {
    // Request durations swept (ms), and the creates measured in parallel at each.
    sweep: { durations: [100, 500, 2_000], runs: 2 },
    peerRuns: 1,
    users: 4,
  },
  full: {
    // From 0.1 s to 30 s, with the paces IONOS was seen to shift between (0.3 to 6.5 s).
    sweep: { durations: [100, 300, 700, 1_500, 3_200, 6_500, 10_000, 30_000], runs: 5 },
    peerRuns: 3,
    users: 200,
  },
} as const;
export type Size = keyof typeof SIZES;

let userCounter = 0;
export const newUser = () => `${(0xb0000000 + userCounter++).toString(16)}-0000-4000-8000-000000000000`;
export const quiet = () => undefined;

export async function withEmulator<T>(
  options: Parameters<typeof startEmulator>[0],
  run: (e: Emulator) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator(options);
  const saved = {
    IONOS_API_URL: process.env.IONOS_API_URL,
    IONOS_TOKEN: process.env.IONOS_TOKEN,
    IONOS_CREATE_JOURNAL: process.env.IONOS_CREATE_JOURNAL,
  };
  // No journal: a measurement leaves nothing behind on the machine.
  Object.assign(process.env, {
    IONOS_API_URL: emulator.url,
    IONOS_TOKEN: emulator.options.token,
    IONOS_CREATE_JOURNAL: "off",
  });
  try {
    return await run(emulator);
  } finally {
    Object.assign(process.env, saved);
    await emulator.close();
  }
}

export const count = (e: Emulator, from: number) => {
  const slice = e.log.slice(from);
  return {
    total: slice.length,
    writes: slice.filter((l) => l.method !== "GET").length,
    polls: slice.filter((l) => l.path.includes("/requests/")).length,
  };
};

/** One section of the benchmark: what it measured (kept in bench/results) and the lines it prints. */
export interface BenchSection {
  readonly name: string;
  run(size: Size): Promise<{ readonly results: Record<string, unknown>; readonly lines: string[] }>;
}

/** A section from what it measures (its figures, by their key in bench/results) and how it prints them. */
export function benchSection<R extends Record<string, unknown>>(
  name: string,
  measure: (size: Size) => Promise<R>,
  report: (results: R, size: Size) => string[],
): BenchSection {
  return {
    name,
    async run(size) {
      const results = await measure(size);
      return { results, lines: report(results, size) };
    },
  };
}
