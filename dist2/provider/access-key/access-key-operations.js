"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenOf = void 0;
exports.createAccessKey = createAccessKey;
exports.updateAccessKey = updateAccessKey;
exports.deleteAndWait = deleteAndWait;
exports.echo = echo;
exports.nextCreateId = nextCreateId;
const node_crypto_1 = require("node:crypto");
const access_keys_api_1 = require("../api/access-keys-api");
const errors_1 = require("../api/errors");
const poll_until_1 = require("../api/poll-until");
const create_journal_1 = require("../common/create-journal");
const ids_1 = require("../api/ids");
const resource_init_error_1 = require("../common/resource-init-error");
const journaled_create_1 = require("../common/journaled-create");
const unknowns_1 = require("../common/unknowns");
const access_key_outputs_1 = require("./access-key-outputs");
/** The key ended FAILED. */
class KeyFailed extends errors_1.IonosError {
}
/**
 * Ensures (PUT) a key id this create chose, journaled before the first PUT; renews the secret when
 * the answer that carried it was lost; waits until AVAILABLE. FAILED deletes the key again.
 */
async function createAccessKey(ctx, inputs) {
    const identity = (0, create_journal_1.identityOf)(inputs);
    const key = identity !== undefined ? (0, create_journal_1.journalKey)(identity, ctx.projectDir) : undefined;
    return (0, journaled_create_1.journaledCreate)(ctx.journal, key, { token: inputs.createId && (0, exports.tokenOf)(inputs.createId), next: nextToken }, async (entry) => {
        const pending = entry.earlier;
        const id = pending !== undefined ? uuidOf(pending.token) : (inputs.createId ?? (0, node_crypto_1.randomUUID)());
        if (pending !== undefined)
            ctx.client.log(`an earlier create of this access key was cut off before its key reached the state: ensuring its key ${id} again`);
        else
            entry.begin({ token: (0, exports.tokenOf)(id), userId: "", startedAt: ctx.client.now() });
        return { id, outs: await ensureCreated(ctx, id, inputs) };
    });
}
/** PUTs the key `id` and waits until AVAILABLE; once the key may exist, a failure keeps its id. */
async function ensureCreated(ctx, id, inputs) {
    const api = new access_keys_api_1.AccessKeysApi(ctx.client);
    // A lost answer is resent by the client (PUT is idempotent); a resend finds the key the first made.
    let ensured;
    try {
        ensured = await api.ensure(id, inputs.description);
    }
    catch (error) {
        // Refused outright (a 4xx), or never sent (a connection refused, a host that does not resolve): no
        // key exists with this id, so the create is over. Otherwise its outcome is open, and the next
        // create of this resource ensures the same id again.
        const notApplied = (error instanceof errors_1.IonosApiError && error.status < 500) ||
            (error instanceof errors_1.IonosNetworkError && !error.maybeApplied);
        throw notApplied ? error : new journaled_create_1.OutcomeOpen(error);
    }
    let outputs = echo((0, access_key_outputs_1.accessKeyOutputs)(ensured.key), inputs);
    try {
        // Only the answer that made the key carries its secret: without it, a new one is the only way.
        if (!ensured.created || outputs.secretKey === "") {
            ctx.client.log(`key ${id} exists but its secret was not received: renewing the secret`);
            outputs = echo((0, access_key_outputs_1.accessKeyOutputs)(await api.renew(id), outputs), inputs);
        }
        return echo(await waitAvailable(ctx, api, id, outputs, "POST accesskey"), inputs);
    }
    catch (error) {
        if (!(error instanceof KeyFailed))
            throw new resource_init_error_1.ResourceInitError(id, outputs, asError(error));
        // IONOS could not provision it: remove it, so that nothing is left that nobody manages.
        try {
            await deleteAndWait(ctx, api, id);
        }
        catch (deleteError) {
            throw new resource_init_error_1.ResourceInitError(id, outputs, asError(deleteError));
        }
        throw new errors_1.IonosError(`${error.message} The key was deleted again; fix the cause and run the command again.`);
    }
}
/** `rotation` renews the secret in place; `description` is updated in place. */
async function updateAccessKey(ctx, id, olds, news) {
    const api = new access_keys_api_1.AccessKeysApi(ctx.client);
    let outputs = olds;
    if ((0, unknowns_1.changed)(olds.description, news.description)) {
        outputs = (0, access_key_outputs_1.accessKeyOutputs)((await api.ensure(id, news.description)).key, outputs);
        outputs = await waitAvailable(ctx, api, id, outputs, "PUT accesskey");
    }
    // A new rotation, or a key whose secret was never received (an unfinished create): renew.
    if ((0, unknowns_1.changed)(olds.rotation, news.rotation) || olds.secretKey === "") {
        outputs = (0, access_key_outputs_1.accessKeyOutputs)(await api.renew(id), outputs);
        outputs = await waitAvailable(ctx, api, id, outputs, "PUT accesskey");
    }
    return echo(outputs, news);
}
/**
 * GETs the key until `metadata.status` is AVAILABLE, on the learned schedule for `kind`. FAILED is an
 * error with IONOS's statusMessage at once (not a wait until the timeout); a key gone is an error.
 */
