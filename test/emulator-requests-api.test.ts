import { Configuration, RequestsApi, UserS3KeysApi } from "@ionos-cloud/sdk-nodejs";
import { expect } from "chai";
import { startEmulator, type Emulator, type EmulatorOptionsInput } from "../emulator";
import { parseFilterDate } from "../emulator/requests-api";
import { MAX_REQUESTS, Store } from "../emulator/store";
import { OTHER_USER, USER } from "./helpers/emulator";

// The emulator's Requests API, read through IONOS's own generated SDK: the client users have is
// what holds the emulator to the documented shapes and filters.
function sdk(emulator: Emulator, headers: Record<string, string> = {}) {
  const config = new Configuration({
    basePath: `${emulator.url}/cloudapi/v6`,
    apiKey: emulator.options.token,
    baseOptions: { headers },
  });
  config.setMaxRetries(0);
  config.setMaxWaitTime(0);
  return { keys: new UserS3KeysApi(config), requests: new RequestsApi(config) };
}

/** An emulator on a clock the test moves (`advance`): stages and lags change when the test says, never racing a sleep. */
async function withEmulator(
  options: EmulatorOptionsInput,
  fn: (emulator: Emulator, clock: { readonly now: number; advance(ms: number): void }) => Promise<void>,
) {
  let now = Date.UTC(2026, 11, 1, 12);
  const emulator = await startEmulator({ requestDelayMs: 10, ...options }, { clock: () => now });
  try {
    await fn(emulator, {
      get now() {
        return now;
      },
      advance: (ms) => void (now += ms),
    });
  } finally {
    await emulator.close();
  }
}

const idFromLocation = (location: string) => /requests\/([^/]+)\/status/.exec(location)![1];

