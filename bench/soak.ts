#!/usr/bin/env node
// Soak: N keys of two stacks, for the same users, created, toggled and destroyed through real plugin
// hosts against the emulator injecting 10 % 5xx, 5 % 429, 2 % dropped connections (half of them after
// the write was applied), latency, and lists and a request log that lag behind writes, from a seed,
// while plugin hosts are killed at random. It counts what a user would lose: keys shared between
// resources, duplicated, leaked (on the emulator after recovery), lost (in a state, not on the
// emulator), and unclear errors.
import * as pulumi from "@pulumi/pulumi";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startEmulator } from "../emulator";
import { seededRandom } from "../emulator/seeded-random";
import { serializableProvider } from "../provider/serializable-provider";
import { PluginHost, ProviderError } from "../tools/pulumi-driver/plugin-host";

export interface SoakOptions {
  readonly keys: number;
  readonly seed: number;
  readonly parallelism: number;
  /** Kill a plugin host (SIGKILL) about this often, in ms, and start a new one; 0 never. @default 0 */
  readonly killEveryMs?: number;
  /**
   * AccessKeys (Object Storage Management API) created, renewed and destroyed alongside, by both
   * stacks, at most four at once (IONOS allows five per user). @default 0
   */
  readonly accessKeys?: number;
}

export interface SoakReport {
  readonly keys: number;
  readonly accessKeys: number;
  readonly users: number;
  readonly stacks: number;
  readonly seed: number;
  readonly attempted: number;
  readonly succeeded: number;
  readonly failedClearly: number;
  /** Operations cut off by a killed plugin host. */
  readonly interrupted: number;
  readonly pluginHostsKilled: number;
  /** Creates that found the key an interrupted create had made, through the journal and the request log. */
  readonly recoveredByJournal: number;
  readonly unclearErrors: number;
  /** Creates that returned a key another resource already held. */
  readonly shared: number;
  /** Keys on the emulator after the recovery run (which destroys every stack): made, in no state. */
  readonly leaked: number;
  /** Keys a state held that the emulator does not have, after the first run (a delete cut off after it was applied aside). */
  readonly lost: number;
  /** Key ids held by two resources at once, after the first run. */
  readonly duplicates: number;
  /** AccessKeys whose secret in the state is not the key's secret on the emulator, after each step. */
  readonly secretsUnknown: number;
  readonly requests: number;
  readonly injected: Record<string, number>;
  readonly seconds: number;
  readonly errors: string[];
}

const PROJECT_DIR = resolve(__dirname, "..", "..");
// A clear error names IONOS, the request or the key, and says what to do; anything else is unclear.
const CLEAR =
  /(IONOS API|IONOS request|IONOS could not|Key [0-9a-f-]{20,36} was created|POST for user|Access key [0-9a-f-]{36}).*(\.|\))/s;
const UNCLEAR = /TypeError|ReferenceError|undefined|\[object Object\]|Unexpected struct type/;
const STACKS = ["a", "b"] as const;

/** One stack: its state, as the engine would keep it, and the plugin host its engine runs. */
interface Stack {
  readonly name: string;
  readonly state: Map<string, { id: string; outputs: Record<string, unknown> }>;
  host: PluginHost;
  /** Set while the host is being replaced after a kill. */
  restarting?: Promise<void>;
}

