"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const sdk_nodejs_1 = require("@ionos-cloud/sdk-nodejs");
const chai_1 = require("chai");
const emulator_1 = require("../emulator");
const requests_api_1 = require("../emulator/requests-api");
const store_1 = require("../emulator/store");
const emulator_2 = require("./helpers/emulator");
// The emulator's Requests API, read through IONOS's own generated SDK: the client users have is
// what holds the emulator to the documented shapes and filters.
function sdk(emulator, headers = {}) {
    const config = new sdk_nodejs_1.Configuration({
        basePath: `${emulator.url}/cloudapi/v6`,
        apiKey: emulator.options.token,
        baseOptions: { headers },
    });
    config.setMaxRetries(0);
    config.setMaxWaitTime(0);
    return { keys: new sdk_nodejs_1.UserS3KeysApi(config), requests: new sdk_nodejs_1.RequestsApi(config) };
}
async function withEmulator(options, fn) {
    const emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 10, ...options });
    try {
        await fn(emulator);
    }
    finally {
        await emulator.close();
    }
}
const idFromLocation = (location) => /requests\/([^/]+)\/status/.exec(location)[1];
describe("emulator: the Requests API", () => {
    it("records each write's method, URL, headers (never Authorization), creator and date, and names the key in its status", async () => {
        await withEmulator({}, async (emulator) => {
            const { keys, requests } = sdk(emulator, { "X-Pulumi-Create-Token": "tok-123" });
            const before = Date.now();
            const post = await keys.umUsersS3keysPost({ userId: emulator_2.USER });
            const requestId = idFromLocation(post.headers.location);
            const { data } = await requests.requestsFindById({ requestId });
            (0, chai_1.expect)(data.properties?.method).to.equal("POST");
            (0, chai_1.expect)(data.properties?.url).to.match(new RegExp(`/cloudapi/v6/um/users/${emulator_2.USER}/s3keys`));
            (0, chai_1.expect)(data.properties?.headers).to.include({ "x-pulumi-create-token": "tok-123" });
            (0, chai_1.expect)(Object.keys(data.properties?.headers ?? {})).not.to.include("authorization");
            (0, chai_1.expect)(JSON.stringify(data)).not.to.contain(emulator.options.token);
            (0, chai_1.expect)(data.metadata?.createdBy).to.equal(emulator.options.username);
            (0, chai_1.expect)(Date.parse(data.metadata.createdDate)).to.be.within(before - 1000, Date.now());
            await new Promise((r) => setTimeout(r, 30));
            const status = await requests.requestsStatusGet({ requestId });
            (0, chai_1.expect)(status.data.metadata?.status).to.equal("DONE");
            (0, chai_1.expect)(status.data.metadata?.targets?.[0].target?.id).to.equal(post.data.id);
        });
    });
    it("filters by url, method, headers and createdAfter, case-insensitively, and pages newest first", async () => {
        await withEmulator({}, async (emulator) => {
            const { keys, requests } = sdk(emulator, { "X-Pulumi-Create-Token": "Alpha" });
            const other = sdk(emulator, { "X-Pulumi-Create-Token": "beta" });
            const first = await keys.umUsersS3keysPost({ userId: emulator_2.USER });
            await other.keys.umUsersS3keysPost({ userId: emulator_2.USER });
            await keys.umUsersS3keysPost({ userId: emulator_2.OTHER_USER });
            await keys.umUsersS3keysPut({
                userId: emulator_2.USER,
                keyId: first.data.id,
                s3Key: { properties: { active: false } },
            });
            const list = async (filters, offset, limit) => (await requests.requestsGet({
                depth: 1,
                filterUrl: filters.url,
                filterMethod: filters.method,
                filterHeaders: filters.headers,
                filterCreatedAfter: filters.createdAfter,
                offset,
                limit,
            })).data;
            const posts = await list({ url: `/um/users/${emulator_2.USER}/s3keys`, method: "post" });
            (0, chai_1.expect)(posts.items.map((r) => r.properties?.headers?.["x-pulumi-create-token"])).to.deep.equal([
                "beta",
                "Alpha",
            ]);
            (0, chai_1.expect)((await list({ headers: "ALPHA" })).items).to.have.length(3);
            (0, chai_1.expect)((await list({ createdAfter: "2999-01-01 00:00:00" })).items).to.deep.equal([]);
            (0, chai_1.expect)((await list({ createdAfter: "2000-01-01 00:00:00" })).items).to.have.length(4);
            const page = await list({}, 1, 2);
            (0, chai_1.expect)(page.items).to.have.length(2);
            (0, chai_1.expect)(page.offset).to.equal(1);
            (0, chai_1.expect)(page._links?.next).to.match(/offset=3&limit=2$/);
            (0, chai_1.expect)(page._links?.prev).to.match(/offset=0&limit=2$/);
        });
    });
    it("shows only id, type and href at depth 0, and refuses deep filters there with a message", async () => {
        await withEmulator({}, async (emulator) => {
            const { keys, requests } = sdk(emulator);
            await keys.umUsersS3keysPost({ userId: emulator_2.USER });
            const { data } = await requests.requestsGet({ depth: 0 });
            (0, chai_1.expect)(Object.keys(data.items[0]).sort()).to.deep.equal(["href", "id", "type"]);
            const refused = await requests.requestsGet({ depth: 0, filterUrl: "s3keys" }).catch((e) => e.response);
            (0, chai_1.expect)(refused.status).to.equal(422);
            (0, chai_1.expect)(refused.data.messages[0].message).to.contain("filter.url");
            (0, chai_1.expect)(refused.data.messages[0].message).to.contain("depth=1");
            const badDate = await requests.requestsGet({ filterCreatedAfter: "yesterday" }).catch((e) => e.response);
            (0, chai_1.expect)(badDate.status).to.equal(422);
            (0, chai_1.expect)(badDate.data.messages[0].message).to.contain("is not a date");
        });
    });
    it("can lag the list behind writes, while the status URL works at once", async () => {
        await withEmulator({ requestListLagMs: 300 }, async (emulator) => {
            const { keys, requests } = sdk(emulator);
            const post = await keys.umUsersS3keysPost({ userId: emulator_2.USER });
            const requestId = idFromLocation(post.headers.location);
            (0, chai_1.expect)((await requests.requestsGet({ depth: 1 })).data.items).to.deep.equal([]);
            (0, chai_1.expect)((await requests.requestsStatusGet({ requestId })).status).to.equal(200);
            await new Promise((r) => setTimeout(r, 350));
            (0, chai_1.expect)((await requests.requestsGet({ depth: 1 })).data.items.map((r) => r.id)).to.deep.equal([requestId]);
        });
    });
    it("can record standard headers only, as IONOS may, so a client's own marker is missing", async () => {
        await withEmulator({ recordCustomHeaders: false }, async (emulator) => {
            const { keys, requests } = sdk(emulator, { "X-Pulumi-Create-Token": "tok" });
            await keys.umUsersS3keysPost({ userId: emulator_2.USER });
            const [request] = (await requests.requestsGet({ depth: 1 })).data.items;
            (0, chai_1.expect)(request.properties?.headers).to.have.property("user-agent");
            (0, chai_1.expect)(request.properties?.headers).not.to.have.property("x-pulumi-create-token");
        });
    });
    it("records nothing for a write refused before it was applied", async () => {
        await withEmulator({ maxKeysPerUser: 1 }, async (emulator) => {
            const { keys, requests } = sdk(emulator);
            await keys.umUsersS3keysPost({ userId: emulator_2.USER });
            await keys.umUsersS3keysPost({ userId: emulator_2.USER }).catch(() => undefined);
            (0, chai_1.expect)((await requests.requestsGet({ depth: 0 })).data.items).to.have.length(1);
        });
    });
    it("keeps its request table bounded: the oldest finished requests go first", () => {
        const store = new store_1.Store();
        const record = { url: "u", headers: {}, body: "", createdBy: "x" };
        const first = store.newRequest("POST", "h", { now: 0, delayMs: 10, listLagMs: 0 }, record);
        const running = store.newRequest("POST", "h", { now: 0, delayMs: 1e9, listLagMs: 0 }, record);
        for (let i = 0; i < store_1.MAX_REQUESTS * 2; i++)
            store.newRequest("PUT", "h", { now: 100 + i, delayMs: 0, listLagMs: 0 }, record);
        (0, chai_1.expect)(store.requests.size).to.be.at.most(store_1.MAX_REQUESTS);
        (0, chai_1.expect)(store.requests.has(first.id)).to.equal(false);
        (0, chai_1.expect)(store.requests.has(running.id), "a running request is kept").to.equal(true);
    });
    it("reads filter dates as UTC in IONOS's format or ISO 8601", () => {
        (0, chai_1.expect)((0, requests_api_1.parseFilterDate)("2026-11-22 05:43:39")).to.equal(Date.UTC(2026, 10, 22, 5, 43, 39));
        (0, chai_1.expect)((0, requests_api_1.parseFilterDate)("2026-11-22T05:43:39Z")).to.equal(Date.UTC(2026, 10, 22, 5, 43, 39));
        (0, chai_1.expect)((0, requests_api_1.parseFilterDate)("soon")).to.equal(undefined);
    });
});
//# sourceMappingURL=emulator-requests-api.test.js.map