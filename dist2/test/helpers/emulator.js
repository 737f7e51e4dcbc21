"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FAST_CLIENT = exports.OTHER_USER = exports.USER = void 0;
exports.testOptions = testOptions;
exports.useEmulator = useEmulator;
exports.requestsSince = requestsSince;
exports.writesSince = writesSince;
exports.rejection = rejection;
exports.journalEntries = journalEntries;
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const emulator_1 = require("../../emulator");
const create_journal_1 = require("../../provider/common/create-journal");
exports.USER = "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
exports.OTHER_USER = "15f67991-0f51-4efc-a8ad-ef1fb31a480c";
/** A fast retry schedule for tests: the client's time unit as an option, as octokit's `retryAfterBaseValue`. */
exports.FAST_CLIENT = { retry: { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 50 } };
/** Provider options, with `env` merged over `base` (a value `undefined` removes the setting). */
function testOptions(base, extra = {}) {
    const env = { ...base, ...extra.env };
    for (const [key, value] of Object.entries(env))
        if (value === undefined)
            delete env[key];
    return { ...extra, env };
}
/**
 * Starts an emulator before the suite's tests and stops it after, and gives the settings that point
 * a provider at it as an env object (the process's own environment is never written), with a create
 * journal of the suite's own.
 */
function useEmulator(options = {}) {
    const holder = {};
    before(async () => {
        holder.emulator = await (0, emulator_1.startEmulator)(options);
        holder.env = {
            IONOS_API_URL: holder.emulator.url,
            IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: holder.emulator.objectStorageUrl,
            IONOS_TOKEN: holder.emulator.options.token,
            // The emulator lists a request at once unless told to lag; a short settle keeps lost-answer tests quick.
            IONOS_REQUEST_LOG_SETTLE: String(Math.max(0.3, ((options.requestListLagMs ?? 0) * 2) / 1000)),
            IONOS_CREATE_JOURNAL: (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-create-journal-")),
        };
    });
    after(async () => {
        if (holder.env)
            (0, node_fs_1.rmSync)(holder.env.IONOS_CREATE_JOURNAL, { recursive: true, force: true });
        await holder.emulator?.close();
    });
    const started = (value) => {
        if (value === undefined)
            throw new Error("the emulator starts in before()");
        return value;
    };
    return {
        get emulator() {
            return started(holder.emulator);
        },
        get env() {
            return started(holder.env);
        },
        options(extra) {
            return testOptions(started(holder.env), extra);
        },
    };
}
/** `METHOD path` of every request logged since `from`, status polls shortened to `GET status`. */
function requestsSince(emulator, from) {
    return emulator.log
        .slice(from)
        .map((e) => e.path.includes("/requests/") ? `${e.method} status` : `${e.method} ${e.path.replace(/^\/cloudapi\/v6/, "")}`);
}
/** Writes (POST, PUT, DELETE) logged since `from`. */
function writesSince(emulator, from) {
    return requestsSince(emulator, from).filter((r) => !r.startsWith("GET"));
}
/** Runs `fn`, expecting it to throw; returns the error. */
async function rejection(fn) {
    try {
        await fn();
    }
    catch (error) {
        return error;
    }
    throw new Error("expected a rejection, but it resolved");
}
/** The create journal's entries under `dir` (in its private subdirectory): the learned request timings kept beside them aside. */
function journalEntries(dir) {
    const own = (0, node_path_1.join)(dir, create_journal_1.PRIVATE_SUBDIR);
    return (0, node_fs_1.existsSync)(own) ? (0, node_fs_1.readdirSync)(own).filter((name) => !name.startsWith("request-timings-")) : [];
}
//# sourceMappingURL=emulator.js.map