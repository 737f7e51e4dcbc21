import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IonosError } from "../api/errors";
import { readConfig, type ProviderConfig } from "../common/config";
import { IonosConnection } from "../common/connection";
import { pendingCreates } from "./pending-creates";
import { resolve, type Resolution, type Resolver } from "./resolve";

/** Runs `pulumi` with `args` in the program's directory; its exit code and output. */
export type RunPulumi = (args: readonly string[]) => { code: number; stdout: string; stderr: string };

export interface RecoverOptions {
  /** `--stack NAME`, or the selected stack. */
  readonly stack?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly out?: (line: string) => void;
  /** @default the `pulumi` on PATH */
  readonly pulumi?: RunPulumi;
}

/** `pulumi` from PATH, never prompting: its stdin is not a terminal, and every command says --yes. */
function pulumiOnPath(cwd: string, env: NodeJS.ProcessEnv): RunPulumi {
  return (args) => {
    const run = spawnSync("pulumi", args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (run.error)
      throw new IonosError(`cannot run pulumi (${run.error.message}): install the Pulumi CLI or put it on PATH.`);
    return { code: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
  };
}

/**
 * `pulumi-ionos-s3key recover`: finds every pending create of an S3Key or AccessKey in the stack's
 * state (a `pulumi up` cut off, its runner perhaps gone), asks IONOS which key each made, and imports
 * it into the state, or clears it when IONOS proves none was made.
 * Sends no API request when nothing is pending. Resolves to the exit code: 0 done, 1 a command
 * failed, 2 a pending create IONOS cannot resolve (left as it is, said why).
 */
export async function recover(options: RecoverOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const out = options.out ?? ((line: string) => console.log(line));
  const pulumi = options.pulumi ?? pulumiOnPath(options.cwd ?? process.cwd(), env);
  const stack = options.stack !== undefined ? ["--stack", options.stack] : [];
  const exported = pulumi(["stack", "export", ...stack]);
  if (exported.code !== 0)
    throw new IonosError(
      `pulumi stack export failed (${exported.stderr.trim()}): run this in the program's directory, with the stack selected or --stack.`,
    );
  const pending = pendingCreates(exported.stdout);
  if (pending.length === 0) {
    out("recover: no pending create of an S3Key or AccessKey in the stack: nothing to do.");
    return 0;
  }
  const config = readConfig({ env, stackConfig: stackConfig(pulumi, stack) });
  const resolver = resolverOf(config, (line) => out(`  ${line}`));
  const resolved: Array<{ urn: string; resolution: Resolution }> = [];
  for (const create of pending) {
    const resolution = await resolve(resolver, create);
    out(`recover: ${create.urn}: ${resolution.why}`);
    resolved.push({ urn: create.urn, resolution });
  }
  return applyResolutions(pulumi, stack, exported.stdout, resolved, out);
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
 * Writes the outcome into the stack's state, in one `pulumi stack import`: each key made becomes a
 * resource of the state (its id, its inputs; its secret read or renewed by the next `pulumi up`),
 * each create proven to have made none is dropped; what IONOS cannot tell stays pending. (The CLI's
 * `pulumi refresh --import-pending-creates` drops the resources it is given, as of v3.274.1.)
 */
function applyResolutions(
  pulumi: RunPulumi,
  stack: readonly string[],
  exported: string,
  resolved: ReadonlyArray<{ urn: string; resolution: Resolution }>,
  out: (line: string) => void,
): number {
  const byUrn = new Map(resolved.map(({ urn, resolution }) => [urn, resolution]));
  const state = JSON.parse(exported) as { deployment: Deployment };
  const deployment = state.deployment;
  const pending: PendingOperation[] = [];
  for (const operation of deployment.pending_operations ?? []) {
    const resolution = operation.type === "creating" ? byUrn.get(operation.resource.urn) : undefined;
    if (resolution?.action === "import")
      (deployment.resources ??= []).push({
        ...operation.resource,
        id: resolution.id,
        outputs: importedOutputs(operation.resource.inputs ?? {}, resolution.id),
      });
    else if (resolution?.action !== "clear") pending.push(operation);
  }
  deployment.pending_operations = pending;
  const dir = mkdtempSync(join(tmpdir(), "pulumi-ionos-s3key-recover-"));
  try {
    const file = join(dir, "state.json");
    writeFileSync(file, JSON.stringify(state), { mode: 0o600 });
    const run = pulumi(["stack", "import", "--file", file, ...stack]);
    if (run.code !== 0) {
      out(`recover: pulumi stack import failed:\n${run.stdout}${run.stderr}`);
      return 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const count = (action: Resolution["action"]) =>
    resolved.filter(({ resolution }) => resolution.action === action).length;
  out(
    `recover: ${count("import")} key(s) taken into the state, ${count("clear")} pending create(s) that made none cleared.`,
  );
  if (count("leave") === 0) return 0;
  out(
    `recover: ${count("leave")} pending create(s) left as they are (see above); resolve them, then run \`pulumi refresh --clear-pending-creates\`.`,
  );
  return 2;
}

/**
 * The outputs a key imported by recover has in the state: its inputs, its id, and no secret, which
 * the next `pulumi up` reads (S3Key) or renews (AccessKey): a diff sees `secretKey: ""` as a change.
 */
export function importedOutputs(inputs: Readonly<Record<string, unknown>>, id: string): Record<string, unknown> {
  return { ...inputs, keyId: id, secretKey: "" };
}

interface PendingOperation {
  readonly type: string;
  readonly resource: { readonly urn: string; readonly inputs?: Record<string, unknown> } & Record<string, unknown>;
}
interface Deployment {
  resources?: Array<Record<string, unknown>>;
  pending_operations?: PendingOperation[];
}

/** The stack's config, secrets decrypted in this process only (credentials may be set there). */
function stackConfig(pulumi: RunPulumi, stack: readonly string[]): { get(key: string): string | undefined } {
  const run = pulumi(["config", "--json", "--show-secrets", ...stack]);
  let values: Record<string, { value?: unknown }> = {};
  try {
    values = run.code === 0 ? (JSON.parse(run.stdout || "{}") as typeof values) : {};
  } catch {
    // Not the error's text: JSON.parse quotes the input, and this output holds decrypted secrets.
    throw new IonosError("pulumi config --json printed something that is not JSON: check the Pulumi CLI's version.");
  }
  return { get: (key) => (values[key]?.value === undefined ? undefined : String(values[key].value)) };
}
