"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3KeysApi = exports.keysPath = void 0;
const errors_1 = require("./errors");
const gone_proof_1 = require("./gone-proof");
const hints_1 = require("./hints");
const ids_1 = require("./ids");
const schemas_1 = require("./schemas");
// Every id is checked before it becomes part of a URL (ids.ts).
const keysPath = (userId) => `/um/users/${(0, ids_1.idSegment)("user", userId)}/s3keys`;
exports.keysPath = keysPath;
const keyPath = (userId, keyId) => `${(0, exports.keysPath)(userId)}/${(0, ids_1.idSegment)("key", keyId)}`;
/** The `/um/users/{userId}/s3keys…` endpoints. */
class S3KeysApi {
    client;
    constructor(client) {
        this.client = client;
    }
    async list(userId) {
        const { data } = await this.client.request({
            method: "GET",
            path: (0, exports.keysPath)(userId),
            query: { depth: "1" },
            schema: schemas_1.S3KeysSchema,
        });
        return data.items;
    }
    /**
     * The key, or undefined when it is proven gone: IONOS's `[VDC-21-2]` answer, or a 404 while the
     * user's key list answers without it (see `unlessProvenGone`).
     */
    async get(userId, keyId) {
        return (0, gone_proof_1.unlessProvenGone)(this.client, async () => {
            const { data } = await this.client.request({
                method: "GET",
                path: keyPath(userId, keyId),
                schema: schemas_1.S3KeySchema,
            });
            return data;
        }, this.goneProof(userId, keyId));
    }
    /**
     * POSTs a new key. An answer without a `Location` or a secret still names the key IONOS made, so it
     * is returned as it is (create then finds the rest); only an unreadable body is an error.
     */
    async create(userId, headers) {
        const response = await this.client.request({
            method: "POST",
            path: (0, exports.keysPath)(userId),
            headers,
            schema: schemas_1.S3KeySchema,
        });
        const requestId = (0, schemas_1.requestIdFromLocation)(response.headers.get("location"));
        return { value: response.data, ...(requestId !== undefined ? { requestId } : {}) };
    }
    async setActive(userId, keyId, active) {
        const path = keyPath(userId, keyId);
        const response = await this.client.request({
            method: "PUT",
            path,
            body: { properties: { active } },
            schema: schemas_1.S3KeySchema,
        });
        return { value: response.data, requestId: this.requestId("PUT", path, response) };
    }
    /** Undefined when the key was already gone, as `get` proves it. */
    async delete(userId, keyId) {
        const path = keyPath(userId, keyId);
        return (0, gone_proof_1.unlessProvenGone)(this.client, async () => {
            const response = await this.client.request({ method: "DELETE", path });
            return { value: undefined, requestId: this.requestId("DELETE", path, response) };
        }, this.goneProof(userId, keyId));
    }
    goneProof(userId, keyId) {
        return {
            what: `key ${keyId} of user ${userId}`,
            saysMissing: keyGone,
            list: {
                path: `${(0, exports.keysPath)(userId)}?depth=1`,
                holdsKey: async () => (await this.list(userId)).some((key) => key.id === keyId),
            },
        };
    }
    async ssoUrl(userId) {
        const { data } = await this.client.request({
            method: "GET",
            path: `/um/users/${(0, ids_1.idSegment)("user", userId)}/s3ssourl`,
            schema: schemas_1.SsoUrlSchema,
        });
        return data.ssoUrl;
    }
    requestId(method, path, response) {
        const id = (0, schemas_1.requestIdFromLocation)(response.headers.get("location"));
        if (id === undefined) {
            throw new errors_1.IonosResponseError({
                status: response.status,
                method,
                path,
                problem: "no Location header with a request status URL",
            });
        }
        return id;
    }
}
exports.S3KeysApi = S3KeysApi;
/** IONOS's own answer for a missing key: `[VDC-21-2]`, with 422 (as it answers) or 404. */
const keyGone = (error) => (0, hints_1.isKeyNotFound)(error.codes, error.apiMessages.join(" "));
//# sourceMappingURL=s3-keys-api.js.map