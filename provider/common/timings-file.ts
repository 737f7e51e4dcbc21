// What a machine learned about IONOS's pace, kept across `pulumi up` runs beside the create journal,
// so that the first wait of a run polls where DONE lands when IONOS behaves as in the last run.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { KindTimings, RequestTimings } from "../api/poll-schedule";
import { privatePath, readPrivately, writePrivately } from "./create-journal";

/** Older than this, what was learned is ignored: IONOS's pace may have changed since. */
export const STALE_AFTER_MS = 24 * 3600_000;
const KINDS_AT_MOST = 16;
const SAMPLES_AT_MOST = 20;
const KIND = /^[A-Z]{3,6} [a-z0-9]{1,20}$/;
/** A plausible duration: positive, under a day. */
const duration = (ms: unknown): ms is number =>
  typeof ms === "number" && Number.isFinite(ms) && ms > 0 && ms < 86_400_000;

/** The file for the APIs at these base URLs, in the journal directory: one per pair, so another endpoint starts afresh. */
export function timingsFile(journalDir: string, apiUrls: readonly string[]): string {
  const hash = createHash("sha256")
    .update(`pulumi-ionos-s3key timings v1\n${apiUrls.join("\n")}`)
    .digest("hex");
  return privatePath(journalDir, `request-timings-${hash.slice(0, 16)}.json`);
}

/** What a timings file holds, validated: kinds with plausible durations, bounded; undefined when stale or not one. Pure. */
export function parseTimings(text: string, now: number): Record<string, KindTimings> | undefined {
  let parsed: { savedAt?: unknown; kinds?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return undefined;
  }
  const { savedAt, kinds } = parsed ?? {};
  if (typeof savedAt !== "number" || !(now - savedAt < STALE_AFTER_MS) || savedAt > now + 3600_000) return undefined;
  if (kinds === null || typeof kinds !== "object" || Array.isArray(kinds)) return undefined;
  const out: Record<string, KindTimings> = {};
  for (const [kind, value] of Object.entries(kinds as Record<string, unknown>).slice(0, KINDS_AT_MOST)) {
    const { samples, spread, shifted, imprecision } = (value ?? {}) as Record<string, unknown>;
    if (!KIND.test(kind) || !Array.isArray(samples) || !samples.every(duration) || samples.length === 0) continue;
    out[kind] = {
      samples: samples.slice(-SAMPLES_AT_MOST),
      ...(typeof spread === "number" && spread >= 0 && spread < 2 ? { spread } : {}),
      ...(shifted === true ? { shifted } : {}),
      ...(typeof imprecision === "number" && imprecision >= 0 && imprecision < 1 ? { imprecision } : {}),
    };
  }
  return out;
}

/**
 * Gives `timings` what the last run on this machine learned (not stale), and keeps what it learns
 * in `file` after every wait. A file that cannot be read or written costs the first waits of a
 * run their precision, nothing else: it is said once.
 */
export function keepTimings(
  timings: RequestTimings,
  file: string,
  journalDir: string,
  log: (message: string) => void,
  now: () => number = Date.now,
): void {
  const text = readPrivately(file);
  const learned = text === undefined ? undefined : parseTimings(text, now());
  if (learned !== undefined) timings.restore(learned);
  let told = false;
  timings.onChange = () => {
    try {
      writePrivately(journalDir, basename(file), JSON.stringify({ savedAt: now(), kinds: timings.snapshot() }));
    } catch (error) {
      if (!told)
        log(
          `cannot keep what was learned of IONOS's request times in ${file} (${(error as Error).message}); waits learn afresh each run`,
        );
      told = true;
    }
  };
}