/**
 * Two stacks create, toggle and delete keys for the same users at once, through real plugin hosts,
 * against an emulator that injects faults, lags its lists and its request log, while plugin hosts are
 * killed at random. Then a recovery run (the next `pulumi up` and `pulumi destroy` of each stack)
 * finishes every lifecycle. It counts what a user would lose.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = Date.now();
  const emulator = await startEmulator({
    requestDelayMs: 30,
    // Reads lag behind writes, though not past the request's DONE.
    visibilityDelayMs: 20,
    requestListLagMs: 100,
    rateLimitPerMinute: 0,
    faults: {
      seed: options.seed,
      errorRate: 0.1,
      rateLimitRate: 0.05,
      dropRate: 0.01,
      dropAfterWriteRate: 0.01,
      latencyMs: 2,
      latencyJitterMs: 10,
    },
  });
  const journal = mkdtempSync(join(tmpdir(), "ionos-soak-journal-"));
  const env = {
    ...process.env,
    IONOS_API_URL: emulator.url,
    IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: emulator.objectStorageUrl,
    IONOS_TOKEN: emulator.options.token,
    IONOS_REQUEST_LOG_SETTLE: "1",
    IONOS_CREATE_JOURNAL: journal,
  };
  const { text: providerText } = await pulumi.runtime.serializeFunction(() => serializableProvider(), {
    allowSecrets: true,
  });
  const { text: accessKeyProviderText } = await pulumi.runtime.serializeFunction(
    () => serializableProvider("AccessKeyProvider"),
    { allowSecrets: true },
  );
  let recoveredByJournal = 0;
  const hostLog = (line: string) => {
    if (/an earlier create of this (resource was interrupted|access key was cut off)/.test(line)) recoveredByJournal++;
  };
  const startHost = async () => {
    const host = await PluginHost.start(PROJECT_DIR, "127.0.0.1:0", hostLog, env);
    await host.configure({});
    return host;
  };
  const stacks: Stack[] = [];
  for (const name of STACKS) stacks.push({ name, state: new Map(), host: await startHost() });
  const hostOf = async (stack: Stack) => {
    while (stack.restarting) await stack.restarting;
    return stack.host;
  };

  const users = Array.from(
    // Two pairs of keys per user at most: four keys, under the limit of five, racing in pairs.
    { length: Math.ceil(options.keys / 4) },
    (_, i) => `${(0x10000000 + i).toString(16)}-0000-4000-8000-000000000000`,
  );
  let attempted = 0;
  let succeeded = 0;
  let failedClearly = 0;
  let interrupted = 0;
  let shared = 0;
  const unclear: string[] = [];
  const errors: string[] = [];
  /** Resources whose delete was cut off by a kill: the state may hold a key already gone, as Pulumi's would. */
  const cutOffDeletes = new Set<string>();
  const outcome = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (killedHost(message)) interrupted++;
    else if (CLEAR.test(message) && !UNCLEAR.test(message)) failedClearly++;
    else unclear.push(message);
    if (errors.length < 10 && !killedHost(message)) errors.push(message.split("\n")[0]);
  };
  const holders = () => new Map(stacks.flatMap((s) => [...s.state].map(([name, r]) => [r.id, `${s.name}/${name}`])));

  type Step = "create" | "toggle" | "delete";
  /** A kind of resource the soak runs: its names, its inputs, the update it makes, what it checks after a step. */
  interface Kind {
    readonly prefix: string;
    readonly type: string;
    inputs(index: number, urn: string): Record<string, unknown>;
    readonly updated: Record<string, unknown>;
    check?(outputs: Record<string, unknown>): void;
  }
  let secretsUnknown = 0;
  const kinds: Record<"s3Key" | "accessKey", Kind> = {
    s3Key: {
      prefix: "key",
      type: "S3Key",
      inputs: (index, urn) => ({
        userId: users[Math.floor(index / 2) % users.length],
        active: true,
        identity: urn,
        __provider: providerText,
      }),
      updated: { active: false },
    },
    accessKey: {
      prefix: "access-key",
      type: "AccessKey",
      inputs: (index, urn) => ({
        description: `access-key-${index}`,
        rotation: { month: "1" },
        identity: urn,
        __provider: accessKeyProviderText,
      }),
      updated: { rotation: { month: "2" } },
      // The state's secret must be the key's: a create or renewal that lost its answer renews again.
      check: (outputs) => {
        const key = emulator.accessKeys().find((k) => k.id === outputs.keyId);
        if (key !== undefined && outputs.secretKey !== key.secretKey) secretsUnknown++;
      },
    },
  };
  /** One operation as the engine runs it; false when it failed. */
  const run = async (kind: Kind, stack: Stack, index: number, step: Step): Promise<boolean> => {
    const name = `${kind.prefix}-${index}`;
    const urn = `urn:pulumi:${stack.name}::soak::pulumi-nodejs:dynamic/ionos:${kind.type}::${name}`;
    const inputs = kind.inputs(index, urn);
    attempted++;
    try {
      const host = await hostOf(stack);
      const current = stack.state.get(name);
      if (step === "create") {
        const created = await host.create(urn, inputs);
        const holder = holders().get(created.id);
        if (holder !== undefined && holder !== `${stack.name}/${name}`) shared++;
        stack.state.set(name, { id: created.id, outputs: created.properties });
        kind.check?.(created.properties);
      } else if (current && step === "toggle") {
        const outputs = await host.update(current.id, urn, current.outputs, { ...inputs, ...kind.updated });
        stack.state.set(name, { id: current.id, outputs });
        kind.check?.(outputs);
      } else if (current) {
        cutOffDeletes.add(`${stack.name}/${name}`);
        await host.delete(current.id, urn, current.outputs);
        stack.state.delete(name);
        cutOffDeletes.delete(`${stack.name}/${name}`);
      }
      succeeded++;
      return true;
    } catch (error) {
      // A create that left a key behind is recorded by the engine with its id; so here.
      if (error instanceof ProviderError && error.initFailed)
        stack.state.set(name, { id: error.initFailed.id, outputs: error.initFailed.properties });
      outcome(error);
      return false;
    }
  };
  /** Create, toggle (S3Key: `active`; AccessKey: a new rotation) and delete, one after the other. */
  const lifecycle = async (kind: Kind, index: number) => {
    const stack = stacks[index % stacks.length];
    if (!(await run(kind, stack, index, "create")) && !stack.state.has(`${kind.prefix}-${index}`)) return;
    await run(kind, stack, index, "toggle");
    await run(kind, stack, index, "delete");
  };
  /** The next `pulumi up` and `pulumi destroy`: create what never reached the state, then delete. */
  const recover = async (kind: Kind, index: number) => {
    const stack = stacks[index % stacks.length];
    const name = `${kind.prefix}-${index}`;
    for (let attempt = 0; attempt < 5 && !stack.state.has(name); attempt++) await run(kind, stack, index, "create");
    for (let attempt = 0; attempt < 5 && stack.state.has(name); attempt++) await run(kind, stack, index, "delete");
  };

  // Plugin hosts killed at random moments (seeded), each replaced by a new one as the next run would.
  const random = seededRandom(options.seed * 7919);
  let killing = (options.killEveryMs ?? 0) > 0;
  let pluginHostsKilled = 0;
  const killer = (async () => {
    while (killing) {
      await new Promise((r) => setTimeout(r, (options.killEveryMs ?? 0) * (0.5 + random())));
      if (!killing) break;
      const stack = stacks[Math.floor(random() * stacks.length)];
      if (stack.restarting) continue;
      stack.restarting = (async () => {
        process.kill(stack.host.pid!, "SIGKILL");
        await stack.host.stop();
        pluginHostsKilled++;
        stack.host = await startHost();
      })().finally(() => (stack.restarting = undefined));
    }
  })();

  // Key i belongs to stack i % 2; both stacks' keys of a pair share a user, so they race.
  let next = 0;
  let nextAccessKey = 0;
  const accessKeys = options.accessKeys ?? 0;
  await Promise.all([
    ...Array.from({ length: options.parallelism }, async () => {
      while (next < options.keys) await lifecycle(kinds.s3Key, next++);
    }),
    // Access keys: both stacks at once, four lifecycles at a time (five keys per user at most).
    ...Array.from({ length: Math.min(4, accessKeys) }, async () => {
      while (nextAccessKey < accessKeys) await lifecycle(kinds.accessKey, nextAccessKey++);
    }),
  ]);
  killing = false;
  await killer;
  while (stacks.some((s) => s.restarting)) await Promise.all(stacks.map((s) => s.restarting));

  const onEmulatorAfterRun = new Set([
    ...users.flatMap((u) => emulator.keys(u).map((k) => k.id)),
    ...emulator
      .accessKeys()
      .filter((k) => k.goneAt === undefined)
      .map((k) => k.id),
  ]);
  const inState = stacks.flatMap((s) => [...s.state.values()].map((r) => r.id));
  const lost = stacks
    .flatMap((s) => [...s.state].filter(([name]) => !cutOffDeletes.has(`${s.name}/${name}`)))
    .filter(([, r]) => !onEmulatorAfterRun.has(r.id)).length;
  const duplicates = inState.length - new Set(inState).size;

  // The recovery run: every key whose create never reached the state is created again (the next
  // `pulumi up`, which finds an interrupted create's key), then every stack is destroyed.
  for (let index = 0; index < options.keys; index++) await recover(kinds.s3Key, index);
  for (let index = 0; index < accessKeys; index++) await recover(kinds.accessKey, index);
  const leaked =
    users.reduce((n, u) => n + emulator.keys(u).length, 0) +
    emulator.accessKeys().filter((k) => k.goneAt === undefined).length;

  const injected: Record<string, number> = {};
  for (const entry of emulator.log) {
    const kind =
      entry.outcome !== "answered"
        ? entry.outcome
        : entry.status === 429
          ? "429"
          : entry.status >= 500
            ? "5xx"
            : undefined;
    if (kind) injected[kind] = (injected[kind] ?? 0) + 1;
  }
  const report: SoakReport = {
    keys: options.keys,
    accessKeys,
    users: users.length,
    stacks: stacks.length,
    seed: options.seed,
    attempted,
    succeeded,
    failedClearly,
    interrupted,
    pluginHostsKilled,
    recoveredByJournal,
    unclearErrors: unclear.length,
    shared,
    leaked,
    lost,
    duplicates,
    secretsUnknown,
    requests: emulator.log.length,
    injected,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    errors: [...errors, ...unclear.slice(0, 5)],
  };
  for (const stack of stacks) await stack.host.stop();
  await emulator.close();
  rmSync(journal, { recursive: true, force: true });
  return report;
}

