"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OutcomeOpen = void 0;
exports.isPredecessor = isPredecessor;
exports.journaledCreate = journaledCreate;
const resource_init_error_1 = require("./resource-init-error");
/**
 * Thrown by a create whose outcome is still open (a key may have been made and cannot be found now):
 * `journaledCreate` keeps the entry, so that the next create of the resource looks for that key
 * before it makes one, and throws `error`.
 */
class OutcomeOpen {
    error;
    constructor(error) {
        this.error = error;
    }
}
exports.OutcomeOpen = OutcomeOpen;
/**
 * Whether `earlier` is the token of the create this one replaces: `check` chained this create's token
 * from it, which it read from the state's inputs, so the state holds that create's key. Pure.
 */
function isPredecessor(earlier, chain) {
    return chain.token !== undefined && earlier !== chain.token && chain.next(earlier) === chain.token;
}
/**
 * Runs a create with its entry (`key` undefined: a resource without identity, no journal). The entry
 * ends at once only when the create failed cleanly (no key made). When a key was made (as outputs, or
 * as a `ResourceInitError` that keeps its id) it is handed over (`CreateJournal.handOver`): the engine
 * may be killed before it records the key, whatever launcher started this process, so it stays until
 * a state is seen holding the key (`diff`, `read` or `delete` of the resource) or the live engine
 * stops the plugin host after recording it. It also stays when the create throws `OutcomeOpen`.
 */
async function journaledCreate(journal, key, chain, create) {
    const found = key !== undefined ? journal.get(key) : undefined;
    const entry = {
        // The entry of the create this one replaces is no cut-off create: the state holds its key.
        earlier: found !== undefined && isPredecessor(found.token, chain) ? undefined : found,
        begin: (pending) => {
            if (key !== undefined)
                journal.begin(key, pending);
        },
    };
    try {
        const result = await create(entry);
        if (key !== undefined)
            journal.handOver(key);
        return result;
    }
    catch (error) {
        if (error instanceof OutcomeOpen)
            throw error.error;
        if (key !== undefined) {
            if (error instanceof resource_init_error_1.ResourceInitError)
                journal.handOver(key);
            else
                journal.end(key);
        }
        throw error;
    }
}
//# sourceMappingURL=journaled-create.js.map