import { AccessKeysApi } from "../api/access-keys-api";
import type { IonosHttpClient } from "../api/client";
import type { RequestTimings, WaitOptions } from "../api/poll-schedule";
import { type CreateJournal } from "../common/create-journal";
import type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-types";
/** What every access-key operation works with. */
export interface AccessKeyContext {
    readonly client: IonosHttpClient;
    readonly journal: CreateJournal;
    readonly timings: RequestTimings;
    readonly wait: WaitOptions;
    /** The Pulumi project's directory, which keys the create journal with the URN. */
    readonly projectDir: string;
}
/**
 * Ensures (PUT) a key id this create chose, journaled before the first PUT; renews the secret when
 * the answer that carried it was lost; waits until AVAILABLE. FAILED deletes the key again.
 */
export declare function createAccessKey(ctx: AccessKeyContext, inputs: AccessKeyInputs): Promise<{
    id: string;
    outs: AccessKeyOutputs;
}>;
/** `rotation` renews the secret in place; `description` is updated in place. */
export declare function updateAccessKey(ctx: AccessKeyContext, id: string, olds: AccessKeyOutputs, news: AccessKeyInputs): Promise<AccessKeyOutputs>;
/** DELETE, then GET until 404 (DESTROYING until then); a key already gone counts as deleted. */
export declare function deleteAndWait(ctx: AccessKeyContext, api: AccessKeysApi, id: string): Promise<void>;
/** The inputs only diff needs, copied onto outputs. */
export declare function echo(outputs: AccessKeyOutputs, from: {
    rotation?: unknown;
    identity?: unknown;
}): AccessKeyOutputs;
/** The journal's 32-hex token for a key id, and back. */
export declare const tokenOf: (id: string) => string;
/**
 * The key id the next create of a resource ensures, chosen in `check`: a fresh one for a new
 * resource; for one in the state, the next link of its chain (a hash of its id, as a version-4
 * UUID), so a replacement (`--replace`) never ensures the id of the key it replaces, and a retry of
 * a cut-off replacement ensures the same one again.
 */
export declare function nextCreateId(previous: unknown): string;
