import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isUnknown } from "./unknowns";

/** The header that marks a create's POST, so that IONOS's request log can tell which key it made. */
export const CREATE_TOKEN_HEADER = "X-Pulumi-Create-Token";

const TOKEN = /^[0-9a-f]{32}$/;

/**
 * Whether the process that started this one (the Pulumi engine, for the plugin host) still runs: when
 * it was killed, this process was handed to another parent, and a key it makes now never reaches a
 * state. The returned check compares with the parent this process has when it is made (a provider's
 * construction), not when the module was loaded.
 */
export function parentStillRuns(parentAtStart: number = process.ppid): () => boolean {
  return () => process.ppid === parentAtStart;
}

/** The resource's URN as the resource class passes it; undefined when none was passed (or it is unknown). */
export function identityOf(values: { identity?: unknown }): string | undefined {
  return typeof values.identity === "string" && !isUnknown(values.identity) && values.identity !== ""
    ? values.identity
    : undefined;
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
  /** Epoch ms just before its first POST. */
  readonly startedAt: number;
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
  ) {}

  get(key: string): PendingCreate | undefined {
    const file = this.file(key);
    if (file === undefined) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, "utf8")) as Partial<PendingCreate>;
      return typeof entry.token === "string" &&
        TOKEN.test(entry.token) &&
        typeof entry.userId === "string" &&
        typeof entry.startedAt === "number"
        ? { token: entry.token, userId: entry.userId, startedAt: entry.startedAt }
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** Records a create about to POST. A journal that cannot be written costs crash recovery, not the create. */
  begin(key: string, entry: PendingCreate): void {
    const file = this.file(key);
    if (file === undefined) return;
    try {
      mkdirSync(this.dir!, { recursive: true, mode: 0o700 });
      writeFileSync(`${file}.tmp`, JSON.stringify(entry), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
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
    try {
      unlinkSync(file);
    } catch {
      // Already gone.
    }
  }

  private file(key: string): string | undefined {
    return this.dir !== undefined && TOKEN.test(key) ? join(this.dir, `${key}.json`) : undefined;
  }
}
