// The resource plugin's provider configuration: what CheckConfig answers and what Configure keeps.
// Pure: the gRPC hooks in serve.ts only carry values in and out.
import { IonosConfigError } from "../api/errors";
import { readConfig } from "../common/config";
import { PLUGIN_CONFIG_KEYS, PLUGIN_PACKAGE, pluginConfigSource } from "../common/config-sources";
import { SECRET_SIG, SECRET_SIG_KEY, UNKNOWN } from "../common/wire";
import { secretValue } from "./secret-value";

type Props = Record<string, unknown>;
export interface ConfigFailure {
  readonly property: string;
  readonly reason: string;
}

const KNOWN = new Set(["version", "pluginDownloadURL", ...PLUGIN_CONFIG_KEYS.map((k) => k.key)]);
const SECRET = new Set(PLUGIN_CONFIG_KEYS.filter((k) => k.secret).map((k) => k.key));

function isSecret(value: unknown): value is { value: unknown } {
  return typeof value === "object" && value !== null && (value as Props)[SECRET_SIG_KEY] === SECRET_SIG;
}

/** A config value as text, the way the engine hands config to Configure (JSON for what is not a string). */
function text(value: unknown): string | undefined {
  const plain = isSecret(value) ? value.value : value;
  if (plain === undefined || plain === null) return undefined;
  return typeof plain === "string" ? plain : JSON.stringify(plain);
}

/**
 * CheckConfig: every problem of a provider's config at once (an unknown key, a bad endpoint, no
 * credentials), one failure each, before anything is sent, and the inputs with `token` and
 * `password` marked secret, so that a provider given a plain token still stores only ciphertext.
 * Values not known yet (a preview) are checked when they are.
 */
export function checkPluginConfig(news: Props, env: NodeJS.ProcessEnv): { inputs: Props; failures: ConfigFailure[] } {
  const inputs: Props = {};
  const failures: ConfigFailure[] = [];
  const values: Record<string, string | undefined> = {};
  let unknown = false;
  for (const [key, value] of Object.entries(news)) {
    inputs[key] = SECRET.has(key) && !isSecret(value) && value !== UNKNOWN ? secretValue(value) : value;
    if (!KNOWN.has(key)) {
      // No property: the engine would print the value beside it, and a mistyped `tokn` holds a token.
      failures.push({
        property: "",
        reason: `${PLUGIN_PACKAGE}:${key} is not a config key of ${PLUGIN_PACKAGE}, which takes ${PLUGIN_CONFIG_KEYS.map((k) => k.key).join(", ")}`,
      });
      continue;
    }
    const plain = text(value);
    if (plain === UNKNOWN) unknown = true;
    values[key] = plain;
  }
  if (unknown) return { inputs, failures };
  try {
    readConfig({ env, pluginConfig: pluginConfigSource(values) });
  } catch (error) {
    if (!(error instanceof IonosConfigError)) throw error;
    for (const problem of error.problems) failures.push({ property: "", reason: problem });
  }
  return { inputs, failures };
}

/** Configure's `variables` (`ionos-s3key:config:token` → value, secrets already plain) by bare key. */
export function configuredValues(variables: Iterable<[string, string]>): Record<string, string> {
  const prefix = `${PLUGIN_PACKAGE}:config:`;
  const values: Record<string, string> = {};
  for (const [key, value] of variables) if (key.startsWith(prefix)) values[key.slice(prefix.length)] = value;
  return values;
}
