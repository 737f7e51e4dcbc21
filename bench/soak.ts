#!/usr/bin/env node
// Soak: N keys across users created, toggled and destroyed through the real plugin host against the
// emulator injecting 10 % 5xx, 5 % 429, 2 % dropped connections (half of them after the write was
// applied) and latency, from a seed. It counts what a user would lose: keys leaked (on the emulator,
// not in the state), keys lost (in the state, not on the emulator), duplicates, unclear errors.
import * as pulumi from "@pulumi/pulumi";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startEmulator } from "../emulator";
import { serializableProvider } from "../provider/serializable-provider";
import { PluginHost, ProviderError } from "../tools/pulumi-driver/plugin-host";

export interface SoakOptions {
  readonly keys: number;
  readonly seed: number;
  readonly parallelism: number;
}

export interface SoakReport {
  readonly keys: number;
  readonly users: number;
  readonly seed: number;
  readonly attempted: number;
  readonly succeeded: number;
  readonly failedClearly: number;
  readonly unclearErrors: number;
  readonly leaked: number;
  readonly lost: number;
  readonly duplicates: number;
  readonly requests: number;
  readonly injected: Record<string, number>;
  readonly seconds: number;
  readonly errors: string[];
}

const PROJECT_DIR = resolve(__dirname, "..", "..");
// A clear error names IONOS, the request or the key, and says what to do; anything else is unclear.
const CLEAR = /(IONOS API|IONOS request|Key [0-9a-f]{20} was created|POST for user).*(\.|\))/s;
const UNCLEAR = /TypeError|ReferenceError|undefined|\[object Object\]|Unexpected struct type/;

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = Date.now();
  const emulator = await startEmulator({
    requestDelayMs: 30,
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
  const env = { ...process.env, IONOS_API_URL: emulator.url, IONOS_TOKEN: emulator.options.token };
  const { text: providerText } = await pulumi.runtime.serializeFunction(() => serializableProvider(), {
    allowSecrets: true,
  });
  const plugin = await PluginHost.start(PROJECT_DIR, "127.0.0.1:0", () => undefined, env);
  await plugin.configure({});

  const users = Array.from(
    { length: Math.ceil(options.keys / 5) },
    (_, i) => `${(0x10000000 + i).toString(16)}-0000-4000-8000-000000000000`,
  );
  // The state, as the engine would keep it: resource name → key id and outputs.
  const state = new Map<string, { id: string; outputs: Record<string, unknown> }>();
  let attempted = 0;
  let succeeded = 0;
  let failedClearly = 0;
  const unclear: string[] = [];
  const errors: string[] = [];
  const outcome = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (CLEAR.test(message) && !UNCLEAR.test(message)) failedClearly++;
    else unclear.push(message);
    if (errors.length < 10) errors.push(message.split("\n")[0]);
  };

  const lifecycle = async (index: number) => {
    const name = `key-${index}`;
    const urn = `urn:pulumi:soak::soak::pulumi-nodejs:dynamic/ionos:S3Key::${name}`;
    const userId = users[index % users.length];
    const inputs = { userId, active: true, __provider: providerText };
    for (const step of ["create", "toggle", "delete"] as const) {
      attempted++;
      try {
        if (step === "create") {
          const created = await plugin.create(urn, inputs);
          state.set(name, { id: created.id, outputs: created.properties });
        } else {
          const current = state.get(name);
          if (!current) return;
          if (step === "toggle") {
            const outputs = await plugin.update(current.id, urn, current.outputs, { ...inputs, active: false });
            state.set(name, { id: current.id, outputs });
          } else {
            await plugin.delete(current.id, urn, current.outputs);
            state.delete(name);
          }
        }
        succeeded++;
      } catch (error) {
        // A create that left a key behind is recorded by the engine with its id; so here.
        if (error instanceof ProviderError && error.initFailed)
          state.set(name, { id: error.initFailed.id, outputs: error.initFailed.properties });
        outcome(error);
        if (step === "create" && !state.has(name)) return;
      }
    }
  };

  let next = 0;
  await Promise.all(
    Array.from({ length: options.parallelism }, async () => {
      while (next < options.keys) await lifecycle(next++);
    }),
  );

  const onEmulator = new Map(users.flatMap((u) => emulator.keys(u).map((k) => [k.id, k] as const)));
  const inState = [...state.values()].map((s) => s.id);
  const leaked = [...onEmulator.keys()].filter((id) => !inState.includes(id)).length;
  const lost = inState.filter((id) => !onEmulator.has(id)).length;
  const duplicates = inState.length - new Set(inState).size;
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
    users: users.length,
    seed: options.seed,
    attempted,
    succeeded,
    failedClearly,
    unclearErrors: unclear.length,
    leaked,
    lost,
    duplicates,
    requests: emulator.log.length,
    injected,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    errors: [...errors, ...unclear.slice(0, 5)],
  };
  await plugin.stop();
  await emulator.close();
  return report;
}

export function formatSoak(r: SoakReport): string {
  return [
    `soak: ${r.keys} keys across ${r.users} users, seed ${r.seed}, ${r.seconds} s, ${r.requests} requests`,
    `  injected: ${
      Object.entries(r.injected)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ") || "none"
    }`,
    `  operations attempted ${r.attempted}, succeeded ${r.succeeded}, failed with a clear error ${r.failedClearly}, unclear errors ${r.unclearErrors}`,
    `  keys leaked ${r.leaked}, keys lost ${r.lost}, duplicates ${r.duplicates}`,
    ...r.errors.map((e) => `  error: ${e}`),
  ].join("\n");
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { keys: { type: "string" }, seed: { type: "string" }, parallelism: { type: "string" } },
  });
  const options = {
    keys: Number(values.keys ?? 500),
    seed: Number(values.seed ?? 1),
    parallelism: Number(values.parallelism ?? 16),
  };
  runSoak(options).then(
    (report) => {
      console.log(formatSoak(report));
      writeFileSync(
        join(PROJECT_DIR, "bench", "results", `soak-${options.keys}.json`),
        JSON.stringify(report, null, 2) + "\n",
      );
      const clean = report.leaked === 0 && report.lost === 0 && report.duplicates === 0 && report.unclearErrors === 0;
      process.exit(clean ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
