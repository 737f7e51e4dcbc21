#!/usr/bin/env node
// `npm run bench [-- --size small|full] [--only economy,waits,peers,scale,cost]`: request economy, wait
// latency, two peers side by side (the official SDK, a Terraform-like schedule), scale under rate limits,
// and cost, against the emulator. Prints the tables; a whole run (no `--only`) also writes them to
// bench/results/.
import { Configuration, UserS3KeysApi, waitForRequest } from "@ionos-cloud/sdk-nodejs";
import * as pulumi from "@pulumi/pulumi";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import fetch from "node-fetch";
import { startEmulator, type Emulator } from "../emulator";
import { AccessKeyProvider } from "../provider/access-key-provider";
import type { AccessKeyOutputs } from "../provider/access-key-outputs";
import { S3KeyProvider } from "../provider/s3-key-provider";
import type { S3KeyOutputs } from "../provider/outputs";
import { serializableProvider } from "../provider/serializable-provider";
import { installPackedPackage } from "../tools/installed-package";
import { PluginHost } from "../tools/pulumi-driver/plugin-host";
import { main as driver } from "../tools/pulumi-driver/cli";
import { median, percentile, pool, table } from "./measure";

const ROOT = resolve(__dirname, "..", "..");
const SIZES = {
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
} as const;
type Size = keyof typeof SIZES;

let userCounter = 0;
const newUser = () => `${(0xb0000000 + userCounter++).toString(16)}-0000-4000-8000-000000000000`;
const quiet = () => undefined;

async function withEmulator<T>(
  options: Parameters<typeof startEmulator>[0],
  run: (e: Emulator) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator(options);
  const saved = { IONOS_API_URL: process.env.IONOS_API_URL, IONOS_TOKEN: process.env.IONOS_TOKEN };
  Object.assign(process.env, { IONOS_API_URL: emulator.url, IONOS_TOKEN: emulator.options.token });
  try {
    return await run(emulator);
  } finally {
    Object.assign(process.env, saved);
    await emulator.close();
  }
}

const count = (e: Emulator, from: number) => {
  const slice = e.log.slice(from);
  return {
    total: slice.length,
    writes: slice.filter((l) => l.method !== "GET").length,
    polls: slice.filter((l) => l.path.includes("/requests/")).length,
  };
};

/** 1. Requests per operation, counted from the emulator's log. */
async function requestEconomy(): Promise<Array<[string, number, number, number, string]>> {
  return withEmulator({ requestDelayMs: 0 }, async (e) => {
    const p = new S3KeyProvider({ log: quiet });
    const user = newUser();
    const rows: Array<[string, number, number, number, string]> = [];
    const measure = async (name: string, floor: string, op: () => Promise<unknown>) => {
      const from = e.log.length;
      await op();
      const c = count(e, from);
      rows.push([name, c.total, c.writes, c.polls, floor]);
    };
    let key: S3KeyOutputs | undefined;
    await measure(
      "create (active: true)",
      "1 write + polls",
      async () => (key = (await p.create({ userId: user, active: true })).outs),
    );
    let off: S3KeyOutputs | undefined;
    await measure(
      "create (active: false)",
      "2 writes + polls",
      async () => (off = (await p.create({ userId: user, active: false })).outs),
    );
    await measure("read", "1 GET", () => p.read(key!.keyId, { userId: user }));
    await measure("update (toggle active)", "1 write + polls", () =>
      p.update(key!.keyId, key!, { userId: user, active: false }),
    );
    await measure("delete", "1 write + polls", () => p.delete(key!.keyId, key!));
    await measure("check", "0", () => p.check({}, { userId: user, active: true }));
    await measure("diff", "0", () => p.diff(off!.keyId, off!, { userId: user, active: false }));
    await p.delete(off!.keyId, off!);
    // A whole `pulumi up` with no change, through the driver and the plugin host.
    const state = join(mkdtempSync(join(tmpdir(), "bench-")), "dev.json");
    const silent = () => undefined;
    await driver(["up", "--cwd", ROOT, "--state", state, "--config", `userId=${user}`], silent, silent);
    await measure("up with no change (2 keys)", "0", () =>
      driver(["up", "--cwd", ROOT, "--state", state, "--config", `userId=${user}`], silent, silent),
    );
    await driver(["destroy", "--cwd", ROOT, "--state", state, "--config", `userId=${user}`], silent, silent);
    return rows;
  });
}

