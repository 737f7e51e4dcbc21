import { SECRET_SIG, SECRET_SIG_KEY } from "../common/wire";

/** A value in Pulumi's wire format marked secret: the engine keeps it ciphertext in the state. */
export function secretValue(value: unknown): Record<string, unknown> {
  return { [SECRET_SIG_KEY]: SECRET_SIG, value };
}

/** The value with every string field named in `secrets`, at any depth, marked secret. Pure. */
export function markSecrets(value: unknown, secrets: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => markSecrets(v, secrets));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      secrets.includes(k) && typeof v === "string" ? secretValue(v) : markSecrets(v, secrets),
    ]),
  );
}
