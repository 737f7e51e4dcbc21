import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator, type EmulatorOptionsInput } from "../../emulator";
import type { ClientOptions } from "../../provider/api/client-options";
import type { ProviderOptions } from "../../provider/common/options";
import { PRIVATE_SUBDIR } from "../../provider/common/create-journal";
import { CLAIM_PREFIX } from "../../provider/common/key-claims";

export const USER = "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
export const OTHER_USER = "15f67991-0f51-4efc-a8ad-ef1fb31a480c";

/** A fast retry schedule for tests: the client's time unit as an option, as octokit's `retryAfterBaseValue`. */
export const FAST_CLIENT: Partial<ClientOptions> = { retry: { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 50 } };

/** Provider options, with `env` merged over `base` (a value `undefined` removes the setting). */
export function testOptions(base: NodeJS.ProcessEnv, extra: ProviderOptions = {}): ProviderOptions {
  const env = { ...base, ...extra.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return { ...extra, env };
}

export interface EmulatorSuite {
  readonly emulator: Emulator;
  /** The settings a user would export to point the provider at this emulator, as an env object. */
  readonly env: NodeJS.ProcessEnv;
  /** Options for a provider or lookup against this emulator; `extra.env` is merged over `env`. */
  options(extra?: ProviderOptions): ProviderOptions;
}

/**
 * Starts an emulator before the suite's tests and stops it after, and gives the settings that point
 * a provider at it as an env object (the process's own environment is never written), with a create
 * journal of the suite's own.
 */
export function useEmulator(options: EmulatorOptionsInput = {}): EmulatorSuite {
  const holder: { emulator?: Emulator; env?: NodeJS.ProcessEnv } = {};
  before(async () => {
    holder.emulator = await startEmulator(options);
    holder.env = {
      IONOS_API_URL: holder.emulator.url,
      IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: holder.emulator.objectStorageUrl,
      IONOS_TOKEN: holder.emulator.options.token,
      // The emulator lists a request at once unless told to lag; a short settle keeps lost-answer tests quick.
      IONOS_REQUEST_LOG_SETTLE: String(Math.max(0.3, ((options.requestListLagMs ?? 0) * 2) / 1000)),
      IONOS_CREATE_JOURNAL: mkdtempSync(join(tmpdir(), "ionos-create-journal-")),
    };
  });
  after(async () => {
    if (holder.env) rmSync(holder.env.IONOS_CREATE_JOURNAL!, { recursive: true, force: true });
    await holder.emulator?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the emulator starts in before()");
    return value;
  };
  return {
    get emulator(): Emulator {
      return started(holder.emulator);
    },
    get env(): NodeJS.ProcessEnv {
      return started(holder.env);
    },
    options(extra?: ProviderOptions): ProviderOptions {
      return testOptions(started(holder.env), extra);
    },
  };
}

/** `METHOD path` of every request logged since `from`, status polls shortened to `GET status`. */
export function requestsSince(emulator: Emulator, from: number): string[] {
  return emulator.log
    .slice(from)
    .map((e) =>
      e.path.includes("/requests/") ? `${e.method} status` : `${e.method} ${e.path.replace(/^\/cloudapi\/v6/, "")}`,
    );
}

/** Writes (POST, PUT, DELETE) logged since `from`. */
export function writesSince(emulator: Emulator, from: number): string[] {
  return requestsSince(emulator, from).filter((r) => !r.startsWith("GET"));
}

/** Runs `fn`, expecting it to throw; returns the error. */
export async function rejection(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection, but it resolved");
}

/**
 * Resolves once `condition` holds, looking after each turn of the event loop: for an order of events
 * (one request reached the emulator before the next starts), never a sleep that races it. Fails
 * within mocha's timeout when it never holds.
 */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

/** The create journal's entries under `dir` (in its private subdirectory): the ownership records kept beside them aside. */
export function journalEntries(dir: string): string[] {
  const own = join(dir, PRIVATE_SUBDIR);
  // Ownership records are no pending creates.
  return existsSync(own) ? readdirSync(own).filter((name) => !name.startsWith(CLAIM_PREFIX)) : [];
}
