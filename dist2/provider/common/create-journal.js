"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PRIVATE_SUBDIR = exports.CreateJournal = exports.RESOURCE_HEADER = exports.CREATE_TOKEN_HEADER = void 0;
exports.resourceMark = resourceMark;
exports.isAncestor = isAncestor;
exports.identityOf = identityOf;
exports.nextCreateToken = nextCreateToken;
exports.newCreateToken = newCreateToken;
exports.journalKey = journalKey;
exports.privatePath = privatePath;
exports.ensurePrivateDir = ensurePrivateDir;
exports.writePrivately = writePrivately;
exports.readPrivately = readPrivately;
exports.entryProblem = entryProblem;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const ids_1 = require("../api/ids");
const unknowns_1 = require("./unknowns");
/** The header that marks a create's POST, so that IONOS's request log can tell which key it made. */
exports.CREATE_TOKEN_HEADER = "X-Pulumi-Create-Token";
/**
 * The header that marks every create's POST with its resource (a hash of its URN), so that a create
 * with no journal entry (a fresh machine) can still find an earlier create of the same resource in
 * IONOS's request log. The URN itself is not sent.
 */
exports.RESOURCE_HEADER = "X-Pulumi-Resource";
/** The mark of a resource in `RESOURCE_HEADER`: 32 hex digits of a hash of its URN. Pure. */
function resourceMark(urn) {
    return (0, node_crypto_1.createHash)("sha256").update(`pulumi-ionos-s3key resource v1\n${urn}`).digest("hex").slice(0, 32);
}
/** Links followed forward when asking whether a token is an ancestor of another (one per `pulumi up`). */
const LINKS_FOLLOWED = 10_000;
/**
 * Whether `earlier` is an ancestor of `token` in a resource's chain of create tokens (`next` applied
 * one or more times gives it): the create of a resource this one follows, whose key the state holds
 * or deleted. Pure.
 */
function isAncestor(earlier, token, next) {
    let link = earlier;
    for (let i = 0; i < LINKS_FOLLOWED; i++) {
        link = next(link);
        if (link === token)
            return true;
    }
    return false;
}
const TOKEN = /^[0-9a-f]{32}$/;
/** The resource's URN as the resource class passes it; undefined when none was passed (or it is unknown). */
function identityOf(values) {
    return typeof values.identity === "string" && !(0, unknowns_1.isUnknown)(values.identity) && values.identity !== ""
        ? values.identity
        : undefined;
}
/**
 * The token the next create of a resource uses, chosen in `check` so that the engine stores it in
 * the pending create before the write (a runner that vanishes leaves it in the stack's state): a
 * fresh one for a new resource; for one in the state, the next link of its chain (a hash of the
 * previous one), so a replacement never marks its POST like the key it replaces, and a preview and
 * the up after it choose the same one. Never shared: the first link is random.
 */
function nextCreateToken(previous) {
    return typeof previous === "string" && TOKEN.test(previous)
        ? (0, node_crypto_1.createHash)("sha256").update(`pulumi-ionos-s3key next create\n${previous}`).digest("hex").slice(0, 32)
        : newCreateToken();
}
/** A fresh token for one create: it marks that create's POSTs and nothing else's. */
function newCreateToken() {
    return (0, node_crypto_1.randomBytes)(16).toString("hex");
}
/**
 * Where a resource's pending create is journaled: its URN and the project directory (the plugin
 * host's working directory), so two checkouts of one project with separate backends never meet. Pure.
 */
function journalKey(identity, projectDir) {
    return (0, node_crypto_1.createHash)("sha256")
        .update(`pulumi-ionos-s3key create v1\n${projectDir}\n${identity}`)
        .digest("hex")
        .slice(0, 32);
}
/**
 * The local record of creates, one small file per resource (see `journalKey`). An entry is written
 * before the POST and removed when the create hands its key to a live engine, fails cleanly, or a
 * state is seen holding the key (`diff`, `read`, `delete`). An entry still there when the same
 * resource is created again means the earlier attempt never reached the state (plugin host or engine
 * killed): only then does create ask IONOS's request log which key that attempt's token made.
 *
 * `IONOS_CREATE_JOURNAL` names the directory, or `off`; the default is
 * `$XDG_STATE_HOME/pulumi-ionos-s3key/pending-creates` (`~/.local/state/…`).
 */