/** The message of a call whose plugin host was killed under it. */
function killedHost(message: string): boolean {
  return /No connection established|Connection dropped|UNAVAILABLE|ECONNREFUSED|Call cancelled|socket hang up|ECONNRESET/i.test(
    message,
  );
}

export function formatSoak(r: SoakReport): string {
  return [
    `soak: ${r.keys} keys and ${r.accessKeys} access keys of ${r.stacks} stacks across ${r.users} users, seed ${r.seed}, ${r.seconds} s, ${r.requests} requests, ${r.pluginHostsKilled} plugin hosts killed`,
    `  injected: ${
      Object.entries(r.injected)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ") || "none"
    }`,
    `  operations attempted ${r.attempted}, succeeded ${r.succeeded}, failed with a clear error ${r.failedClearly}, interrupted by a kill ${r.interrupted}, unclear errors ${r.unclearErrors}`,
    `  creates that found an interrupted create's key ${r.recoveredByJournal}`,
    `  keys shared ${r.shared}, duplicated ${r.duplicates}, leaked after recovery ${r.leaked}, lost ${r.lost}, access keys whose secret the state does not hold ${r.secretsUnknown}`,
    ...r.errors.map((e) => `  error: ${e}`),
  ].join("\n");
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      keys: { type: "string" },
      seed: { type: "string" },
      parallelism: { type: "string" },
      "kill-every": { type: "string" },
      "access-keys": { type: "string" },
    },
  });
  const options = {
    keys: Number(values.keys ?? 500),
    seed: Number(values.seed ?? 1),
    parallelism: Number(values.parallelism ?? 16),
    killEveryMs: Number(values["kill-every"] ?? 3000),
    accessKeys: Number(values["access-keys"] ?? 100),
  };
  runSoak(options).then(
    (report) => {
      console.log(formatSoak(report));
      writeFileSync(
        join(PROJECT_DIR, "bench", "results", `soak-${options.keys}.json`),
        JSON.stringify(report, null, 2) + "\n",
      );
      const clean =
        report.leaked === 0 &&
        report.lost === 0 &&
        report.duplicates === 0 &&
        report.shared === 0 &&
        report.secretsUnknown === 0 &&
        report.unclearErrors === 0;
      process.exit(clean ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
