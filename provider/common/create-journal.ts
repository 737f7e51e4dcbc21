import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { USER_ID_PATTERN } from "../api/ids";
import { isUnknown } from "./unknowns";

/** The header that marks a create's POST, so that IONOS's request log can tell which key it made. */
export const CREATE_TOKEN_HEADER = "X-Pulumi-Create-Token";

/**
 * The header that marks every create's POST with its resource (a hash of its URN), so that a create
 * with no journal entry (a fresh machine) can still find an earlier create of the same resource in
 * IONOS's request log. The URN itself is not sent.
 */
export const RESOURCE_HEADER = "X-Pulumi-Resource";

/** The mark of a resource in `RESOURCE_HEADER`: 32 hex digits of a hash of its URN. Pure. */
export function resourceMark(urn: string): string {
  return createHash("sha256").update(`pulumi-ionos-s3key resource v1\n${urn}`).digest("hex").slice(0, 32);
}

/** Links followed forward when asking whether a token is an ancestor of another (one per `pulumi up`). */
const LINKS_FOLLOWED = 10_000;

/**
 * Whether `earlier` is an ancestor of `token` in a resource's chain of create tokens (`next` applied
 * one or more times gives it): the create of a resource this one follows, whose key the state holds
 * or deleted. Pure.
 */
export function isAncestor(earlier: string, token: string, next: (token: string) => string): boolean {
  let link = earlier;
  for (let i = 0; i < LINKS_FOLLOWED; i++) {
    link = next(link);
    if (link === token) return true;
  }
  return false;
}

const TOKEN = /^[0-9a-f]{32}$/;

