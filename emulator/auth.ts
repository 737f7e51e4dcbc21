import type { EmulatorOptions } from "./options";

/** Who an Authorization header names: a full user, one without write privileges, or nobody. Pure. */
export type Principal = "full" | "restricted" | undefined;

export function authenticate(
  header: string | undefined,
  options: Pick<EmulatorOptions, "token" | "restrictedToken" | "username" | "password">,
): Principal {
  if (header === undefined) return undefined;
  if (header === `Bearer ${options.token}`) return "full";
  if (header === `Bearer ${options.restrictedToken}`) return "restricted";
  const basic = /^Basic (.+)$/.exec(header);
  return basic !== null && Buffer.from(basic[1], "base64").toString() === `${options.username}:${options.password}`
    ? "full"
    : undefined;
}
