import type { IonosHttpClient } from "../api/client";
import type { CreatePolicy } from "../common/config";
import { type CreateEntry } from "../common/journaled-create";
import { type CreateOutcome } from "./create-decision";
export type { CreateOutcome } from "./create-decision";
/** True when a POST failed in a way that leaves open whether IONOS created the key. */
export declare function outcomeUnknown(error: unknown): boolean;
/** One create: who the key is for, the token that marks its POSTs, and its journal entry. */
interface CreateRequest {
    readonly userId: string;
    readonly token: string;
    readonly entry: CreateEntry;
    /** The resource's mark (`RESOURCE_HEADER`) and URN, when known, and the key of the resource it replaces. */
    readonly resource?: {
        readonly mark: string;
        readonly urn: string;
        readonly replaces?: string;
    };
}
/**
 * POSTs a new key marked with the resource's create token, so that no key is leaked, duplicated or
 * shared: in the normal case the POST alone. When its outcome is unknown, or an earlier create of
 * the resource was cut off (`entry.earlier`), IONOS's request log tells which key the token's POST
 * made, and only that one is adopted; a POST is sent again only once the log proves the earlier
 * one was not applied. Each step is `decideCreate`'s; an open outcome throws `OutcomeOpen`.
 */
export declare function postNewKey(client: IonosHttpClient, create: CreateRequest, policy: CreatePolicy): Promise<CreateOutcome>;
