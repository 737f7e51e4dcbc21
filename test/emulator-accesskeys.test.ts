import { expect } from "chai";
import { randomUUID } from "node:crypto";
import { fetch } from "undici";
import { startEmulator, type Emulator } from "../emulator";

// The emulator's Object Storage Management API, spoken to over HTTP as IONOS documents it.
describe("the emulator's Object Storage Management API (/accesskeys)", function () {
  this.timeout(20_000);
  let emulator: Emulator;
  // The emulator's clock, moved by the tests: a key's stages change when the test says, not when a sleep races them.
  let now = 0;
  beforeEach(async () => {
    now = Date.UTC(2026, 11, 1);
    emulator = await startEmulator({ requestDelayMs: 50 }, { clock: () => now });
  });
  afterEach(() => emulator.close());

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emulator.objectStorageUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${emulator.options.token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
  };
  const description = (d: string) => ({ properties: { description: d, accessKey: "", secretKey: "" } });

  it("creates with POST (201), the secret in that answer only, PROVISIONING then AVAILABLE", async () => {
    const created = await call("POST", "/accesskeys", description("ci"));
    expect(created.status).to.equal(201);
    expect(created.body.metadata.status).to.equal("PROVISIONING");
    expect(created.body.properties.accessKey).to.have.length(92);
    expect(created.body.properties.secretKey.length).to.equal(40);
    const read = await call("GET", `/accesskeys/${created.body.id}`);
    expect(read.body.properties.secretKey).to.equal("");
    now += 49;
    expect((await call("GET", `/accesskeys/${created.body.id}`)).body.metadata.status).to.equal("PROVISIONING");
    now += 1;
    expect((await call("GET", `/accesskeys/${created.body.id}`)).body.metadata.status).to.equal("AVAILABLE");
  });

  it("ensures a client-chosen id: 201 with the secret, then 200 without it, and 409 for another party's id", async () => {
    const id = randomUUID();
    const first = await call("PUT", `/accesskeys/${id}`, { id, ...description("a") });
    expect(first.status).to.equal(201);
    expect(first.body.properties.secretKey.length).to.equal(40);
    const again = await call("PUT", `/accesskeys/${id}`, description("b"));
    expect(again.status).to.equal(200);
    expect(again.body.properties).to.include({ description: "b", secretKey: "" });
    expect(emulator.accessKeys()).to.have.length(1);
    const foreign = emulator.seedForeignAccessKey();
    const conflict = await call("PUT", `/accesskeys/${foreign}`, description("mine?"));
    expect(conflict.status).to.equal(409);
    expect(conflict.body.messages[0].message).to.contain("belongs to another party");
    expect(emulator.accessKeys().map((k) => k.id)).to.deep.equal([id]);
  });

  it("renews a secret (PUT only): same id and access key id, a new secret, shown in that answer", async () => {
    const { body } = await call("POST", "/accesskeys", description("r"));
    const renewed = await call("PUT", `/accesskeys/${body.id}/renew`);
    expect(renewed.status).to.equal(200);
    expect(renewed.body.properties.accessKey).to.equal(body.properties.accessKey);
    expect(renewed.body.properties.secretKey.length).to.equal(40);
    expect(renewed.body.properties.secretKey === body.properties.secretKey, "a new secret").to.equal(false);
    expect((await call("GET", `/accesskeys/${body.id}/renew`)).status).to.equal(405);
  });

  it("keeps five keys a user and answers 422 to a sixth", async () => {
    for (let i = 0; i < 5; i++) expect((await call("POST", "/accesskeys", description(`k${i}`))).status).to.equal(201);
    const sixth = await call("PUT", `/accesskeys/${randomUUID()}`, description("k5"));
    expect(sixth.status).to.equal(422);
    expect(emulator.accessKeys()).to.have.length(5);
  });

  it("pages the list with offset, limit and _links, and filters by the 92-character access key id", async () => {
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await call("POST", "/accesskeys", description(`k${i}`))).body);
    const page1 = await call("GET", "/accesskeys?limit=2");
    expect(page1.body.items).to.have.length(2);
    expect(page1.body._links.next).to.equal("/accesskeys?offset=2&limit=2");
    const page2 = await call("GET", page1.body._links.next);
    expect(page2.body.items).to.have.length(1);
    expect(page2.body._links).to.not.have.property("next");
    expect(
      page1.body.items
        .concat(page2.body.items)
        .every((k: { properties: { secretKey: string } }) => k.properties.secretKey === ""),
    ).to.equal(true);
    const filtered = await call("GET", `/accesskeys?filter.accesskeyId=${made[1].properties.accessKey}`);
    expect(filtered.body.items.map((k: { id: string }) => k.id)).to.deep.equal([made[1].id]);
    expect((await call("GET", "/accesskeys?limit=0")).status).to.equal(422);
  });

  it("deletes with 202: DESTROYING for the request delay, then 404", async () => {
    const { body } = await call("POST", "/accesskeys", description("d"));
    expect((await call("DELETE", `/accesskeys/${body.id}`)).status).to.equal(202);
    expect((await call("GET", `/accesskeys/${body.id}`)).body.metadata.status).to.equal("DESTROYING");
    now += 49;
    expect((await call("GET", `/accesskeys/${body.id}`)).body.metadata.status).to.equal("DESTROYING");
    now += 1;
    const gone = await call("GET", `/accesskeys/${body.id}`);
    expect(gone.status).to.equal(404);
    expect(gone.body.httpStatus).to.equal(404);
  });

  it("answers IONOS-shaped errors for a bad body, and puts the same faults and rate limits on this API", async () => {
    const bad = await call("POST", "/accesskeys", { properties: { description: 7 } });
    expect(bad.status).to.equal(422);
    expect(bad.body.messages[0].message).to.contain("properties.description");
    emulator.injectFault({ method: "GET", kind: "status", status: 503 });
    expect((await call("GET", "/accesskeys")).status).to.equal(503);
    const anonymous = await fetch(`${emulator.objectStorageUrl}/accesskeys`);
    expect(anonymous.status).to.equal(401);
    expect(anonymous.headers.get("x-ratelimit-limit")).to.equal(String(emulator.options.rateLimitPerMinute));
    expect(emulator.accessKeys()).to.deep.equal([]);
  });
});
