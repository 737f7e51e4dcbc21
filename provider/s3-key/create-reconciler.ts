// The loop around the create decision (create-decision.ts): it does each step the decision names,
// tells back what it found, and nothing else.
import type { IonosHttpClient } from "../api/client";
import { IonosApiError, IonosNetworkError, IonosResponseError } from "../api/errors";
import { RequestsApi } from "../api/requests-api";
import { S3KeysApi } from "../api/s3-keys-api";
import type { CreatePolicy } from "../common/config";
import { CREATE_TOKEN_HEADER, RESOURCE_HEADER } from "../common/create-journal";
import { OutcomeOpen, type CreateEntry } from "../common/journaled-create";
import { decideCreate, type CreateOutcome, type Fact, type Known, type Step } from "./create-decision";
import { findEarlierCreates, findOwnPost } from "./request-log-proof";

export type { CreateOutcome } from "./create-decision";

/** True when a POST failed in a way that leaves open whether IONOS created the key. */
export function outcomeUnknown(error: unknown): boolean {
  if (error instanceof IonosNetworkError) return error.maybeApplied;
  // A 2xx whose body cannot be read: IONOS accepted something.
  if (error instanceof IonosResponseError) return error.status >= 200 && error.status < 300;
  return error instanceof IonosApiError && error.status >= 500;
}

function isPrivilegePending(error: unknown): boolean {
  return (
    error instanceof IonosApiError &&
    error.status === 422 &&
    /ACCESS_S3_OBJECT_STORAGE/i.test(error.apiMessages.join(" "))
  );
}

/** What the loop carries between steps: `Known` but the clock and the draw, taken at each decision. */
type Carried = Omit<Known, "now" | "random">;

/** One create: who the key is for, the token that marks its POSTs, and its journal entry. */
interface CreateRequest {
  readonly userId: string;
  readonly token: string;
  readonly entry: CreateEntry;
  /** The resource's mark (`RESOURCE_HEADER`) and URN, when known, and the key of the resource it replaces. */
  readonly resource?: { readonly mark: string; readonly urn: string; readonly replaces?: string };
}

/**
 * POSTs a new key marked with the resource's create token, so that no key is leaked, duplicated or
 * shared: in the normal case the POST alone. When its outcome is unknown, or an earlier create of
 * the resource was cut off (`entry.earlier`), IONOS's request log tells which key the token's POST
 * made, and only that one is adopted; a POST is sent again only once the log proves the earlier
 * one was not applied. Each step is `decideCreate`'s; an open outcome throws `OutcomeOpen`.
 */
export async function postNewKey(
  client: IonosHttpClient,
  create: CreateRequest,
  policy: CreatePolicy,
): Promise<CreateOutcome> {
  const { userId, token, resource } = create;
  let known: Carried = {
    userId,
    token,
    ...(resource !== undefined ? { resource: { mark: resource.mark, urn: resource.urn } } : {}),
    policy,
    posts: 0,
    fact: startFact(create.entry),
  };
  for (;;) {
    const step = decideCreate({ ...known, now: client.now(), random: client.random() });
    if ("message" in step && step.message !== undefined) client.log(step.message);
    if (step.do === "done") return step.outcome;
    if (step.do === "fail") throw step.outcome === "open" ? new OutcomeOpen(step.error) : step.error;
    known = await perform(client, create, known, step);
  }
}

/** What the create knows before its first step: the earlier create its journal entry records, if any. */
function startFact(entry: CreateEntry): Fact {
  const earlier = entry.earlier;
  if (earlier === undefined) return { kind: "start" };
  const { userId, token, startedAt, serverStartedAt } = earlier;
  const postedAt = {
    local: startedAt,
    ...(serverStartedAt !== undefined ? { server: serverStartedAt } : {}),
    thisProcess: false,
  };
  return { kind: "start", earlier: { userId, token, postedAt } };
}

/** Does a step that is not the end, and tells back what it found. */
async function perform(
  client: IonosHttpClient,
  create: CreateRequest,
  known: Carried,
  step: Exclude<Step, { do: "done" | "fail" }>,
): Promise<Carried> {
  switch (step.do) {
    case "wait":
      await client.sleep(step.ms);
      return { ...known, fact: { kind: "waited" } };
    case "send":
      return send(client, create, known);
    case "ask-log": {
      const { question } = step;
      try {
        const finding = await findOwnPost(client, question.postedFor, question.token, question.postedAt, known.policy);
        return { ...known, fact: { kind: "logged", question, finding } };
      } catch (error) {
        return { ...known, fact: { kind: "log-failed", question, error: error as Error } };
      }
    }
    case "find-earlier-creates":
      try {
        const { mark, replaces } = create.resource!;
        const found = await findEarlierCreates(client, create.userId, mark, create.token, replaces);
        return { ...known, fact: { kind: "earlier-creates", found } };
      } catch (error) {
        return { ...known, fact: { kind: "earlier-creates-failed", error: error as Error } };
      }
    case "read-key": {
      const key = await new S3KeysApi(client).get(create.userId, step.made.keyId);
      return {
        ...known,
        fact: { kind: "key-read", question: step.question, made: step.made, ...(key ? { key } : {}) },
      };
    }
    case "read-request": {
      const { status } = await new RequestsApi(client).status(step.made.requestId);
      return { ...known, fact: { kind: "request-read", question: step.question, made: step.made, status } };
    }
  }
}

/** One POST; the journal entry is begun just before the first. */
async function send(client: IonosHttpClient, create: CreateRequest, before: Carried): Promise<Carried> {
  const { userId, token } = create;
  const postedAt = { local: client.now(), thisProcess: true };
  const firstSentAt = before.firstSentAt ?? postedAt.local;
  if (before.firstSentAt === undefined) {
    const server = client.serverClock.toServer(firstSentAt);
    create.entry.begin({
      token,
      userId,
      startedAt: firstSentAt,
      ...(server !== undefined ? { serverStartedAt: server } : {}),
    });
  }
  const known = { ...before, firstSentAt, posts: before.posts + 1 };
  try {
    const marks = {
      [CREATE_TOKEN_HEADER]: token,
      ...(create.resource !== undefined ? { [RESOURCE_HEADER]: create.resource.mark } : {}),
    };
    const accepted = await new S3KeysApi(client).create(userId, marks);
    return {
      ...known,
      fact: { kind: "created", keyId: accepted.value.id, key: accepted.value, requestId: accepted.requestId },
    };
  } catch (caught) {
    const error = caught as Error;
    // A refusal for want of the privilege does not count as a POST: the wait for it has its own limit.
    if (isPrivilegePending(error))
      return {
        ...known,
        posts: before.posts,
        fact: { kind: "refused", error, privilegePending: true },
      };
    if (!outcomeUnknown(error)) return { ...known, fact: { kind: "refused", error, privilegePending: false } };
    return { ...known, fact: { kind: "unclear", error, accepted: error instanceof IonosResponseError, postedAt } };
  }
}