/** The resource's URN as the resource class passes it; undefined when none was passed (or it is unknown). */
export function identityOf(values: { identity?: unknown }): string | undefined {
  return typeof values.identity === "string" && !isUnknown(values.identity) && values.identity !== ""
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
export function nextCreateToken(previous: unknown): string {
  return typeof previous === "string" && TOKEN.test(previous)
    ? createHash("sha256").update(`pulumi-ionos-s3key next create\n${previous}`).digest("hex").slice(0, 32)
    : newCreateToken();
}

/** A fresh token for one create: it marks that create's POSTs and nothing else's. */
export function newCreateToken(): string {
  return randomBytes(16).toString("hex");
}

/**
 * Where a resource's pending create is journaled: its URN and the project directory (the plugin
 * host's working directory), so two checkouts of one project with separate backends never meet. Pure.
 */
export function journalKey(identity: string, projectDir: string): string {
  return createHash("sha256")
    .update(`pulumi-ionos-s3key create v1\n${projectDir}\n${identity}`)
    .digest("hex")
    .slice(0, 32);
}

/** A create that began on this machine and whose key has not been seen in a Pulumi state since. */
export interface PendingCreate {
  /** The token its POSTs carried. */
  readonly token: string;
  readonly userId: string;
  /** Epoch ms just before its first POST, by this machine's clock. */
  readonly startedAt: number;
  /** The same moment by IONOS's clock, when an answer had shown it (see `ServerClock`). */
  readonly serverStartedAt?: number;
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
export class CreateJournal {
  /** `dir` undefined: no journal (`IONOS_CREATE_JOURNAL=off`); see `readConfig`. */
  constructor(
    private readonly dir: string | undefined,
    private readonly log: (message: string) => void,
    private readonly now: () => number = Date.now,
    /** Told of each entry whose key was handed to the engine, with how to end it (see `EngineGuard`). */
    private readonly handedOver: (end: () => void) => void = () => undefined,
  ) {}

  /**
   * The resource's create handed its key to the engine: the entry stays (the engine may die before it
   * records the key) and is ended when a state is seen holding it, or when `handedOver`'s owner knows
   * the engine recorded it.
   */
  handOver(key: string): void {
    const token = this.get(key)?.token;
    if (token !== undefined) this.handedOver(() => this.end(key, token));
  }

  /**
   * The resource's entry, validated: one that is not a create's (tampered, truncated, from another
   * tool) is reported once and set aside as `<key>.json.invalid`, so it never blocks a create.
   */
  get(key: string): PendingCreate | undefined {
    const file = this.file(key);
    if (file === undefined) return undefined;
    const legacy = join(this.dir!, `${key}.json`);
    const text = readPrivately(file);
    // An entry written by 0.2.0, in the configured directory itself, still counts.
    if (text === undefined) return this.legacyEntry(legacy);
    return this.validated(file, text);
  }

  private legacyEntry(file: string): PendingCreate | undefined {
    const text = readPrivately(file);
    return text === undefined ? undefined : this.validated(file, text);
  }

  private validated(file: string, text: string): PendingCreate | undefined {
    const problem = entryProblem(text, this.now());
    if (typeof problem !== "string") return problem;
    this.log(`the create journal's entry ${file} is not a create's (${problem}): set aside as ${file}.invalid`);
    try {
      renameSync(file, `${file}.invalid`);
    } catch {
      // Gone meanwhile.
    }
    return undefined;
  }

  /**
   * Records a create about to POST: written to a fresh file by exclusive creation (never through a
   * link someone planted), then renamed into place, in a directory only its owner can enter. A
   * journal that cannot be written costs crash recovery, not the create.
   */
  begin(key: string, entry: PendingCreate): void {
    if (this.file(key) === undefined) return;
    try {
      writePrivately(this.dir!, `${key}.json`, JSON.stringify(entry));
    } catch (error) {
      this.log(
        `cannot record the create in ${this.dir} (${(error as Error).message}): if this process is killed before the key is in the state, the next create cannot find the key it made. Set IONOS_CREATE_JOURNAL to a writable directory.`,
      );
    }
  }

  /** Removes the resource's entry; with `token`, only when the entry is that create's (not a newer one's). */
  end(key: string, token?: string): void {
    const file = this.file(key);
    if (file === undefined) return;
    if (token !== undefined && this.get(key)?.token !== token) return;
    for (const path of [file, join(this.dir!, `${key}.json`)]) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    }
  }

  private file(key: string): string | undefined {
    return this.dir !== undefined && TOKEN.test(key) ? privatePath(this.dir, `${key}.json`) : undefined;
  }
}

/** The subdirectory of the configured journal directory that holds this package's files. */
export const PRIVATE_SUBDIR = "entries";

/** Where the file `name` lives under the configured directory `dir`: in the private subdirectory. Pure. */
export function privatePath(dir: string, name: string): string {
  return join(dir, PRIVATE_SUBDIR, name);
}

/**
 * The private subdirectory of `dir`, made if missing. The configured directory itself is never
 * changed: made (0700) when missing, else used as it is, through a link if it is one (a CI cache
 * mount), but only when it belongs to this user or root and, if others may write to it, is sticky
 * (as /tmp). The subdirectory is this user's own, a real directory, mode 0700. Throws with the reason.
 */
export function ensurePrivateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const outer = statSync(dir);
  const uid = process.getuid?.();
  if (!outer.isDirectory()) throw new Error(`${dir} is not a directory`);
  if (uid !== undefined && outer.uid !== uid && outer.uid !== 0)
    throw new Error(`${dir} belongs to another user (uid ${outer.uid})`);
  if ((outer.mode & 0o022) !== 0 && (outer.mode & 0o1000) === 0)
    throw new Error(`${dir} may be written by others and is not sticky, so another user could replace its files`);
  const own = join(dir, PRIVATE_SUBDIR);
  try {
    mkdirSync(own, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const stat = lstatSync(own);
  if (!stat.isDirectory()) throw new Error(`${own} is not a directory (a link or a file)`);
  if (uid !== undefined && stat.uid !== uid) throw new Error(`${own} belongs to another user (uid ${stat.uid})`);
  // This user's own directory (it may predate a umask): only its owner may enter it.
  if ((stat.mode & 0o777) !== 0o700) chmodSync(own, 0o700);
  return own;
}

/**
 * Writes `text` as the file `name` of this machine's state, in `dir`'s private subdirectory (see
 * `ensurePrivateDir`): to a fresh file by exclusive creation (never through a link someone planted),
 * then renamed into place. Throws.
 */
export function writePrivately(dir: string, name: string, text: string): void {
  const file = join(ensurePrivateDir(dir), name);
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o600, flag: "wx" });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Reads a state file `writePrivately` wrote, never through a link; undefined when there is none, or past `maxBytes`. */
export function readPrivately(file: string, maxBytes = 1 << 16): string | undefined {
  try {
    const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      return fstatSync(fd).size > maxBytes ? undefined : readFileSync(fd, "utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Entries from at most a year ago and at most a day ahead (a clock set back since) are plausible. */
const PLAUSIBLE = { pastMs: 366 * 24 * 3600_000, futureMs: 24 * 3600_000 } as const;

/** The entry in `text`, or why it is not a create's. Pure. */
export function entryProblem(text: string, now: number): PendingCreate | string {
  let entry: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return "not a JSON object";
    entry = parsed as Record<string, unknown>;
  } catch {
    return "not JSON";
  }
  const { token, userId, startedAt, serverStartedAt } = entry;
  if (typeof token !== "string" || !TOKEN.test(token)) return "its token is not 32 hexadecimal digits";
  // An access key's create has no user: "".
  if (typeof userId !== "string" || (userId !== "" && !USER_ID_PATTERN.test(userId))) return "its userId is not a UUID";
  const plausible = (at: unknown) =>
    typeof at === "number" && Number.isFinite(at) && at > now - PLAUSIBLE.pastMs && at < now + PLAUSIBLE.futureMs;
  if (!plausible(startedAt)) return "its startedAt is not a time of the last year";
  if (serverStartedAt !== undefined && !plausible(serverStartedAt))
    return "its serverStartedAt is not a time of the last year";
  return {
    token,
    userId,
    startedAt: startedAt as number,
    ...(serverStartedAt !== undefined ? { serverStartedAt: serverStartedAt as number } : {}),
  };
}