/** 1b. The same for AccessKey (the Object Storage Management API), where waits are GETs of the key. */
async function accessKeyEconomy(): Promise<Array<[string, number, number, number, string]>> {
  return withEmulator({ requestDelayMs: 0 }, async (e) => {
    process.env.IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT = e.objectStorageUrl;
    const journal = mkdtempSync(join(tmpdir(), "bench-journal-"));
    const p = new AccessKeyProvider({ log: quiet, env: { ...process.env, IONOS_CREATE_JOURNAL: journal } });
    const rows: Array<[string, number, number, number, string]> = [];
    const measure = async (name: string, floor: string, op: () => Promise<unknown>) => {
      const from = e.log.length;
      await op();
      const slice = e.log.slice(from);
      const writes = slice.filter((l) => l.method !== "GET").length;
      rows.push([name, slice.length, writes, slice.length - writes, floor]);
    };
    const inputs = { description: "bench", rotation: { month: "1" }, identity: "urn:pulumi:b::b::ak::k" };
    let key: AccessKeyOutputs | undefined;
    await measure("create", "1 PUT + GETs until AVAILABLE", async () => (key = (await p.create(inputs)).outs));
    await measure("update (description)", "1 PUT + GETs", async () =>
      p.update(key!.keyId, key!, { ...inputs, description: "other" }),
    );
    await measure("update (rotation: renew)", "1 PUT + GETs", async () =>
      p.update(
        key!.keyId,
        { ...key!, description: "other" },
        { ...inputs, description: "other", rotation: { month: "2" } },
      ),
    );
    await measure("read", "1 GET", () => p.read(key!.keyId, key!));
    await measure("delete", "1 DELETE + GETs until 404", () => p.delete(key!.keyId, key!));
    e.injectFault({ method: "PUT", kind: "drop-after-write" });
    let lost: AccessKeyOutputs | undefined;
    await measure(
      "create, its answer lost",
      "2 PUTs + a renewal + GETs",
      async () => (lost = (await p.create(inputs)).outs),
    );
    await p.delete(lost!.keyId, lost!);
    rmSync(journal, { recursive: true, force: true });
    delete process.env.IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT;
    return rows;
  });
}

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

/** A lifecycle's mean wall time and requests over the runs. */
interface Lifecycle {
  readonly ms: number;
  readonly requests: number;
}

/**
 * 3. The same lifecycle (create with the key active, set it inactive, read, delete) by us and by two
 * peers in one run, requests taking 0.2 s: the official SDK with its defaults, and a Terraform-like
 * schedule (after a create it PUTs `active` and GETs the key; after an update it GETs; every wait
 * polls each 5 s, as the IONOS Terraform provider's request waiter does).
 */