async function waitAvailable(ctx, api, id, previous, kind) {
    if (previous.status === "AVAILABLE")
        return previous;
    return (0, poll_until_1.pollUntil)(ctx.client, {
        what: `access key ${id} to be AVAILABLE`,
        options: ctx.wait,
        learn: { timings: ctx.timings, kind },
        initialStatus: previous.status || "PROVISIONING",
        hint: "It may still become available: run `pulumi up` later.",
        poll: async () => {
            const key = await api.get(id);
            if (key === undefined || key.metadata.status === "DESTROYING")
                throw new errors_1.IonosError(`Access key ${id} was deleted while it was being provisioned. Run \`pulumi up\` again.`);
            if (key.metadata.status === "AVAILABLE")
                return { done: true, value: (0, access_key_outputs_1.accessKeyOutputs)(key, previous) };
            if (key.metadata.status === "FAILED")
                throw new KeyFailed(`IONOS could not provision access key ${id}: ${(key.metadata.statusMessage ?? "no reason given").replace(/[.\s]+$/, "")}.`);
            return { done: false, status: key.metadata.status };
        },
    });
}
/** DELETE, then GET until 404 (DESTROYING until then); a key already gone counts as deleted. */
async function deleteAndWait(ctx, api, id) {
    if (!(await api.delete(id)))
        return;
    await (0, poll_until_1.pollUntil)(ctx.client, {
        what: `access key ${id} to be deleted`,
        options: ctx.wait,
        learn: { timings: ctx.timings, kind: "DELETE accesskey" },
        initialStatus: "DESTROYING",
        hint: "Run `pulumi destroy` again later.",
        poll: async () => {
            const key = await api.get(id);
            return key === undefined ? { done: true, value: undefined } : { done: false, status: key.metadata.status };
        },
    });
}
/** The inputs only diff needs, copied onto outputs. */
function echo(outputs, from) {
    const { rotation: _r, identity: _i, ...rest } = outputs;
    return {
        ...rest,
        ...(from.rotation !== undefined ? { rotation: from.rotation } : {}),
        ...(typeof from.identity === "string" ? { identity: from.identity } : {}),
    };
}
/** The journal's 32-hex token for a key id, and back. */
const tokenOf = (id) => id.replace(/-/g, "").toLowerCase();
exports.tokenOf = tokenOf;
const uuidOf = (token) => `${token.slice(0, 8)}-${token.slice(8, 12)}-${token.slice(12, 16)}-${token.slice(16, 20)}-${token.slice(20)}`;
/**
 * The key id the next create of a resource ensures, chosen in `check`: a fresh one for a new
 * resource; for one in the state, the next link of its chain (a hash of its id, as a version-4
 * UUID), so a replacement (`--replace`) never ensures the id of the key it replaces, and a retry of
 * a cut-off replacement ensures the same one again.
 */
function nextCreateId(previous) {
    if (typeof previous !== "string" || !ids_1.UUID_PATTERN.test(previous))
        return (0, node_crypto_1.randomUUID)();
    const hex = (0, create_journal_1.nextCreateToken)((0, exports.tokenOf)(previous));
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return uuidOf(`${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`);
}
/** The token of the id that `nextCreateId` chains from the key id whose token is `token`. */
const nextToken = (token) => (0, exports.tokenOf)(nextCreateId(uuidOf(token)));
function asError(error) {
    return error instanceof Error ? error : new errors_1.IonosError(String(error));
}
//# sourceMappingURL=access-key-operations.js.map