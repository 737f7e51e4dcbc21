"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessKeysApi = void 0;
const errors_1 = require("./errors");
const gone_proof_1 = require("./gone-proof");
const ids_1 = require("./ids");
const schemas_1 = require("./schemas");
/** An access key id as a URL path segment, after checking that it is a UUID. */
function keyPath(id) {
    if (!ids_1.USER_ID_PATTERN.test(id))
        throw new errors_1.IonosError(`the access key id ${JSON.stringify(String(id).slice(0, 80))} is not a UUID, so no request was sent with it: check the id in the state (pulumi stack export).`);
    return `/accesskeys/${id}`;
}
/** Pages read at most by `list`: 1000 keys a page, far beyond IONOS's five keys a user. */
const MAX_PAGES = 20;
/** The Object Storage Management API's `/accesskeys…` endpoints. */
class AccessKeysApi {
    client;
    constructor(client) {
        this.client = client;
    }
    /** Every key of the caller, or the one whose S3 access key id is `accessKey`. Follows the pages. */
    async list(accessKey) {
        const keys = [];
        for (let page = 0, offset = 0; page < MAX_PAGES; page++) {
            const { data } = await this.client.request({
                method: "GET",
                path: "/accesskeys",
                query: {
                    offset: String(offset),
                    limit: "1000",
                    ...(accessKey !== undefined ? { "filter.accesskeyId": accessKey } : {}),
                },
                schema: schemas_1.AccessKeyListSchema,
            });
            keys.push(...data.items);
            if (!data._links?.next || data.items.length === 0)
                return keys;
            offset += data.items.length;
        }
        return keys;
    }
    /** The key, or undefined when it is proven gone: a 404 while the list of the caller's keys answers without it. */
    async get(id) {
        const path = keyPath(id);
        return (0, gone_proof_1.unlessProvenGone)(this.client, async () => (await this.client.request({ method: "GET", path, schema: schemas_1.AccessKeySchema })).data, this.goneProof(id));
    }
    /**
     * "Ensure": creates the key with this client-chosen id (201, its secret in the answer), or updates
     * the caller's key that has it (200, no secret). Another party's id is a 409 error.
     */
    async ensure(id, description) {
        const path = keyPath(id);
        const response = await this.client.request({
            method: "PUT",
            path,
            body: { id, properties: { description } },
            schema: schemas_1.AccessKeySchema,
        });
        return { created: response.status === 201, key: response.data };
    }
    /** A new secret for the key; the answer is the one place it appears. */
    async renew(id) {
        const path = `${keyPath(id)}/renew`;
        return (await this.client.request({ method: "PUT", path, schema: schemas_1.AccessKeySchema })).data;
    }
    /** DELETE; false when the key was already gone, as `get` proves it. */
    async delete(id) {
        const path = keyPath(id);
        return ((await (0, gone_proof_1.unlessProvenGone)(this.client, async () => (await this.client.request({ method: "DELETE", path }), true), this.goneProof(id))) ?? false);
    }
    // IONOS documents no error body of its own for a missing access key: only the list proves one gone.
    goneProof(id) {
        return {
            what: `access key ${id}`,
            saysMissing: () => false,
            list: { path: "/accesskeys", holdsKey: async () => (await this.list()).some((key) => key.id === id) },
        };
    }
}
exports.AccessKeysApi = AccessKeysApi;
//# sourceMappingURL=access-keys-api.js.map