async function peers(size: Size): Promise<{ ours: Lifecycle; sdk: Lifecycle; terraformLike: Lifecycle }> {
  return withEmulator({ requestDelayMs: 200, rateLimitPerMinute: 0 }, async (e) => {
    const runs = SIZES[size].peerRuns;
    const timed = async (lifecycle: (user: string) => Promise<void>): Promise<Lifecycle> => {
      let ms = 0;
      let requests = 0;
      for (let i = 0; i < runs; i++) {
        const from = e.log.length;
        const t = Date.now();
        await lifecycle(newUser());
        ms += Date.now() - t;
        requests += e.log.length - from;
      }
      return { ms: ms / runs, requests: requests / runs };
    };

    const ours = await timed(async (user) => {
      const p = new S3KeyProvider({ log: quiet });
      const { id, outs } = await p.create({ userId: user, active: true });
      const updated = (await p.update(id, outs as S3KeyOutputs, { userId: user, active: false })).outs as S3KeyOutputs;
      await p.read(id, { userId: user });
      await p.delete(id, updated);
    });

    // The official SDK with its defaults: create + waitForRequest, put + wait, get, delete + wait.
    const config = new Configuration({ basePath: `${e.url}/cloudapi/v6`, apiKey: e.options.token });
    const api = new UserS3KeysApi(config);
    const sdk = await timed(async (user) => {
      const created = await api.umUsersS3keysPost({ userId: user });
      await waitForRequest(config, created.headers.location);
      const put = await api.umUsersS3keysPut({
        userId: user,
        keyId: created.data.id!,
        s3Key: { properties: { active: false } },
      });
      await waitForRequest(config, put.headers.location);
      await api.umUsersS3keysFindByKeyId({ userId: user, keyId: created.data.id! });
      const deleted = await api.umUsersS3keysDelete({ userId: user, keyId: created.data.id! });
      await waitForRequest(config, deleted.headers.location);
    });

    const terraformLike = await timed(async (user) => {
      const call = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(`${e.url}/cloudapi/v6${path}`, {
          method,
          headers: { Authorization: `Bearer ${e.options.token}`, "Content-Type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
        const json = (await response.json().catch(() => ({}))) as { id?: string; metadata?: { status?: string } };
        return { location: response.headers.get("location"), body: json };
      };
      const wait = async (location: string | null) => {
        for (;;) {
          await new Promise((r) => setTimeout(r, 5_000));
          const status = await call("GET", new URL(location!).pathname.replace("/cloudapi/v6", ""));
          if (status.body.metadata?.status === "DONE") return;
        }
      };
      const keys = `/um/users/${user}/s3keys`;
      const created = await call("POST", keys);
      await wait(created.location);
      const key = `${keys}/${created.body.id}`;
      await wait((await call("PUT", key, { properties: { active: true } })).location);
      await call("GET", key);
      await wait((await call("PUT", key, { properties: { active: false } })).location);
      await call("GET", key);
      await call("GET", key);
      await wait((await call("DELETE", key)).location);
    });
    return { ours, sdk, terraformLike };
  });
}

/** A key created and destroyed at the floor: POST + one status poll, DELETE + one status poll. */
const FLOOR_REQUESTS_PER_KEY = 4;

/** 4. Scale: users × 5 keys created and destroyed through the plugin host under 600 requests/min, burst 20. */
async function scale(size: Size, providerText: string) {
  const perMinute = 600;
  return withEmulator({ requestDelayMs: 200, rateLimitPerMinute: perMinute, rateLimitBurst: 20 }, async (e) => {
    const run = await hostRun(size, providerText);
    const answered = e.log.filter((l) => l.status !== 429).length;
    const throttled = e.log.length - answered;
    const polls = e.log.filter((l) => l.path.includes("/requests/")).length;
    // The bound: the floor's requests (a write and one status poll for each create and each delete),
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
  const plugin = await PluginHost.start(ROOT, "127.0.0.1:0", quiet, { ...process.env });
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
      const created = await plugin.create(urn, { userId: user, active: true, __provider: providerText });
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

/** 5. Cost: the serialized provider as users get it (the packed tarball in a fresh program), and the plugin's start. */
async function cost(): Promise<{ serializedBytes: number; pluginStartMs: number; tarballBytes: number }> {
  const { work, app, tarball } = installPackedPackage();
  try {
    // What a user's program stores: the __provider input of an S3Key it declares.
    writeFileSync(
      join(app, "measure.js"),
      `const pulumi = require("@pulumi/pulumi");
pulumi.runtime.setMocks({
  newResource: (args) => { if (args.inputs.__provider) console.log(args.inputs.__provider.length); return { id: "id", state: args.inputs }; },
  call: (args) => args.inputs,
});
const { S3Key } = require("pulumi-ionos-s3key");
new S3Key("k", { userId: "9b1b4c62-1466-11e7-87d3-d7bb7dac0087" });`,
    );
    const size = spawnSync(process.execPath, ["measure.js"], { cwd: app, encoding: "utf8" });
    const serializedBytes = Number(size.stdout.trim());
    const t = Date.now();
    const plugin = await PluginHost.start(app, "127.0.0.1:0", quiet);
    const pluginStartMs = Date.now() - t;
    await plugin.stop();
    return { serializedBytes, pluginStartMs, tarballBytes: readFileSync(tarball).length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const SECTIONS = ["economy", "access-keys", "waits", "peers", "scale", "cost"] as const;
type Section = (typeof SECTIONS)[number];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: "string" }, only: { type: "string" } } });
  const size = (values.size ?? "full") as Size;
  if (!(size in SIZES)) throw new Error(`--size must be small or full, not "${values.size}"`);
  const only = values.only?.split(",").map((name) => name.trim()) ?? [...SECTIONS];
  const unknown = only.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--only takes ${SECTIONS.join(", ")}; not ${unknown.join(", ")}`);
  const run = (section: Section) => only.includes(section);

  const out = [
    `# Benchmark (${size}), ${new Date().toISOString()}, Node ${process.version}, @pulumi/pulumi ${require("@pulumi/pulumi/package.json").version}`,
  ];
  const results: Record<string, unknown> = { size };
  const print = (lines: string[]) => {
    console.log(lines.join("\n") + "\n");
    out.push("", ...lines);
  };

  if (run("economy")) {
    const economy = (results.economy = await requestEconomy());
    print([
      "## Requests per operation (emulator log)",
      table(["operation", "requests", "writes", "status polls", "floor"], economy),
    ]);
  }
  if (run("access-keys")) {
    const accessKeys = (results.accessKeys = await accessKeyEconomy());
    print([
      "## AccessKey: requests per operation (emulator log, keys ready at once)",
      table(["operation", "requests", "writes", "GETs", "floor"], accessKeys),
    ]);
  }
  if (run("waits")) {
    const waits = (results.waits = await waitSweep(size));
    print([
      `## Wait slack (DONE → create returns), request durations ±8 %, after ${SIZES[size].sweep.warmup} requests of the kind ("learned") and for a process's first ("first")`,
      table(
        [
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
        ],
        waits,
      ),
    ]);
  }
  if (run("peers")) {
    const lifecycles = (results.peers = await peers(size));
    const row = (name: string, l: Lifecycle) => [
      name,
      Math.round(l.ms),
      l.requests,
      (lifecycles.ours.ms / l.ms).toFixed(2),
      (lifecycles.ours.requests / l.requests).toFixed(2),
    ];
    print([
      "## One lifecycle beside two peers (create active, set inactive, read, delete; requests take 0.2 s)",
      table(
        ["", "time ms", "requests", "ours / theirs: time", "ours / theirs: requests"],
        [
          row("pulumi-ionos-s3key", lifecycles.ours),
          row("@ionos-cloud/sdk-nodejs, defaults", lifecycles.sdk),
          row("Terraform-like (PUT + GET after create, polls every 5 s)", lifecycles.terraformLike),
        ],
      ),
    ]);
  }
  if (run("cost")) {
    const costs = (results.costs = await cost());
    print([
      "## Cost",
      table(
        ["serialized provider per resource", "stored twice per resource", "packed tarball", "plugin host start"],
        [
          [
            `${costs.serializedBytes} B`,
            `${costs.serializedBytes * 2} B`,
            `${(costs.tarballBytes / 1024).toFixed(1)} KiB`,
            `${costs.pluginStartMs} ms`,
          ],
        ],
      ),
    ]);
  }
  if (run("scale")) {
    const { text: providerText } = await pulumi.runtime.serializeFunction(() => serializableProvider(), {
      allowSecrets: true,
    });
    const scaled = (results.scaled = await scale(size, providerText));
    const baseline = (results.hostBaseline = await hostBaseline(size));
    print([
      `## Scale: ${scaled.keys} keys (${scaled.keys / 5} users × 5) created and destroyed through the plugin host, parallelism 16, 600 requests/min, burst 20`,
      table(
        [
          "wall s",
          `bound s (floor: ${scaled.floorRequests} requests − 20 burst, at 10/s)`,
          "wall / bound (target ≤ 1.05)",
          "requests answered",
          "429s",
          "status polls per key",
          "failures",
          "plugin RSS at start MB",
          "plugin peak RSS MB (target ≤ 150)",
          "same load, provider that only sleeps: start / peak MB",
        ],
        [
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
        ],
      ),
    ]);
  }
  if (values.only !== undefined) return; // bench/results keeps whole runs only
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results", `bench-${size}.md`), out.join("\n") + "\n");
  writeFileSync(join(ROOT, "bench", "results", `bench-${size}.json`), JSON.stringify(results, null, 2) + "\n");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
