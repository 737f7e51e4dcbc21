// A create owns its journal entry: begun before its first request, ended in one place on every
// outcome but two, a create cut off (the process is gone) and one whose outcome is still open.
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

/**
 * Runs a create with its entry (`key` undefined: a resource without identity, no journal) and ends
 * the entry when the create is over: its key handed to a live engine (as outputs, or as a
 * `ResourceInitError` that keeps its id in the state), or no key made. It stays when the engine is
 * gone (the key never reaches a state) and when the create throws `OutcomeOpen`.
 */
export async function journaledCreate<T>(
  journal: CreateJournal,
  key: string | undefined,
  engineAlive: () => boolean,
  create: (entry: CreateEntry) => Promise<T>,
): Promise<T> {
  const entry: CreateEntry = {
    earlier: key !== undefined ? journal.get(key) : undefined,
    begin: (pending) => {
      if (key !== undefined) journal.begin(key, pending);
    },
  };
  let over = false;
  try {
    const result = await create(entry);
    over = engineAlive();
    return result;
  } catch (error) {
    if (error instanceof OutcomeOpen) throw error.error;
    over = !(error instanceof ResourceInitError) || engineAlive();
    throw error;
  } finally {
    if (over && key !== undefined) journal.end(key);
  }
}
