// The create lifecycle of an S3 key as one decision: from what is known (the POST's answer, what the
// request log shows, the earlier create's journal entry, the clock and the limits), the next step.
// Pure: the loop around it (create-reconciler.ts) does the step and tells the result back.
import { IonosApiError, IonosError } from "../api/errors";
import { filterDate } from "../api/requests-api";
import { backoffDelay } from "../api/retry-policy";
import { nextPollDelay, type Schedule } from "../api/poll-schedule";
import type { S3Key } from "../api/schemas";
import type { CreatePolicy } from "../common/config";
import { CREATE_TOKEN_HEADER } from "../common/create-journal";
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
export type Made = Extract<Finding, { kind: "made" }>;

/** What the last step found out. */
export type Fact =
  | {
      readonly kind: "start";
      readonly earlier?: { readonly userId: string; readonly token: string; readonly postedAt: PostedAt };
    }
  /** What the request log holds of this resource's earlier creates (asked when no journal entry is). */
  | { readonly kind: "earlier-creates"; readonly found: EarlierCreates }
  | { readonly kind: "earlier-creates-failed"; readonly error: Error }
  | { readonly kind: "waited" }
  | { readonly kind: "created"; readonly keyId: string; readonly key: S3Key; readonly requestId?: string }
  /** The POST was refused: `privilegePending` when the user cannot have keys yet. */
  | { readonly kind: "refused"; readonly error: Error; readonly privilegePending: boolean }
  | { readonly kind: "unclear"; readonly error: Error; readonly accepted: boolean; readonly postedAt: PostedAt }
  | { readonly kind: "logged"; readonly question: Question; readonly finding: Finding }
  | { readonly kind: "log-failed"; readonly question: Question; readonly error: Error }
  | { readonly kind: "key-read"; readonly question: Question; readonly made: Made; readonly key?: S3Key }
  | { readonly kind: "request-read"; readonly question: Question; readonly made: Made; readonly status: string };