class CreateJournal {
    dir;
    log;
    now;
    handedOver;
    /** `dir` undefined: no journal (`IONOS_CREATE_JOURNAL=off`); see `readConfig`. */
    constructor(dir, log, now = Date.now, 
    /** Told of each entry whose key was handed to the engine, with how to end it (see `EngineGuard`). */
    handedOver = () => undefined) {
        this.dir = dir;
        this.log = log;
        this.now = now;
        this.handedOver = handedOver;
    }
    /**
     * The resource's create handed its key to the engine: the entry stays (the engine may die before it
     * records the key) and is ended when a state is seen holding it, or when `handedOver`'s owner knows
     * the engine recorded it.
     */
    handOver(key) {
        const token = this.get(key)?.token;
        if (token !== undefined)
            this.handedOver(() => this.end(key, token));
    }
    /**
     * The resource's entry, validated: one that is not a create's (tampered, truncated, from another
     * tool) is reported once and set aside as `<key>.json.invalid`, so it never blocks a create.
     */
    get(key) {
        const file = this.file(key);
        if (file === undefined)
            return undefined;
        const legacy = (0, node_path_1.join)(this.dir, `${key}.json`);
        const text = readPrivately(file);
        // An entry written by 0.2.0, in the configured directory itself, still counts.
        if (text === undefined)
            return this.legacyEntry(legacy);
        return this.validated(file, text);
    }
    legacyEntry(file) {
        const text = readPrivately(file);
        return text === undefined ? undefined : this.validated(file, text);
    }
    validated(file, text) {
        const problem = entryProblem(text, this.now());
        if (typeof problem !== "string")
            return problem;
        this.log(`the create journal's entry ${file} is not a create's (${problem}): set aside as ${file}.invalid`);
        try {
            (0, node_fs_1.renameSync)(file, `${file}.invalid`);
        }
        catch {
            // Gone meanwhile.
        }
        return undefined;
    }
    /**
     * Records a create about to POST: written to a fresh file by exclusive creation (never through a
     * link someone planted), then renamed into place, in a directory only its owner can enter. A
     * journal that cannot be written costs crash recovery, not the create.
     */
    begin(key, entry) {
        if (this.file(key) === undefined)
            return;
        try {
            writePrivately(this.dir, `${key}.json`, JSON.stringify(entry));
        }
        catch (error) {
            this.log(`cannot record the create in ${this.dir} (${error.message}): if this process is killed before the key is in the state, the next create cannot find the key it made. Set IONOS_CREATE_JOURNAL to a writable directory.`);
        }
    }
    /** Removes the resource's entry; with `token`, only when the entry is that create's (not a newer one's). */
    end(key, token) {
        const file = this.file(key);
        if (file === undefined)
            return;
        if (token !== undefined && this.get(key)?.token !== token)
            return;
        for (const path of [file, (0, node_path_1.join)(this.dir, `${key}.json`)]) {
            try {
                (0, node_fs_1.unlinkSync)(path);
            }
            catch {
                // Already gone.
            }
        }
    }
    file(key) {
        return this.dir !== undefined && TOKEN.test(key) ? privatePath(this.dir, `${key}.json`) : undefined;
    }
}
exports.CreateJournal = CreateJournal;
/** The subdirectory of the configured journal directory that holds this package's files. */
exports.PRIVATE_SUBDIR = "entries";
/** Where the file `name` lives under the configured directory `dir`: in the private subdirectory. Pure. */
function privatePath(dir, name) {
    return (0, node_path_1.join)(dir, exports.PRIVATE_SUBDIR, name);
}
/**
 * The private subdirectory of `dir`, made if missing. The configured directory itself is never
 * changed: made (0700) when missing, else used as it is, through a link if it is one (a CI cache
 * mount), but only when it belongs to this user or root and, if others may write to it, is sticky
 * (as /tmp). The subdirectory is this user's own, a real directory, mode 0700. Throws with the reason.
 */
