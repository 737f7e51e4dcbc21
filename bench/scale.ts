import * as pulumi from "@pulumi/pulumi";
import { readFileSync } from "node:fs";
import { serializableProvider } from "../provider/common/serializable-provider";
import { PluginHost } from "../tools/pulumi-driver/plugin-host";
import { pool, table } from "./measure";
import { benchSection, newUser, quiet, ROOT, SIZES, withEmulator, type Size } from "./bench-common";

/**
 * A key created and destroyed at the floor: one look at the request log for an earlier create of the
 * resource, POST + one status poll, DELETE + one status poll.
 */
const FLOOR_REQUESTS_PER_KEY = 5;

/** 4. Scale: users × 5 keys created and destroyed through the plugin host under 600 requests/min, burst 20. */
async function scale(size: Size, providerText: string) {
  const perMinute = 600;
  return withEmulator({ requestDelayMs: 200, rateLimitPerMinute: perMinute, rateLimitBurst: 20 }, async (e) => {
    const run = await hostRun(size, providerText);
    const answered = e.log.filter((l) => l.status !== 429).length;
    const throttled = e.log.length - answered;
    const polls = e.log.filter((l) => l.path.includes("/requests/")).length;
    // The bound: the floor's requests (a write and one status poll for each create and each delete, and
    // each create's look at the request log),
    // at the allowed rate, less the burst the bucket starts with. Requests beyond the floor cost time.
    const floorRequests = run.keys * FLOOR_REQUESTS_PER_KEY;
    const boundSeconds = Math.max(0, floorRequests - 20) / (perMinute / 60);
    return {
      ...run,
      floorRequests,
      answered,
      throttled,
      pollsPerKey: polls / run.keys,
      boundSeconds,
      ratio: run.seconds / boundSeconds,
    };
  });
}

/**
 * The same keys created and destroyed through a plugin host whose provider only sleeps 0.2 s per call:
 * the memory the SDK's host takes for this load with no provider code of ours, measured beside ours.
 */
async function hostBaseline(size: Size) {
  const { text } = await pulumi.runtime.serializeFunction(
    () => ({
      create: async (inputs: Record<string, unknown>) => {
        await new Promise((r) => setTimeout(r, 200));
        return { id: String(Math.random()).slice(2), outs: inputs };
      },
      delete: () => new Promise<void>((r) => setTimeout(r, 200)),
    }),
    { allowSecrets: true },
  );
  return hostRun(size, text);
}

/** Creates and deletes users × 5 keys through one plugin host, parallelism 16, sampling its RSS. */
async function hostRun(size: Size, providerText: string) {
  const plugin = await PluginHost.start(ROOT, undefined, quiet, { ...process.env });
  await plugin.configure({});
  const startKb = rssKb(plugin.pid);
  const users = Array.from({ length: SIZES[size].users }, newUser);
  const items = users.flatMap((u) => Array.from({ length: 5 }, (_, i) => ({ user: u, name: `${u}-${i}` })));
  let failures = 0;
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, rssKb(plugin.pid))), 200);
  const started = Date.now();
  await pool(items, 16, async ({ user, name }) => {
    const urn = `urn:pulumi:bench::bench::pulumi-nodejs:dynamic/ionos:S3Key::${name}`;
    try {
      const created = await plugin.create(urn, { userId: user, active: true, identity: urn, __provider: providerText });
      await plugin.delete(created.id, urn, created.properties);
    } catch {
      failures++;
    }
  });
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  peakKb = Math.max(peakKb, hwmKb(plugin.pid));
  await plugin.stop();
  return { keys: items.length, seconds, failures, startMb: startKb / 1024, peakMb: peakKb / 1024 };
}

function rssKb(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function hwmKb(pid: number | undefined): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const SCALE_COLUMNS = (floorRequests: number) => [
  "wall s",
  `bound s (floor: ${floorRequests} requests − 20 burst, at 10/s)`,
  "wall / bound (target ≤ 1.05)",
  "requests answered",
  "429s",
  "status polls per key",
  "failures",
  "plugin RSS at start MB",
  "plugin peak RSS MB (target ≤ 150)",
  "same load, provider that only sleeps: start / peak MB",
];

export const scaleSection = benchSection(
  "scale",
  async (size) => {
    const { text: providerText } = await pulumi.runtime.serializeFunction(() => serializableProvider(), {
      allowSecrets: true,
    });
    return { scaled: await scale(size, providerText), hostBaseline: await hostBaseline(size) };
  },
  ({ scaled, hostBaseline: baseline }) => [
    `## Scale: ${scaled.keys} keys (${scaled.keys / 5} users × 5) created and destroyed through the plugin host, parallelism 16, 600 requests/min, burst 20`,
    table(SCALE_COLUMNS(scaled.floorRequests), [
      [
        scaled.seconds.toFixed(1),
        scaled.boundSeconds.toFixed(1),
        scaled.ratio.toFixed(3),
        scaled.answered,
        scaled.throttled,
        scaled.pollsPerKey.toFixed(2),
        scaled.failures,
        scaled.startMb.toFixed(0),
        scaled.peakMb.toFixed(0),
        `${baseline.startMb.toFixed(0)} / ${baseline.peakMb.toFixed(0)}`,
      ],
    ]),
  ],
);
