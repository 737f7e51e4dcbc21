import { SECRET_SIG, SECRET_SIG_KEY } from "../common/wire";

/** A value in Pulumi's wire format marked secret: the engine keeps it ciphertext in the state. */
export function secretValue(value: unknown): Record<string, unknown> {
  return { [SECRET_SIG_KEY]: SECRET_SIG, value };
}
