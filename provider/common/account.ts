// A key's account is part of its identity: every IONOS account reaches the same endpoint and differs
// only by its credentials, so the state records, for every key it holds, the contract the key was
// made, adopted or imported in and the endpoint it was reached at. Later operations compare that
// record's contract with the one the provider reaches now: another account's "not found" is never
// proof that a key is gone, and its list never proves a delete. The endpoint is kept for messages;
// the same contract through another endpoint (an alias, a proxy) is the same account.
import { IonosError } from "../api/errors";

/** The state's record of a key's account: `contract 31000001 at https://api.ionos.com/cloudapi/v6`. */
export function accountName(contractNumber: number, endpoint: string): string {
  return `contract ${contractNumber} at ${endpoint}`;
}

/** The contract number in a recorded account; undefined when the text is not one. */
export function contractOfAccount(account: string): number | undefined {
  const match = /^contract (\d+) at /.exec(account);
  return match === null ? undefined : Number(match[1]);
}

/** A recorded account, if the state has one (states written by 0.2.0 do not, until their next read). */
export function recordedAccount(state: { account?: unknown } | undefined): string | undefined {
  return typeof state?.account === "string" && state.account !== "" ? state.account : undefined;
}

/**
 * Thrown when a resource's provider now reaches another account than the one that holds its key.
 * Nothing is sent to change or delete the key.
 */
export class IonosAccountMismatchError extends IonosError {}

/**
 * The error for an operation on a key recorded in `recorded` through a provider that reaches
 * `current`; undefined when they are the same account. Pure.
 */
export function accountMismatch(
  what: string,
  recorded: string | undefined,
  current: string,
  provider: string,
): IonosAccountMismatchError | undefined {
  if (recorded === undefined || contractOfAccount(recorded) === contractOfAccount(current)) return undefined;
  return new IonosAccountMismatchError(
    `${what} lives in ${recorded}, but ${provider} now reaches ${current}. ` +
      "Pulumi cannot move a key between accounts, and another account's answer says nothing about this key. " +
      "Give the resource back the provider and credentials of the account that holds it; to make the key in " +
      "the new account instead, first remove it from the old one (`pulumi destroy --target <URN>` with the " +
      "old provider), then run `pulumi up` with the new one.",
  );
}
