import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator, type EmulatorOptionsInput } from "../../emulator";

export const USER = "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
export const OTHER_USER = "15f67991-0f51-4efc-a8ad-ef1fb31a480c";

const ENV_KEYS = [
  "IONOS_API_URL",
  "IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT",
  "IONOS_TOKEN",
  "IONOS_USERNAME",
  "IONOS_PASSWORD",
  "IONOS_CONTRACT_NUMBER",
  "IONOS_WAIT_TIMEOUT",
  "IONOS_PRIVILEGE_WAIT",
  "IONOS_REQUEST_LOG_SETTLE",
  "IONOS_CREATE_JOURNAL",
];

/**
 * Starts an emulator before the suite's tests and stops it after; points the provider at it through
 * the environment, as a user would, and puts the environment back afterwards.
 */
export function useEmulator(options: EmulatorOptionsInput = {}): { readonly emulator: Emulator } {
  const holder: { emulator?: Emulator } = {};
  const saved: Record<string, string | undefined> = {};
  before(async () => {
    holder.emulator = await startEmulator(options);
    for (const key of ENV_KEYS) saved[key] = process.env[key];
    for (const key of ENV_KEYS) delete process.env[key];
    process.env.IONOS_API_URL = holder.emulator.url;
    process.env.IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT = holder.emulator.objectStorageUrl;
    process.env.IONOS_TOKEN = holder.emulator.options.token;
    // The emulator lists a request at once unless told to lag; a short settle keeps lost-answer tests quick.
    process.env.IONOS_REQUEST_LOG_SETTLE = String(Math.max(0.3, ((options.requestListLagMs ?? 0) * 2) / 1000));
    process.env.IONOS_CREATE_JOURNAL = mkdtempSync(join(tmpdir(), "ionos-create-journal-"));
  });
  after(async () => {
    rmSync(process.env.IONOS_CREATE_JOURNAL!, { recursive: true, force: true });
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await holder.emulator?.close();
  });
  return {
    get emulator(): Emulator {
      if (!holder.emulator) throw new Error("the emulator starts in before()");
      return holder.emulator;
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
