// One owner per key, across processes: every explicit provider is a plugin process of its own, and
// `pulumi import` is a run of its own, so which resource of a stack holds a key is kept on disk beside
// the create journal (one small file per key and checkout), not in one process's memory. Written by
// create, read and delete (never by check or diff); consulted before a key is adopted or imported.
import { createHash } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { ACCESS_KEY_TYPE, PLUGIN_ACCESS_KEY_TYPE, PLUGIN_S3KEY_TYPE, S3KEY_TYPE } from "./wire";
import { ensurePrivateDir, privatePath, readPrivately, writePrivately } from "./create-journal";

/** The file name prefix of an ownership claim in the journal's private directory. */
export const CLAIM_PREFIX = "key-owner-";

/** The dynamic and plugin types of one kind of key: a resource moved between them is the same owner. */
const SAME_KIND: Readonly<Record<string, string>> = {
  [S3KEY_TYPE]: "S3Key",
  [PLUGIN_S3KEY_TYPE]: "S3Key",
  [ACCESS_KEY_TYPE]: "AccessKey",
  [PLUGIN_ACCESS_KEY_TYPE]: "AccessKey",
};

/** `urn:pulumi:<stack>::<project>::<type>::<name>`, split; the type's last part (a child's own type). */
function parts(urn: string): { stack: string; type: string; name: string } {
  const [stack = "", project = "", types = "", ...name] = urn.split("::");
  return { stack: `${stack}::${project}`, type: types.split("$").pop() ?? "", name: name.join("::") };
}

/**
 * Whether `holder` is another owner than `urn` in the same stack: a resource of the same stack and
 * project, other than `urn` itself or its twin of the other path (the dynamic `S3Key` and the
 * plugin's, of one name: the documented move between them). Pure.
 */
export function anotherOwner(holder: string, urn: string): boolean {
  if (holder === urn) return false;
  const [a, b] = [parts(holder), parts(urn)];
  if (a.stack !== b.stack) return false;
  const twins = a.name === b.name && SAME_KIND[a.type] !== undefined && SAME_KIND[a.type] === SAME_KIND[b.type];
  return !twins;
}

/** Which resource of a stack holds each key, on this machine, for one checkout of the project. */
export class KeyClaims {
  constructor(
    /** The create journal's directory; undefined (`IONOS_CREATE_JOURNAL=off`): nothing is kept. */
    private readonly dir: string | undefined,
    private readonly projectDir: string,
  ) {}

  /** The URN of another resource of the same stack that holds the key, with its claim's file; or undefined. */
  holder(account: string, keyId: string, urn: string): { urn: string; file: string } | undefined {
    const file = this.file(account, keyId);
    const text = file === undefined ? undefined : readPrivately(file);
    if (text === undefined) return undefined;
    let held: unknown;
    try {
      held = (JSON.parse(text) as { urn?: unknown }).urn;
    } catch {
      return undefined;
    }
    return typeof held === "string" && anotherOwner(held, urn) ? { urn: held, file: file! } : undefined;
  }

  /**
   * Claims the key for `urn` before it adopts or imports it, atomically (exclusive creation, so two
   * processes adopting one key at once cannot both win): the holder when another resource of the
   * stack has it, else undefined (the claim is `urn`'s).
   */
  claim(account: string, keyId: string, urn: string): { urn: string; file: string } | undefined {
    if (this.dir === undefined) return undefined;
    const file = privatePath(this.dir, this.name(account, keyId));
    try {
      ensurePrivateDir(this.dir);
      writeFileSync(file, JSON.stringify({ urn }), { mode: 0o600, flag: "wx" });
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return undefined; // best effort, as `record`
    }
    const holder = this.holder(account, keyId, urn);
    if (holder === undefined) this.record(account, keyId, urn);
    return holder;
  }

  /** Records that `urn` holds the key (the state's word: it replaces any earlier claim). */
  record(account: string, keyId: string, urn: string | undefined): void {
    if (this.dir === undefined || urn === undefined) return;
    try {
      writePrivately(this.dir, this.name(account, keyId), JSON.stringify({ urn }));
    } catch {
      // Best effort: a journal directory that cannot be written is reported by the create journal.
    }
  }

  /** Forgets the key's claim if `urn` holds it (its delete). */
  release(account: string, keyId: string, urn: string | undefined): void {
    const file = this.file(account, keyId);
    if (file === undefined || urn === undefined || this.holder(account, keyId, urn) !== undefined) return;
    rmSync(file, { force: true });
  }

  private name(account: string, keyId: string): string {
    const contract = /^contract (\d+)/.exec(account)?.[1] ?? account;
    const hash = createHash("sha256")
      .update(`pulumi-ionos-s3key key owner v1\n${this.projectDir}\n${contract}\n${keyId}`)
      .digest("hex");
    return `${CLAIM_PREFIX}${hash.slice(0, 32)}.json`;
  }

  private file(account: string, keyId: string): string | undefined {
    return this.dir === undefined ? undefined : privatePath(this.dir, this.name(account, keyId));
  }
}

/** Why a resource may not adopt or import a key another resource of its stack holds. */
export function heldByAnother(keyId: string, holder: { urn: string; file: string }, how: "adopt" | "import"): string {
  return (
    `key ${keyId} is already held by ${holder.urn} in this stack: two resources would each delete it when removed, ` +
    `while the other still hands it out. Nothing was ${how === "adopt" ? "adopted" : "imported"}. Give each key one ` +
    "resource: read it with the lookup (getS3Key, getAccessKey) instead of owning it. If that resource is no longer " +
    `in the stack (\`pulumi state delete\`), delete this machine's record of it, ${holder.file}, and try again.`
  );
}