function ensurePrivateDir(dir) {
    (0, node_fs_1.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const outer = (0, node_fs_1.statSync)(dir);
    const uid = process.getuid?.();
    if (!outer.isDirectory())
        throw new Error(`${dir} is not a directory`);
    if (uid !== undefined && outer.uid !== uid && outer.uid !== 0)
        throw new Error(`${dir} belongs to another user (uid ${outer.uid})`);
    if ((outer.mode & 0o022) !== 0 && (outer.mode & 0o1000) === 0)
        throw new Error(`${dir} may be written by others and is not sticky, so another user could replace its files`);
    const own = (0, node_path_1.join)(dir, exports.PRIVATE_SUBDIR);
    try {
        (0, node_fs_1.mkdirSync)(own, { mode: 0o700 });
    }
    catch (error) {
        if (error.code !== "EEXIST")
            throw error;
    }
    const stat = (0, node_fs_1.lstatSync)(own);
    if (!stat.isDirectory())
        throw new Error(`${own} is not a directory (a link or a file)`);
    if (uid !== undefined && stat.uid !== uid)
        throw new Error(`${own} belongs to another user (uid ${stat.uid})`);
    // This user's own directory (it may predate a umask): only its owner may enter it.
    if ((stat.mode & 0o777) !== 0o700)
        (0, node_fs_1.chmodSync)(own, 0o700);
    return own;
}
/**
 * Writes `text` as the file `name` of this machine's state, in `dir`'s private subdirectory (see
 * `ensurePrivateDir`): to a fresh file by exclusive creation (never through a link someone planted),
 * then renamed into place. Throws.
 */
function writePrivately(dir, name, text) {
    const file = (0, node_path_1.join)(ensurePrivateDir(dir), name);
    const temporary = `${file}.${(0, node_crypto_1.randomBytes)(6).toString("hex")}.tmp`;
    try {
        (0, node_fs_1.writeFileSync)(temporary, text, { mode: 0o600, flag: "wx" });
        (0, node_fs_1.renameSync)(temporary, file);
    }
    catch (error) {
        (0, node_fs_1.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** Reads a state file `writePrivately` wrote, never through a link; undefined when there is none, or past `maxBytes`. */
function readPrivately(file, maxBytes = 1 << 16) {
    try {
        const fd = (0, node_fs_1.openSync)(file, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NOFOLLOW);
        try {
            return (0, node_fs_1.fstatSync)(fd).size > maxBytes ? undefined : (0, node_fs_1.readFileSync)(fd, "utf8");
        }
        finally {
            (0, node_fs_1.closeSync)(fd);
        }
    }
    catch {
        return undefined;
    }
}
/** Entries from at most a year ago and at most a day ahead (a clock set back since) are plausible. */
const PLAUSIBLE = { pastMs: 366 * 24 * 3600_000, futureMs: 24 * 3600_000 };
/** The entry in `text`, or why it is not a create's. Pure. */
function entryProblem(text, now) {
    let entry;
    try {
        const parsed = JSON.parse(text);
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
            return "not a JSON object";
        entry = parsed;
    }
    catch {
        return "not JSON";
    }
    const { token, userId, startedAt, serverStartedAt } = entry;
    if (typeof token !== "string" || !TOKEN.test(token))
        return "its token is not 32 hexadecimal digits";
    // An access key's create has no user: "".
    if (typeof userId !== "string" || (userId !== "" && !ids_1.USER_ID_PATTERN.test(userId)))
        return "its userId is not a UUID";
    const plausible = (at) => typeof at === "number" && Number.isFinite(at) && at > now - PLAUSIBLE.pastMs && at < now + PLAUSIBLE.futureMs;
    if (!plausible(startedAt))
        return "its startedAt is not a time of the last year";
    if (serverStartedAt !== undefined && !plausible(serverStartedAt))
        return "its serverStartedAt is not a time of the last year";
    return {
        token,
        userId,
        startedAt: startedAt,
        ...(serverStartedAt !== undefined ? { serverStartedAt: serverStartedAt } : {}),
    };
}
//# sourceMappingURL=create-journal.js.map