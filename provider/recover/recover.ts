import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IonosError } from "../api/errors";
import { readConfig, type ProviderConfig } from "../common/config";
import { IonosConnection } from "../common/connection";
import { applyResolutions, type Resolved } from "./recover-plan";
import { parseExport, pendingCreates, resolvedBy, type ExportedState, type PendingCreate } from "./pending-creates";
import { pulumiOnPath, selectedStack, stackConfig, stackLocks, type RunPulumi } from "./pulumi-commands";
import { explicitProviderSettings } from "./provider-settings";
import type { ConfigSource } from "../common/config-sources";
import { resolve, type Resolution, type Resolver } from "./resolve";

export type { RunPulumi } from "./pulumi-commands";
export { importedOutputs } from "./recover-plan";

/**
 * recover's exit codes: 0 nothing is left pending; 1 a command or the settings failed (nothing was
 * written); 2 some pending creates are left as they are (each said why), the others resolved; 3 the
 * stack is locked by an update (running, or killed: `pulumi cancel`), or changed while recover worked
 * and kept changing: nothing was written; 64 a usage error.
 */
export const EXIT = { done: 0, failed: 1, left: 2, busy: 3, usage: 64 } as const;

export interface RecoverOptions {
  /** `--stack NAME`, or the selected stack. */
  readonly stack?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly out?: (line: string) => void;
  /** @default the `pulumi` on PATH */
  readonly pulumi?: RunPulumi;
}

/** Reads of the state before recover gives up on a stack that keeps changing under it. */
const ATTEMPTS = 3;

/**
 * `pulumi-ionos-s3key recover`: finds every pending create of an S3Key or AccessKey in the stack's
 * state (a `pulumi up` cut off, its runner perhaps gone), asks IONOS which key each made, and writes
 * the outcome as one safe edit of the state (never over a lock, never over a state that changed since
 * it was read): a key that exists now and that no resource holds is imported; a create an `up`
 * already resolved (its key held, or rotated away since), or that made no key, is cleared; a cut-off
 * replacement is cleared for the next `up` to finish. Never marks a live key for deletion. Not built
 * on `pulumi refresh --import-pending-creates`: under CLI 3.274.1 that refresh dropped a dynamic
 * resource's pending creates without importing them (the state kept neither, exit 0). Sends no API
 * request when nothing is pending. Resolves to an exit code (`EXIT`).
 */
export async function recover(options: RecoverOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const out = options.out ?? ((line: string) => console.log(line));
  const pulumi = options.pulumi ?? pulumiOnPath(cwd, env);
  const stack = options.stack !== undefined ? ["--stack", options.stack] : [];
  const locked = lockMessage(pulumi, options.stack, cwd);
  if (locked !== undefined) return (void out(locked), EXIT.busy);
  let resolverFor: ((create: PendingCreate) => Resolver) | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const exported = exportState(pulumi, stack);
    const state = parseExport(exported);
    const { creates, problems } = pendingCreates(state);
    for (const problem of problems) out(`recover: ${problem}`);
    if (creates.length === 0) {
      if (problems.length === 0)
        out("recover: no pending create of an S3Key or AccessKey in the stack: nothing to do.");
      return problems.length === 0 ? EXIT.done : EXIT.left;
    }
    resolverFor ??= resolvers(pulumi, stack, env, (line) => out(`  ${line}`));
    const resolved: Resolved[] = [];
    for (const create of creates) {
      const resolution = await resolveOne(resolverFor, state, create);
      out(`recover: ${create.urn}: ${resolution.why}`);
      resolved.push({ create, resolution });
    }
    const edit = applyResolutions(state, resolved);
    for (const line of edit.lines) out(`recover: ${line}`);
    const left = edit.counts.left + problems.length;
    if (edit.changed) {
      // IONOS's answers took time: an update that ran meanwhile wrote a newer state, which must not be undone.
      if (!sameDeployment(state, exportState(pulumi, stack))) {
        out(
          `recover: the stack's state changed while recover worked (an update ran): reading it again (${attempt} of ${ATTEMPTS}).`,
        );
        continue;
      }
      const imported = importState(pulumi, stack, edit.state);
      if (imported !== undefined) {
        out(`recover: pulumi stack import failed, nothing was written:\n${imported}`);
        return /locked|another update|conflict/i.test(imported) ? EXIT.busy : EXIT.failed;
      }
    }
    out(
      `recover: ${edit.counts.imported} key(s) taken into the state, ${edit.counts.cleared} pending create(s) cleared, ${left} left.`,
    );
    if (left === 0) return EXIT.done;
    out("recover: resolve the ones left (see above), then run `pulumi refresh --clear-pending-creates`.");
    return EXIT.left;
  }
  out(
    `recover: the stack's state kept changing (${ATTEMPTS} reads): run recover when no update runs. Nothing was written.`,
  );
  return EXIT.busy;
}