/** Everything the decision looks at. */
export interface Known {
  readonly userId: string;
  readonly token: string;
  /** The resource's mark (`RESOURCE_HEADER`), when its URN is known; its URN, for messages. */
  readonly resource?: { readonly mark: string; readonly urn: string };
  readonly policy: CreatePolicy;
  /** This machine's time now. */
  readonly now: number;
  /** A draw in [0, 1) for the resend's jitter. */
  readonly random: number;
  /** When this process first sent the POST (local time), for the privilege wait. */
  readonly firstSentAt?: number;
  /** POSTs sent whose outcome counted (a privilege refusal does not). */
  readonly posts: number;
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
export type Step =
  | { readonly do: "send"; readonly message?: string }
  | { readonly do: "wait"; readonly ms: number; readonly message: string }
  | { readonly do: "ask-log"; readonly question: Question }
  | { readonly do: "find-earlier-creates" }
  | { readonly do: "read-key"; readonly question: Question; readonly made: Made }
  | { readonly do: "read-request"; readonly question: Question; readonly made: Made }
  | { readonly do: "done"; readonly outcome: CreateOutcome; readonly message?: string }
  | { readonly do: "fail"; readonly error: Error; readonly outcome: "settled" | "open" };

const AGAIN = "A key may have been made: run `pulumi up` again, which asks the log again before creating anything.";

/** The next step of a create, from what is known. Pure. */
export function decideCreate(known: Known): Step {
  const { fact } = known;
  switch (fact.kind) {
    case "start":
      if (fact.earlier !== undefined) return { do: "ask-log", question: earlierQuestion(fact.earlier) };
      // No journal entry (a fresh machine, perhaps): the log may still hold an earlier create of this resource.
      return known.resource !== undefined ? { do: "find-earlier-creates" } : { do: "send" };
    case "earlier-creates":
      return afterEarlierCreates(known, fact.found);
    case "earlier-creates-failed":
      return earlierCreatesUnknown(fact.error);
    case "waited":
      return { do: "send" };
    case "created":
      return {
        do: "done",
        outcome: { keyId: fact.keyId, key: fact.key, requestId: fact.requestId, token: known.token },
      };
    case "refused":
      return fact.privilegePending
        ? privilegeStep(known, fact.error)
        : { do: "fail", error: fact.error, outcome: "settled" };
    case "unclear":
      return {
        do: "ask-log",
        question: {
          postedFor: known.userId,
          postedAt: fact.postedAt,
          token: known.token,
          reason: unclearReason(known.userId, fact.error),
          error: fact.error,
          accepted: fact.accepted,
        },
      };
    case "log-failed":
      return {
        do: "fail",
        outcome: "open",
        error: new IonosError(
          `${fact.question.reason}, and asking IONOS's request log which key it made failed too (${fact.error.message}). ${AGAIN}`,
          { cause: fact.error },
        ),
      };
    case "logged":
      return afterLog(known, fact.question, fact.finding);
    case "key-read":
      if (fact.key !== undefined) return adopt(fact.question, fact.made, fact.key);
      // Not readable shortly after the POST is no proof (reads lag behind writes): create waits for the key.
      if (known.now - fact.question.postedAt.local > known.policy.requestLogSettleMs)
        return { do: "read-request", question: fact.question, made: fact.made };
      return adopt(fact.question, fact.made);
    case "request-read":
      // Not readable long after its request was DONE: deleted since (e.g. in the DCD), so a new key is made.
      if (fact.status === "DONE") return resendOrFail(known, fact.question, true);
      return adopt(fact.question, fact.made);
  }
}

/**
 * What the log's earlier creates of this resource mean: its own earlier attempt is adopted (as after
 * a lost answer); a live key another create of the resource made, which no state of its line holds,
 * fails the create naming it: never a second key silently.
 */
function afterEarlierCreates(known: Known, found: EarlierCreates): Step {
  if (found.own !== undefined) {
    const question: Question = {
      postedFor: known.userId,
      postedAt: { local: known.now, thisProcess: false },
      token: known.token,
      reason: "an earlier attempt of this create (its POST carried the same token) was cut off",
      accepted: false,
    };
    return { do: "read-key", question, made: found.own };
  }
  if (found.orphans.length === 0) return { do: "send" };
  const keys = found.orphans.map((o) => `${o.keyId} (request ${o.requestId}, ${o.at})`).join(", ");
  const first = found.orphans[0].keyId;
  return {
    do: "fail",
    outcome: "settled",
    error: new IonosError(
      `An earlier create of ${known.resource?.urn ?? "this resource"} made key(s) ${keys} for user ${known.userId}, ` +
        "which no create journal on this machine knows and this stack's state does not hold: its plugin host was " +
        "likely killed on a runner since thrown away. No key was made. If no other stack holds it, adopt it: set " +
        `\`adoptKeyId: "${first}"\` on this resource and run \`pulumi up\` again; if nobody uses it, delete it ` +
        "in the DCD and run `pulumi up` again.",
    ),
  };
}

/** The log could not be asked for earlier creates of the resource. */
function earlierCreatesUnknown(error: Error): Step {
  // The API answered, but not with the log (e.g. no privilege to read it): the look is a guard, not the create.
  if (error instanceof IonosApiError)
    return {
      do: "send",
      message: `could not ask IONOS's request log for an earlier create of this resource (${error.message}): creating the key`,
    };
  // No answer at all (a refused connection, an untrusted certificate): the POST would meet the same; nothing was sent.
  return { do: "fail", error, outcome: "settled" };
}

/** The question about an earlier, cut-off create's POST. */
function earlierQuestion(earlier: NonNullable<Extract<Fact, { kind: "start" }>["earlier"]>): Question {
  const { userId, postedAt, token } = earlier;
  return {
    postedFor: userId,
    postedAt,
    token,
    reason: "an earlier create of this resource was interrupted",
    accepted: false,
  };
}

/** What the log's answer about a POST means. */
function afterLog(known: Known, question: Question, finding: Finding): Step {
  const { reason, postedFor } = question;
  if (finding.kind === "unclear") {
    return {
      do: "fail",
      outcome: "settled",
      error: new IonosError(
        `${reason}. IONOS's request log cannot tell whether it made a key: since ${filterDate(finding.since)} UTC it lists ` +
          `${finding.keyIds.length} POST(s) for user ${postedFor} without this resource's ${CREATE_TOKEN_HEADER}, which made ${finding.keyIds.join(", ")}. ` +
          "Nothing was adopted and no other POST was sent. If one of these keys belongs to this resource, set `adoptKeyId` to it; " +
          "if none does and nobody uses them, delete them in the DCD (a user holds at most 5 keys). The next `pulumi up` creates a new key.",
      ),
    };
  }
  if (finding.kind === "made") {
    if (postedFor !== known.userId) {
      return {
        do: "fail",
        outcome: "settled",
        error: new IonosError(
          `${reason}: it made key ${finding.keyId} for user ${postedFor}, but this resource is now for user ${known.userId}. ` +
            `Delete key ${finding.keyId} in the DCD if nobody uses it, then run \`pulumi up\` again.`,
        ),
      };
    }
    return { do: "read-key", question, made: finding };
  }
  if (question.accepted) {
    return {
      do: "fail",
      outcome: "settled",
      error: new IonosError(
        `${reason}. IONOS accepted it, but its request log shows no POST of this resource after ${Math.round(known.policy.requestLogSettleMs / 1000)} s, ` +
          `so the key cannot be found: look at user ${known.userId}'s keys in the DCD and adopt the new one with \`adoptKeyId\`, or delete it.`,
        { cause: question.error },
      ),
    };
  }
  return resendOrFail(known, question, false);
}

/**
 * The log proves no key of this create exists (its POST was not applied, or the key it made is gone
 * since): send, after a backoff when this process's POST found the API in trouble.
 */
function resendOrFail(known: Known, question: Question, gone: boolean): Step {
  const what = gone ? "the key its POST made is gone since" : "IONOS's request log shows it was not applied";
  if (question.error === undefined) return { do: "send", message: `${question.reason}; ${what}: a new key is created` };
  if (known.posts >= known.policy.maxPosts) return { do: "fail", error: question.error, outcome: "settled" };
  const ms = backoffDelay(known.posts, known.policy.resendDelayMs, 30_000, () => known.random);
  return { do: "wait", ms, message: `${question.reason}; ${what}: sending it again in ${ms} ms` };
}

function adopt(question: Question, made: Made, key?: S3Key): Step {
  return {
    do: "done",
    outcome: { keyId: made.keyId, ...(key !== undefined ? { key } : {}), requestId: made.requestId, token: made.token },
    message: `${question.reason}; IONOS's request log shows its POST made key ${made.keyId}: adopting it, no second key is made`,
  };
}

/** A privilege propagates in seconds to minutes: ask again after 1 s, doubling, at most every 30 s. */
const PRIVILEGE_SCHEDULE: Schedule = { initialDelayMs: 1_000, factor: 2, maxDelayMs: 30_000 };

/** The user cannot have keys yet: wait, with backoff, for the privilege; past the policy's limit, fail. */
function privilegeStep(known: Known, error: Error): Step {
  const { policy } = known;
  const waited = known.now - (known.firstSentAt ?? known.now);
  if (waited >= policy.privilegeWaitMs) {
    return {
      do: "fail",
      outcome: "settled",
      error: new IonosError(
        `${error.message} Waited ${Math.round(waited / 1000)} s for the privilege to propagate (IONOS_PRIVILEGE_WAIT=${policy.privilegeWaitMs / 1000}).`,
        { cause: error },
      ),
    };
  }
  const ms = Math.min(nextPollDelay(waited, PRIVILEGE_SCHEDULE), policy.privilegeWaitMs - waited);
  return {
    do: "wait",
    ms,
    message: `user ${known.userId} cannot have keys yet: waiting for the ACCESS_S3_OBJECT_STORAGE privilege to propagate (${Math.round(waited / 1000)} s so far, retrying in ${Math.round(ms / 1000)} s)`,
  };
}

const unclearReason = (userId: string, error: Error) =>
  `POST for user ${userId} got no clear answer (${error.message})`;
