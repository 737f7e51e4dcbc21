"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.outcomeUnknown = outcomeUnknown;
exports.postNewKey = postNewKey;
const errors_1 = require("../api/errors");
const requests_api_1 = require("../api/requests-api");
const s3_keys_api_1 = require("../api/s3-keys-api");
const create_journal_1 = require("../common/create-journal");
const journaled_create_1 = require("../common/journaled-create");
const create_decision_1 = require("./create-decision");
const request_log_proof_1 = require("./request-log-proof");
/** True when a POST failed in a way that leaves open whether IONOS created the key. */
function outcomeUnknown(error) {
    if (error instanceof errors_1.IonosNetworkError)
        return error.maybeApplied;
    // A 2xx whose body cannot be read: IONOS accepted something.
    if (error instanceof errors_1.IonosResponseError)
        return error.status >= 200 && error.status < 300;
    return error instanceof errors_1.IonosApiError && error.status >= 500;
}
function isPrivilegePending(error) {
    return (error instanceof errors_1.IonosApiError &&
        error.status === 422 &&
        /ACCESS_S3_OBJECT_STORAGE/i.test(error.apiMessages.join(" ")));
}
/**
 * POSTs a new key marked with the resource's create token, so that no key is leaked, duplicated or
 * shared: in the normal case the POST alone. When its outcome is unknown, or an earlier create of
 * the resource was cut off (`entry.earlier`), IONOS's request log tells which key the token's POST
 * made, and only that one is adopted; a POST is sent again only once the log proves the earlier
 * one was not applied. Each step is `decideCreate`'s; an open outcome throws `OutcomeOpen`.
 */
async function postNewKey(client, create, policy) {
    const { userId, token, resource } = create;
    let known = {
        userId,
        token,
        ...(resource !== undefined ? { resource: { mark: resource.mark, urn: resource.urn } } : {}),
        policy,
        posts: 0,
        privilegeRefusals: 0,
        fact: startFact(create.entry),
    };
    for (;;) {
        const step = (0, create_decision_1.decideCreate)({ ...known, now: client.now(), random: client.random() });
        if ("message" in step && step.message !== undefined)
            client.log(step.message);
        if (step.do === "done")
            return step.outcome;
        if (step.do === "fail")
            throw step.outcome === "open" ? new journaled_create_1.OutcomeOpen(step.error) : step.error;
        known = await perform(client, create, known, step);
    }
}
/** What the create knows before its first step: the earlier create its journal entry records, if any. */
function startFact(entry) {
    const earlier = entry.earlier;
    if (earlier === undefined)
        return { kind: "start" };
    const { userId, token, startedAt, serverStartedAt } = earlier;
    const postedAt = {
        local: startedAt,
        ...(serverStartedAt !== undefined ? { server: serverStartedAt } : {}),
        thisProcess: false,
    };
    return { kind: "start", earlier: { userId, token, postedAt } };
}
/** Does a step that is not the end, and tells back what it found. */
async function perform(client, create, known, step) {
    switch (step.do) {
        case "wait":
            await client.sleep(step.ms);
            return { ...known, fact: { kind: "waited" } };
        case "send":
            return send(client, create, known);
        case "ask-log": {
            const { question } = step;
            try {
                const finding = await (0, request_log_proof_1.findOwnPost)(client, question.postedFor, question.token, question.postedAt, known.policy);
                return { ...known, fact: { kind: "logged", question, finding } };
            }
            catch (error) {
                return { ...known, fact: { kind: "log-failed", question, error: error } };
            }
        }
        case "find-earlier-creates":
            try {
                const { mark, replaces } = create.resource;
                const found = await (0, request_log_proof_1.findEarlierCreates)(client, create.userId, mark, create.token, replaces);
                return { ...known, fact: { kind: "earlier-creates", found } };
            }
            catch (error) {
                return { ...known, fact: { kind: "earlier-creates-failed", error: error } };
            }
        case "read-key": {
            const key = await new s3_keys_api_1.S3KeysApi(client).get(create.userId, step.made.keyId);
            return {
                ...known,
                fact: { kind: "key-read", question: step.question, made: step.made, ...(key ? { key } : {}) },
            };
        }
        case "read-request": {
            const { status } = await new requests_api_1.RequestsApi(client).status(step.made.requestId);
            return { ...known, fact: { kind: "request-read", question: step.question, made: step.made, status } };
        }
    }
}
/** One POST; the journal entry is begun just before the first. */
async function send(client, create, before) {
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
            [create_journal_1.CREATE_TOKEN_HEADER]: token,
            ...(create.resource !== undefined ? { [create_journal_1.RESOURCE_HEADER]: create.resource.mark } : {}),
        };
        const accepted = await new s3_keys_api_1.S3KeysApi(client).create(userId, marks);
        return {
            ...known,
            fact: { kind: "created", keyId: accepted.value.id, key: accepted.value, requestId: accepted.requestId },
        };
    }
    catch (caught) {
        const error = caught;
        // A refusal for want of the privilege does not count as a POST: the wait for it has its own limit.
        if (isPrivilegePending(error))
            return {
                ...known,
                posts: before.posts,
                privilegeRefusals: before.privilegeRefusals + 1,
                fact: { kind: "refused", error, privilegePending: true },
            };
        if (!outcomeUnknown(error))
            return { ...known, fact: { kind: "refused", error, privilegePending: false } };
        return { ...known, fact: { kind: "unclear", error, accepted: error instanceof errors_1.IonosResponseError, postedAt } };
    }
}
//# sourceMappingURL=create-reconciler.js.map