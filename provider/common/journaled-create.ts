// A create owns its journal entry: begun before its first request; it ends here only when no key was
// made, and otherwise when a state is seen holding the key.
import type { CreateJournal, PendingCreate } from "./create-journal";
import { ResourceInitError } from "./resource-init-error";

/** A create's journal entry: what an earlier, cut-off create of the resource left, and its own. */
export interface CreateEntry {
  /** The entry an earlier create of this resource left: it never reached a state. */
  readonly earlier: PendingCreate | undefined;
  /** Records this create, just before its first request. */
  begin(entry: PendingCreate): void;
}

/**
 * Thrown by a create whose outcome is still open (a key may have been made and cannot be found now):
 * `journaledCreate` keeps the entry, so that the next create of the resource looks for that key
 * before it makes one, and throws `error`.
 */
export class OutcomeOpen {
  constructor(readonly error: unknown) {}
}

/** This create's token (chosen by `check`) and how a resource's tokens follow one another. */
export interface TokenChain {
  readonly token: string | undefined;
  /** The token that follows `token` in a resource's line: what `check` gives a replacement. */
  readonly next: (token: string) => string;
}

/**
 * Whether `earlier` is the token of the create this one replaces: `check` chained this create's token
 * from it, which it read from the state's inputs, so the state holds that create's key. Pure.
 */
export function isPredecessor(earlier: string, chain: TokenChain): boolean {
  return chain.token !== undefined && earlier !== chain.token && chain.next(earlier) === chain.token;
}

/**
 * Runs a create with its entry (`key` undefined: a resource without identity, no journal). The entry
 * ends at once only when the create failed cleanly (no key made). When a key was made (as outputs, or
 * as a `ResourceInitError` that keeps its id) it is handed over (`CreateJournal.handOver`): the engine
 * may be killed before it records the key, whatever launcher started this process, so it stays until
 * a state is seen holding the key (`read`, `update` or `delete` of the resource, or the create of its
 * replacement) or the live engine
 * stops the plugin host after recording it. It also stays when the create throws `OutcomeOpen`.
 */
export async function journaledCreate<T>(
  journal: CreateJournal,
  key: string | undefined,
  chain: TokenChain,
  create: (entry: CreateEntry) => Promise<T>,
): Promise<T> {
  const found = key !== undefined ? journal.get(key) : undefined;
  // The entry of the create this one replaces is no cut-off create: the state holds its key, so it ends.
  const replaced = found !== undefined && isPredecessor(found.token, chain);
  if (replaced && key !== undefined) journal.end(key, found.token);
  const entry: CreateEntry = {
    earlier: replaced ? undefined : found,
    begin: (pending) => {
      if (key !== undefined) journal.begin(key, pending);
    },
  };
  try {
    const result = await create(entry);
    if (key !== undefined) journal.handOver(key);
    return result;
  } catch (error) {
    if (error instanceof OutcomeOpen) throw error.error;
    if (key !== undefined) {
      if (error instanceof ResourceInitError) journal.handOver(key);
      else journal.end(key);
    }
    throw error;
  }
}
