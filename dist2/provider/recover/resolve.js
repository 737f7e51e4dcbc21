"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolve = resolve;
const access_keys_api_1 = require("../api/access-keys-api");
const requests_api_1 = require("../api/requests-api");
const s3_keys_api_1 = require("../api/s3-keys-api");
const create_journal_1 = require("../common/create-journal");
/** How far back the request log is searched for a cut-off create's POST (its time is not in the state). */
const LOG_WINDOW_MS = 7 * 24 * 3600_000;
/** Resolves one pending create: an S3Key by its create token in the request log, an AccessKey by its id. */
async function resolve(resolver, pending) {
    return pending.kind === "S3Key" ? resolveS3Key(resolver, pending) : resolveAccessKey(resolver, pending);
}
async function resolveAccessKey(resolver, pending) {
    const id = pending.inputs.createId;
    if (typeof id !== "string")
        return {
            action: "leave",
            why: "its inputs hold no key id (made by a release before 0.2.0): look for it with getAccessKeys",
        };
    const key = await new access_keys_api_1.AccessKeysApi(resolver.objectStorage).get(id);
    return key !== undefined
        ? { action: "import", id, why: `access key ${id} exists: importing it (its secret is renewed on the next up)` }
        : { action: "clear", why: `IONOS has no access key ${id}: the create made none` };
}
async function resolveS3Key(resolver, pending) {
    const { userId, createToken } = pending.inputs;
    if (typeof userId !== "string" || typeof createToken !== "string")
        return {
            action: "leave",
            why: "its inputs hold no create token (made by a release before 0.2.0): look at the user's keys in the DCD",
        };
    const client = resolver.cloudApi;
    const requests = new requests_api_1.RequestsApi(client);
    for (let round = 1;; round++) {
        const posts = await requests.postsTo((0, s3_keys_api_1.keysPath)(userId), client.now() - LOG_WINDOW_MS);
        for (const post of posts.filter((p) => (0, requests_api_1.recordedHeader)(p, create_journal_1.CREATE_TOKEN_HEADER) === createToken)) {
            const status = await requests.status(post.id);
            const keyId = (0, requests_api_1.createdKeyId)(status);
            if (status.status !== "FAILED" && keyId !== undefined)
                return {
                    action: "import",
                    id: keyId,
                    why: `IONOS's request log shows its POST made key ${keyId}: importing it`,
                };
        }
        const unmarked = posts.filter((p) => (0, requests_api_1.recordedHeader)(p, create_journal_1.CREATE_TOKEN_HEADER) === undefined).length;
        if (unmarked > 0)
            return {
                action: "leave",
                why: `IONOS's request log lists ${unmarked} POST(s) for user ${userId} without a create token, so it cannot tell: look at the user's keys in the DCD`,
            };
        // The log may lag behind writes: absent twice, the second time after it has had its time, is proof.
        if (round === 2)
            return { action: "clear", why: `IONOS's request log shows no POST with its token: the create made no key` };
        await client.sleep(resolver.settleMs);
    }
}
//# sourceMappingURL=resolve.js.map