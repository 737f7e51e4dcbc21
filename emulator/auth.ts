import type { EmulatorOptions } from "./options";

/** Who an Authorization header names: a full user or one without write privileges, and the contract they act for. */
export interface Principal {
  readonly kind: "full" | "restricted";
  /** The contract number the credentials act for: each account's own users, keys and requests. */
  readonly contract: number;
}

/** The principal an Authorization header names, or undefined for nobody. Pure. */
export function authenticate(
  header: string | undefined,
  options: Pick<EmulatorOptions, "token" | "restrictedToken" | "username" | "password" | "contractNumber" | "accounts">,
): Principal | undefined {
  if (header === undefined) return undefined;
  const own = options.contractNumber;
  if (header === `Bearer ${options.token}`) return { kind: "full", contract: own };
  if (header === `Bearer ${options.restrictedToken}`) return { kind: "restricted", contract: own };
  const other = options.accounts.find((account) => header === `Bearer ${account.token}`);
  if (other !== undefined) return { kind: "full", contract: other.contractNumber };
  const basic = /^Basic (.+)$/.exec(header);
  return basic !== null && Buffer.from(basic[1], "base64").toString() === `${options.username}:${options.password}`
    ? { kind: "full", contract: own }
    : undefined;
}