describe("emulator: the Requests API", () => {
  it("records each write's method, URL, headers (never Authorization), creator and date, and names the key in its status", async () => {
    await withEmulator({}, async (emulator, clock) => {
      const { keys, requests } = sdk(emulator, { "X-Pulumi-Create-Token": "tok-123" });
      const post = await keys.umUsersS3keysPost({ userId: USER });
      const requestId = idFromLocation(post.headers.location);
      const { data } = await requests.requestsFindById({ requestId });
      expect(data.properties?.method).to.equal("POST");
      expect(data.properties?.url).to.match(new RegExp(`/cloudapi/v6/um/users/${USER}/s3keys`));
      expect(data.properties?.headers).to.include({ "x-pulumi-create-token": "tok-123" });
      expect(Object.keys(data.properties?.headers ?? {})).not.to.include("authorization");
      expect(JSON.stringify(data)).not.to.contain(emulator.options.token);
      expect(data.metadata?.createdBy).to.equal(emulator.options.username);
      expect(Date.parse(data.metadata!.createdDate!)).to.equal(clock.now);
      clock.advance(10);
      const status = await requests.requestsStatusGet({ requestId });
      expect(status.data.metadata?.status).to.equal("DONE");
      expect(status.data.metadata?.targets?.[0].target?.id).to.equal(post.data.id);
    });
  });

  it("filters by url, method, headers and createdAfter, case-insensitively, and pages newest first", async () => {
    await withEmulator({}, async (emulator) => {
      const { keys, requests } = sdk(emulator, { "X-Pulumi-Create-Token": "Alpha" });
      const other = sdk(emulator, { "X-Pulumi-Create-Token": "beta" });
      const first = await keys.umUsersS3keysPost({ userId: USER });
      await other.keys.umUsersS3keysPost({ userId: USER });
      await keys.umUsersS3keysPost({ userId: OTHER_USER });
      await keys.umUsersS3keysPut({
        userId: USER,
        keyId: first.data.id!,
        s3Key: { properties: { active: false } },
      });
      const list = async (filters: Record<string, string>, offset?: number, limit?: number) =>
        (
          await requests.requestsGet({
            depth: 1,
            filterUrl: filters.url,
            filterMethod: filters.method,
            filterHeaders: filters.headers,
            filterCreatedAfter: filters.createdAfter,
            offset,
            limit,
          })
        ).data;
      const posts = await list({ url: `/um/users/${USER}/s3keys`, method: "post" });
      expect(posts.items!.map((r) => r.properties?.headers?.["x-pulumi-create-token"])).to.deep.equal([
        "beta",
        "Alpha",
      ]);
      expect((await list({ headers: "ALPHA" })).items).to.have.length(3);
      expect((await list({ createdAfter: "2999-01-01 00:00:00" })).items).to.deep.equal([]);
      expect((await list({ createdAfter: "2000-01-01 00:00:00" })).items).to.have.length(4);
      const page = await list({}, 1, 2);
      expect(page.items).to.have.length(2);
      expect(page.offset).to.equal(1);
      expect(page._links?.next).to.match(/offset=3&limit=2$/);
      expect(page._links?.prev).to.match(/offset=0&limit=2$/);
    });
  });

  it("shows only id, type and href at depth 0, and refuses deep filters there with a message", async () => {
    await withEmulator({}, async (emulator) => {
      const { keys, requests } = sdk(emulator);
      await keys.umUsersS3keysPost({ userId: USER });
      const { data } = await requests.requestsGet({ depth: 0 });
      expect(Object.keys(data.items![0]).sort()).to.deep.equal(["href", "id", "type"]);
      const refused = await requests.requestsGet({ depth: 0, filterUrl: "s3keys" }).catch((e) => e.response);
      expect(refused.status).to.equal(422);
      expect(refused.data.messages[0].message).to.contain("filter.url");
      expect(refused.data.messages[0].message).to.contain("depth=1");
      const badDate = await requests.requestsGet({ filterCreatedAfter: "yesterday" }).catch((e) => e.response);
      expect(badDate.status).to.equal(422);
      expect(badDate.data.messages[0].message).to.contain("is not a date");
    });
  });

  it("can lag the list behind writes, while the status URL works at once", async () => {
    await withEmulator({ requestListLagMs: 300 }, async (emulator, clock) => {
      const { keys, requests } = sdk(emulator);
      const post = await keys.umUsersS3keysPost({ userId: USER });
      const requestId = idFromLocation(post.headers.location);
      expect((await requests.requestsGet({ depth: 1 })).data.items).to.deep.equal([]);
      expect((await requests.requestsStatusGet({ requestId })).status).to.equal(200);
      clock.advance(299);
      expect((await requests.requestsGet({ depth: 1 })).data.items).to.deep.equal([]);
      clock.advance(1);
      expect((await requests.requestsGet({ depth: 1 })).data.items!.map((r) => r.id)).to.deep.equal([requestId]);
    });
  });

  it("can record standard headers only, as IONOS may, so a client's own marker is missing", async () => {
    await withEmulator({ recordCustomHeaders: false }, async (emulator) => {
      const { keys, requests } = sdk(emulator, { "X-Pulumi-Create-Token": "tok" });
      await keys.umUsersS3keysPost({ userId: USER });
      const [request] = (await requests.requestsGet({ depth: 1 })).data.items!;
      expect(request.properties?.headers).to.have.property("user-agent");
      expect(request.properties?.headers).not.to.have.property("x-pulumi-create-token");
    });
  });

  it("records nothing for a write refused before it was applied", async () => {
    await withEmulator({ maxKeysPerUser: 1 }, async (emulator) => {
      const { keys, requests } = sdk(emulator);
      await keys.umUsersS3keysPost({ userId: USER });
      await keys.umUsersS3keysPost({ userId: USER }).catch(() => undefined);
      expect((await requests.requestsGet({ depth: 0 })).data.items).to.have.length(1);
    });
  });

  it("keeps its request table bounded: the oldest finished requests go first", () => {
    const store = new Store();
    const record = { url: "u", headers: {}, body: "", createdBy: "x" };
    const first = store.newRequest("POST", "h", { now: 0, delayMs: 10, listLagMs: 0 }, record);
    const running = store.newRequest("POST", "h", { now: 0, delayMs: 1e9, listLagMs: 0 }, record);
    for (let i = 0; i < MAX_REQUESTS * 2; i++)
      store.newRequest("PUT", "h", { now: 100 + i, delayMs: 0, listLagMs: 0 }, record);
    expect(store.requests.size).to.be.at.most(MAX_REQUESTS);
    expect(store.requests.has(first.id)).to.equal(false);
    expect(store.requests.has(running.id), "a running request is kept").to.equal(true);
  });

  it("reads filter dates as UTC in IONOS's format or ISO 8601", () => {
    expect(parseFilterDate("2026-11-22 05:43:39")).to.equal(Date.UTC(2026, 10, 22, 5, 43, 39));
    expect(parseFilterDate("2026-11-22T05:43:39Z")).to.equal(Date.UTC(2026, 10, 22, 5, 43, 39));
    expect(parseFilterDate("soon")).to.equal(undefined);
  });
});
