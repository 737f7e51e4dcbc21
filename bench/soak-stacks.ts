// The soak's world: an emulator injecting faults, two stacks with their states and plugin hosts, and
// the kinds of resource they run.
import * as pulumi from "@pulumi/pulumi";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startEmulator, type Emulator } from "../emulator";
import { serializableProvider } from "../provider/common/serializable-provider";
import type { PendingCreate } from "../provider/recover/pending-creates";
import { PluginHost } from "../tools/pulumi-driver/plugin-host";
import { shiftedClockEnv } from "../tools/shifted-clock";

export const PROJECT_DIR = resolve(__dirname, "..", "..");
export const STACKS = ["a", "b"] as const;
/** The emulator's name behind the soak's proxy, resolved by the proxy alone. */
export const PROXIED_HOST = "ionos-emulator.test";

/**
 * One stack: its state, as the engine would keep it, and the machine its `pulumi up` runs on: the
 * plugin host, the create journal on that machine's disk, and its clock, off from IONOS's.
 */
export interface Stack {
  readonly name: string;
  readonly state: Map<string, { id: string; outputs: Record<string, unknown> }>;
  /** Creates under way, as the engine records them (with their checked inputs) before it calls create. */
  readonly pending: Map<string, Omit<PendingCreate, "index">>;
  /** Pending creates whose runner vanished under them: left in the state for `recover`. */
  readonly orphaned: Map<string, Omit<PendingCreate, "index">>;
  /** Plugin hosts killed with their runner (engine and disk gone), not alone. */
  readonly vanished: WeakSet<PluginHost>;
  /** This machine's clock less IONOS's, in ms. */
  readonly clockOffsetMs: number;
  journal: string;
  host: PluginHost;
  /** Set while the host is being replaced after a kill. */
  restarting?: Promise<void>;
}

/** A kind of resource the soak runs: its names, its inputs, the update it makes, what it checks after a step. */
export interface Kind {
  readonly prefix: string;
  readonly type: string;
  inputs(index: number, urn: string): Record<string, unknown>;
  readonly updated: Record<string, unknown>;
  check?(outputs: Record<string, unknown>): void;
}

/** The users of a soak: two pairs of keys per user at most, four keys under the limit of five, racing in pairs. */
export function soakUsers(keys: number): string[] {
  return Array.from(
    { length: Math.ceil(keys / 4) },
    (_, i) => `${(0x10000000 + i).toString(16)}-0000-4000-8000-000000000000`,
  );
}

/** The emulator of a soak: 10 % 5xx, 5 % 429, 2 % dropped connections (half after the write), lagging reads. */
export function startFaultyEmulator(seed: number): Promise<Emulator> {
  return startEmulator({
    requestDelayMs: 30,
    // Reads lag behind writes, though not past the request's DONE.
    visibilityDelayMs: 20,
    requestListLagMs: 100,
    rateLimitPerMinute: 0,
    faults: {
      seed,
      errorRate: 0.1,
      rateLimitRate: 0.05,
      dropRate: 0.01,
      dropAfterWriteRate: 0.01,
      latencyMs: 2,
      latencyJitterMs: 10,
    },
  });
}

/** Plugin hosts that run against `emulator`, each machine with a journal and a clock of its own, as `pulumi up` would. */
export class Hosts {
  private readonly journals: string[] = [];
  readonly env: NodeJS.ProcessEnv;

  /**
   * With `proxy`, every request goes through it: the emulator is named `ionos-emulator.test`, which
   * only the proxy resolves (loopback is never proxied), over http, which that name needs allowed.
   */
  constructor(
    emulator: Emulator,
    private readonly log: (line: string) => void,
    proxy?: string,
  ) {
    const named = (url: string) => (proxy === undefined ? url : url.replace("127.0.0.1", PROXIED_HOST));
    this.env = {
      ...process.env,
      IONOS_API_URL: named(emulator.url),
      IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: named(emulator.objectStorageUrl),
      ...(proxy !== undefined ? { HTTP_PROXY: proxy, IONOS_ALLOW_INSECURE_HTTP: "true", NO_PROXY: "" } : {}),
      IONOS_TOKEN: emulator.options.token,
      IONOS_REQUEST_LOG_SETTLE: "1",
    };
  }

  /** A fresh, empty journal directory: a new machine's disk. */
  newJournal(): string {
    const dir = mkdtempSync(join(tmpdir(), "ionos-soak-journal-"));
    this.journals.push(dir);
    return dir;
  }

  /** A plugin host on the stack's machine: its journal, its clock. */
  async start(stack: Pick<Stack, "journal" | "clockOffsetMs">): Promise<PluginHost> {
    const env = shiftedClockEnv({ ...this.env, IONOS_CREATE_JOURNAL: stack.journal }, stack.clockOffsetMs);
    const host = await PluginHost.start(PROJECT_DIR, undefined, this.log, env);
    await host.configure({});
    return host;
  }

  /** The host a stack's next call goes to, once a replacement after a kill is up. */
  static async of(stack: Stack): Promise<PluginHost> {
    while (stack.restarting) await stack.restarting;
    return stack.host;
  }

  remove(): void {
    for (const dir of this.journals) rmSync(dir, { recursive: true, force: true });
  }
}

/** S3Key and AccessKey as the soak runs them, with the serialized providers a program would store. */
export async function soakKinds(
  emulator: Emulator,
  users: readonly string[],
  onSecretUnknown: () => void,
): Promise<Record<"s3Key" | "accessKey", Kind>> {
  const serialized = async (fn: () => unknown) =>
    (await pulumi.runtime.serializeFunction(fn, { allowSecrets: true })).text;
  const s3KeyProvider = await serialized(() => serializableProvider());
  const accessKeyProvider = await serialized(() => serializableProvider("AccessKeyProvider"));
  return {
    s3Key: {
      prefix: "key",
      type: "S3Key",
      inputs: (index, urn) => ({
        userId: users[Math.floor(index / 2) % users.length],
        active: true,
        identity: urn,
        __provider: s3KeyProvider,
      }),
      updated: { active: false },
      // The state's secret must be the key's, also for a key recover imported (its secret read since).
      check: (outputs) => {
        const key = emulator.keys(String(outputs.userId)).find((k) => k.id === outputs.keyId);
        if (key !== undefined && outputs.secretKey !== key.secretKey) onSecretUnknown();
      },
    },
    accessKey: {
      prefix: "access-key",
      type: "AccessKey",
      inputs: (index, urn) => ({
        description: `access-key-${index}`,
        rotation: { month: "1" },
        identity: urn,
        __provider: accessKeyProvider,
      }),
      updated: { rotation: { month: "2" } },
      // The state's secret must be the key's: a create or renewal that lost its answer renews again.
      check: (outputs) => {
        const key = emulator.accessKeys().find((k) => k.id === outputs.keyId);
        if (key !== undefined && outputs.secretKey !== key.secretKey) onSecretUnknown();
      },
    },
  };
}