/** How recover asks IONOS: both APIs with the settings `pulumi up` uses, and the request log's settle time. */
export function resolverOf(config: ProviderConfig, log: (line: string) => void): Resolver {
  const connection = new IonosConnection();
  return {
    cloudApi: connection.client(config, log),
    objectStorage: connection.client({ ...config, api: config.objectStorage }, log),
    settleMs: config.create.requestLogSettleMs,
  };
}

/**
 * Who to ask about each pending create, made when first needed (a stack with only explicit providers
 * needs no default credentials): the default provider's settings (the plugin's resources read
 * `ionos-s3key:*` stack config, the dynamic ones `ionoscloud:*`), or, for a create made through an
 * explicit provider, that provider's settings from the state.
 */
function resolvers(
  pulumi: RunPulumi,
  stack: readonly string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): (create: PendingCreate) => Resolver {
  let config: ConfigSource | undefined;
  let explicit: Map<string, ConfigSource> | undefined;
  const made = new Map<string, Resolver>();
  const once = (key: string, make: () => Resolver) => {
    const resolver = made.get(key) ?? make();
    made.set(key, resolver);
    return resolver;
  };
  return (create) => {
    if (create.explicitProvider === undefined) {
      config ??= stackConfig(pulumi, stack);
      const settings = create.plugin === true ? { pluginConfig: config } : { stackConfig: config };
      return once(create.plugin === true ? "plugin" : "dynamic", () =>
        resolverOf(readConfig({ env, ...settings }), log),
      );
    }
    explicit ??= explicitProviderSettings(pulumi, stack);
    const source = explicit.get(create.explicitProvider);
    if (source === undefined) throw new IonosError(`its provider ${create.explicitProvider} is not in the state`);
    return once(create.explicitProvider, () => resolverOf(readConfig({ env, pluginConfig: source }), log));
  };
}

/** One pending create's outcome; a failure to ask IONOS leaves it, said why, and the others go on. */
async function resolveOne(
  resolverFor: (create: PendingCreate) => Resolver,
  state: ExportedState,
  create: PendingCreate,
): Promise<Resolution> {
  const holder = resolvedBy(state, create);
  if (holder !== undefined)
    return { action: "clear", why: `an update already resolved it: the state holds its key ${String(holder.id)}` };
  try {
    return await resolve(resolverFor(create), create);
  } catch (error) {
    const message = (error as Error).message.replace(/\n\s*-?\s*/g, " ");
    return { action: "leave", why: `IONOS could not be asked (${message})` };
  }
}

/** What to say when an update holds the stack (a file backend's lock files), or undefined. */
function lockMessage(pulumi: RunPulumi, stack: string | undefined, cwd: string): string | undefined {
  const name = stack ?? selectedStack(pulumi);
  const locks = name === undefined ? [] : (stackLocks(pulumi, name, cwd) ?? []);
  if (locks.length === 0) return undefined;
  return (
    `recover: the stack is locked by ${locks.length} lock(s) (${locks.join(", ")}): an update is running, or one was killed. ` +
    "Wait for a running update to end; if none runs, run `pulumi cancel --yes`, then recover again. Nothing was written."
  );
}

function exportState(pulumi: RunPulumi, stack: readonly string[]): string {
  const exported = pulumi(["stack", "export", ...stack]);
  if (exported.code !== 0)
    throw new IonosError(
      `pulumi stack export failed (${exported.stderr.trim().slice(0, 500)}): run this in the program's directory, with the stack selected or --stack.`,
    );
  return exported.stdout;
}

function sameDeployment(before: ExportedState, exportedAgain: string): boolean {
  return JSON.stringify(before.deployment) === JSON.stringify(parseExport(exportedAgain).deployment);
}

/** Writes the state with `pulumi stack import`; the command's output when it failed. */
function importState(pulumi: RunPulumi, stack: readonly string[], state: ExportedState): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), "pulumi-ionos-s3key-recover-"));
  try {
    const file = join(dir, "state.json");
    writeFileSync(file, JSON.stringify(state), { mode: 0o600 });
    const run = pulumi(["stack", "import", "--file", file, ...stack]);
    return run.code === 0 ? undefined : `${run.stdout}${run.stderr}`.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
