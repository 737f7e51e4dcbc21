import type { S3Key } from "../api/schemas";
import type { CreatePolicy } from "../common/config";
import type { EarlierCreates, Finding, PostedAt } from "./request-log-proof";
/** Whose POST the request log is asked about, and why. */
export interface Question {
    /** The user the POST was for (an earlier create's may differ from this resource's now). */
    readonly postedFor: string;
    readonly postedAt: PostedAt;
    /** The create token the POST carried. */
    readonly token: string;
    /** What left the POST's outcome open, said in every message about it. */
    readonly reason: string;
    /** The POST's own error, when this process sent it; absent for an earlier create's. */
    readonly error?: Error;
    /** IONOS answered 2xx with a body that could not be read: it accepted something. */
    readonly accepted: boolean;
}
/** The key the log shows for the token's POST. */
export type Made = Extract<Finding, {
    kind: "made";
}>;
/** What the last step found out. */
export type Fact = {
    readonly kind: "start";
    readonly earlier?: {
        readonly userId: string;
        readonly token: string;
        readonly postedAt: PostedAt;
    };
}
/** What the request log holds of this resource's earlier creates (asked when no journal entry is). */
 | {
    readonly kind: "earlier-creates";
    readonly found: EarlierCreates;
} | {
    readonly kind: "earlier-creates-failed";
    readonly error: Error;
} | {
    readonly kind: "waited";
} | {
    readonly kind: "created";
    readonly keyId: string;
    readonly key: S3Key;
    readonly requestId?: string;
}
/** The POST was refused: `privilegePending` when the user cannot have keys yet. */
 | {
    readonly kind: "refused";
    readonly error: Error;
    readonly privilegePending: boolean;
} | {
    readonly kind: "unclear";
    readonly error: Error;
    readonly accepted: boolean;
    readonly postedAt: PostedAt;
} | {
    readonly kind: "logged";
    readonly question: Question;
    readonly finding: Finding;
} | {
    readonly kind: "log-failed";
    readonly question: Question;
    readonly error: Error;
} | {
    readonly kind: "key-read";
    readonly question: Question;
    readonly made: Made;
    readonly key?: S3Key;
} | {
    readonly kind: "request-read";
    readonly question: Question;
    readonly made: Made;
    readonly status: string;
};
/** Everything the decision looks at. */
export interface Known {
    readonly userId: string;
    readonly token: string;
    /** The resource's mark (`RESOURCE_HEADER`), when its URN is known; its URN, for messages. */
    readonly resource?: {
        readonly mark: string;
        readonly urn: string;
    };
    readonly policy: CreatePolicy;
    /** This machine's time now. */
    readonly now: number;
    /** A draw in [0, 1) for the resend's jitter. */
    readonly random: number;
    /** When this process first sent the POST (local time), for the privilege wait. */
    readonly firstSentAt?: number;
    /** POSTs sent whose outcome counted (a privilege refusal does not). */
    readonly posts: number;
    /** Privilege refusals so far. */
    readonly privilegeRefusals: number;
    readonly fact: Fact;
}
/** The key a create made: its id always; the key as IONOS answered, when it was readable. */
export interface CreateOutcome {
    readonly keyId: string;
    readonly key?: S3Key;
    /** The async request to wait for, when known. */
    readonly requestId?: string;
    /** The token of the POST that made the key. */
    readonly token: string;
}
/**
 * The next step. `fail` says whether the create is over (`settled`: no key was made, or the error
 * names the keys and the next create starts afresh) or its outcome is still open (`open`: the
 * journal entry stays, so the next create asks the log again before sending anything).
 */
export type Step = {
    readonly do: "send";
    readonly message?: string;
} | {
    readonly do: "wait";
    readonly ms: number;
    readonly message: string;
} | {
    readonly do: "ask-log";
    readonly question: Question;
} | {
    readonly do: "find-earlier-creates";
} | {
    readonly do: "read-key";
    readonly question: Question;
    readonly made: Made;
} | {
    readonly do: "read-request";
    readonly question: Question;
    readonly made: Made;
} | {
    readonly do: "done";
    readonly outcome: CreateOutcome;
    readonly message?: string;
} | {
    readonly do: "fail";
    readonly error: Error;
    readonly outcome: "settled" | "open";
};
/** The next step of a create, from what is known. Pure. */
export declare function decideCreate(known: Known): Step;
