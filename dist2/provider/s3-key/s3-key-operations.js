"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createKey = createKey;
exports.adoptKey = adoptKey;
exports.readKey = readKey;
exports.setActive = setActive;
exports.deleteKey = deleteKey;
const errors_1 = require("../api/errors");
const poll_until_1 = require("../api/poll-until");
const request_waiter_1 = require("../api/request-waiter");
const s3_keys_api_1 = require("../api/s3-keys-api");
const create_journal_1 = require("../common/create-journal");
const create_reconciler_1 = require("./create-reconciler");
const journaled_create_1 = require("../common/journaled-create");
const s3_key_outputs_1 = require("./s3-key-outputs");
const resource_init_error_1 = require("../common/resource-init-error");
/**
 * POST (marked with `token`, the resource's create token, or a one-off one), wait; then, for an
 * inactive key, PUT and wait. A key that exists is never lost from view: once the key may exist, a
 * failure is a `ResourceInitError` that keeps its id in the state.
 */
async function createKey(ctx, userId, active, identity, createToken, 
/** The key of the resource this create replaces, which its state holds. */
replaces) {
    const token = createToken ?? (0, create_journal_1.newCreateToken)();
    const key = identity !== undefined ? (0, create_journal_1.journalKey)(identity, ctx.projectDir) : undefined;
    return (0, journaled_create_1.journaledCreate)(ctx.journal, key, { token: createToken, next: create_journal_1.nextCreateToken }, async (entry) => {
        const resource = identity !== undefined
            ? { mark: (0, create_journal_1.resourceMark)(identity), urn: identity, ...(replaces !== undefined ? { replaces } : {}) }
            : undefined;
        const created = await (0, create_reconciler_1.postNewKey)(ctx.client, { userId, token, entry, ...(resource ? { resource } : {}) }, ctx.create);
        return finishCreate(ctx, userId, active, created);
    });
}
/** Waits for the key a POST made and applies `active`; once the key may exist, a failure keeps its id. */
async function finishCreate(ctx, userId, active, created) {
    const api = new s3_keys_api_1.S3KeysApi(ctx.client);
    let outputs = {
        ...(0, s3_key_outputs_1.toOutputs)(userId, created.key ?? { id: created.keyId }),
        createToken: created.token,
    };
    try {
        if (created.requestId !== undefined) {
            await (0, request_waiter_1.waitForRequest)(ctx.client, created.requestId, `creating key ${outputs.keyId}`, ctx.wait, {
                timings: ctx.timings,
                kind: "POST s3key",
            });
        }
        // An answer without its request or its secret: the key, once readable, has both.
        if (created.requestId === undefined || outputs.secretKey === "") {
            outputs = (0, s3_key_outputs_1.toOutputs)(userId, await waitForKey(ctx, api, userId, outputs.keyId), outputs);
        }
    }
    catch (error) {
        // FAILED means IONOS did not create the key; make sure before reporting that nothing exists.
        if (error instanceof errors_1.IonosRequestError &&
            error.status === "FAILED" &&
            (await keyIsGone(api, userId, outputs.keyId)))
            throw error;
        throw new resource_init_error_1.ResourceInitError(outputs.keyId, outputs, asError(error));
    }
    if (!active) {
        try {
            outputs = await setActive(ctx, outputs, false);
        }
        catch (error) {
            throw new resource_init_error_1.ResourceInitError(outputs.keyId, outputs, asError(error));
        }
    }
    return outputs;
}
/** Reads the key until it is visible (reads may lag behind writes), on the wait schedule. */
async function waitForKey(ctx, api, userId, keyId) {
    return (0, poll_until_1.pollUntil)(ctx.client, {
        what: `key ${keyId} of user ${userId} to be readable`,
        options: ctx.wait,
        pollFirst: true,
        initialStatus: "not readable",
        hint: "Run `pulumi refresh` later to read it.",
        poll: async () => {
            const key = await api.get(userId, keyId);
            return key !== undefined ? { done: true, value: key } : { done: false, status: "not readable" };
        },
    });
}
async function keyIsGone(api, userId, keyId) {
    try {
        return (await api.get(userId, keyId)) === undefined;
    }
    catch {
        return false;
    }
}
/** Brings an existing key under management: looks it up and applies `active`; creates nothing. */
async function adoptKey(ctx, userId, keyId, active) {
    const key = await new s3_keys_api_1.S3KeysApi(ctx.client).get(userId, keyId);
    if (key === undefined) {
        throw new errors_1.IonosError(`Cannot adopt key ${keyId}: user ${userId} has no such key. Check adoptKeyId (the access key id) and userId, or remove adoptKeyId to create a new key.`);
    }
    const outputs = (0, s3_key_outputs_1.toOutputs)(userId, key);
    ctx.client.log(`adopted existing key ${keyId} of user ${userId}; it is now managed by Pulumi and deleted with the resource`);
    return outputs.active === active ? outputs : setActive(ctx, outputs, active);
}
/** The key as IONOS has it now, or undefined when it is gone. */
async function readKey(ctx, userId, keyId, previous) {
    const key = await new s3_keys_api_1.S3KeysApi(ctx.client).get(userId, keyId);
    return key === undefined ? undefined : (0, s3_key_outputs_1.toOutputs)(userId, key, previous);
}
/** PUT `active`, wait, and return every output. */
async function setActive(ctx, previous, active) {
    const accepted = await new s3_keys_api_1.S3KeysApi(ctx.client).setActive(previous.userId, previous.keyId, active);
    await (0, request_waiter_1.waitForRequest)(ctx.client, accepted.requestId, `${active ? "enabling" : "disabling"} key ${previous.keyId}`, ctx.wait, { timings: ctx.timings, kind: "PUT s3key" });
    return { ...(0, s3_key_outputs_1.toOutputs)(previous.userId, accepted.value, previous), active };
}
/** DELETE and wait; a key already gone counts as deleted. */
async function deleteKey(ctx, userId, keyId) {
    const accepted = await new s3_keys_api_1.S3KeysApi(ctx.client).delete(userId, keyId);
    if (accepted !== undefined)
        await (0, request_waiter_1.waitForRequest)(ctx.client, accepted.requestId, `deleting key ${keyId}`, ctx.wait, {
            timings: ctx.timings,
            kind: "DELETE s3key",
        });
}
function asError(error) {
    return error instanceof Error ? error : new errors_1.IonosError(String(error));
}
//# sourceMappingURL=s3-key-operations.js.map