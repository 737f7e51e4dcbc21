// The settings of the plugin's explicit providers, as the state holds them: what recover asks IONOS
// with for a create made through one (another account, another endpoint).
import { IonosError } from "../api/errors";
import { PLUGIN_PACKAGE, pluginConfigSource, type ConfigSource } from "../common/config-sources";
import type { RunPulumi } from "./pulumi-commands";
import { SECRET_SIG_KEY } from "../common/wire";

/** The Pulumi type of the plugin's provider resources. */
const PROVIDER_TYPE = `pulumi:providers:${PLUGIN_PACKAGE}`;

/** An input as config text; a secret, which `--show-secrets` exports as `{…, plaintext: "<JSON>"}`, decrypted. */
function text(value: unknown): string {
  const plaintext = (value as { [SECRET_SIG_KEY]?: unknown; plaintext?: unknown } | null)?.plaintext;
  const plain =
    typeof value === "object" && value !== null && SECRET_SIG_KEY in value && typeof plaintext === "string"
      ? decoded(plaintext)
      : value;
  return typeof plain === "string" ? plain : JSON.stringify(plain);
}

/** A secret's JSON text, decoded; as it is when it is not JSON (never JSON.parse's message, which quotes it). */
function decoded(plaintext: string): unknown {
  try {
    return JSON.parse(plaintext) as unknown;
  } catch {
    return plaintext;
  }
}

/**
 * Each explicit `ionos-s3key` provider of the stack by URN, its inputs as config (`ionos-s3key:token`,
 * …). Read from `pulumi stack export --show-secrets`, in this process only: that export is never
 * written anywhere, and never imported back.
 */
export function explicitProviderSettings(pulumi: RunPulumi, stack: readonly string[]): Map<string, ConfigSource> {
  const run = pulumi(["stack", "export", "--show-secrets", ...stack]);
  if (run.code !== 0)
    throw new IonosError(
      `pulumi stack export --show-secrets failed (exit ${run.code}): ${run.stderr.trim().split("\n")[0] ?? ""}`,
    );
  let resources: Array<{ urn?: unknown; type?: unknown; inputs?: Record<string, unknown> }> = [];
  try {
    resources =
      (JSON.parse(run.stdout) as { deployment?: { resources?: typeof resources } }).deployment?.resources ?? [];
  } catch {
    // Not the parser's message: it quotes the input, which holds decrypted secrets.
    throw new IonosError("pulumi stack export printed something that is not JSON: check the Pulumi CLI's version.");
  }
  const settings = new Map<string, ConfigSource>();
  for (const r of resources) {
    if (r.type !== PROVIDER_TYPE || typeof r.urn !== "string") continue;
    const values = Object.fromEntries(Object.entries(r.inputs ?? {}).map(([k, v]) => [k, text(v)]));
    settings.set(r.urn, pluginConfigSource(values));
  }
  return settings;
}
