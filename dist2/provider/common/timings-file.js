"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STALE_AFTER_MS = void 0;
exports.timingsFile = timingsFile;
exports.parseTimings = parseTimings;
exports.keepTimings = keepTimings;
// What a machine learned about IONOS's pace, kept across `pulumi up` runs beside the create journal,
// so that the first wait of a run polls where DONE lands when IONOS behaves as in the last run.
const node_crypto_1 = require("node:crypto");
const node_path_1 = require("node:path");
const create_journal_1 = require("./create-journal");
/** Older than this, what was learned is ignored: IONOS's pace may have changed since. */
exports.STALE_AFTER_MS = 24 * 3600_000;
const KINDS_AT_MOST = 16;
const SAMPLES_AT_MOST = 20;
const KIND = /^[A-Z]{3,6} [a-z0-9]{1,20}$/;
/** A plausible duration: positive, under a day. */
const duration = (ms) => typeof ms === "number" && Number.isFinite(ms) && ms > 0 && ms < 86_400_000;
/** The file for the APIs at these base URLs, in the journal directory: one per pair, so another endpoint starts afresh. */
function timingsFile(journalDir, apiUrls) {
    const hash = (0, node_crypto_1.createHash)("sha256")
        .update(`pulumi-ionos-s3key timings v1\n${apiUrls.join("\n")}`)
        .digest("hex");
    return (0, create_journal_1.privatePath)(journalDir, `request-timings-${hash.slice(0, 16)}.json`);
}
/** What a timings file holds, validated: kinds with plausible durations, bounded; undefined when stale or not one. Pure. */
function parseTimings(text, now) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const { savedAt, kinds } = parsed ?? {};
    if (typeof savedAt !== "number" || !(now - savedAt < exports.STALE_AFTER_MS) || savedAt > now + 3600_000)
        return undefined;
    if (kinds === null || typeof kinds !== "object" || Array.isArray(kinds))
        return undefined;
    const out = {};
    for (const [kind, value] of Object.entries(kinds).slice(0, KINDS_AT_MOST)) {
        const { samples, spread, shifted, imprecision } = (value ?? {});
        if (!KIND.test(kind) || !Array.isArray(samples) || !samples.every(duration) || samples.length === 0)
            continue;
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
function keepTimings(timings, file, journalDir, log, now = Date.now) {
    const text = (0, create_journal_1.readPrivately)(file);
    const learned = text === undefined ? undefined : parseTimings(text, now());
    if (learned !== undefined)
        timings.restore(learned);
    let told = false;
    timings.onChange = () => {
        try {
            (0, create_journal_1.writePrivately)(journalDir, (0, node_path_1.basename)(file), JSON.stringify({ savedAt: now(), kinds: timings.snapshot() }));
        }
        catch (error) {
            if (!told)
                log(`cannot keep what was learned of IONOS's request times in ${file} (${error.message}); waits learn afresh each run`);
            told = true;
        }
    };
}
//# sourceMappingURL=timings-file.js.map