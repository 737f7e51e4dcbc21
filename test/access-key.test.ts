import { expect } from "chai";
import { diffAccessKey } from "../provider/access-key/access-key-diff";
import { getAccessKey, getAccessKeys } from "../provider/access-key/access-key-lookups";
import type { AccessKeyInputs, AccessKeyOutputs } from "../provider/access-key/access-key-types";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import { journalKey } from "../provider/common/create-journal";
import { withLookupHooks } from "../provider/common/lookup-options";
import { journalEntries, rejection, useEmulator } from "./helpers/emulator";

const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:AccessKey::ci";
/** The file of URN's create journal entry (the plugin host's working directory is the project). */
const ENTRY = `${journalKey(URN, process.cwd())}.json`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("AccessKey against the emulator's Object Storage Management API", function () {
  this.timeout(30_000);
  const env = useEmulator({ requestDelayMs: 30 });
  const messages: string[] = [];
  const provider = () => new AccessKeyProvider(env.options({ log: (m) => void messages.push(m) }));
  beforeEach(() => messages.splice(0));
  afterEach(async () => {
    // Each test starts with no key: what a test leaves behind is deleted here, through the API.
    const p = provider();
    for (const key of env.emulator.accessKeys()) if (key.goneAt === undefined) await p.delete(key.id, {});
  });
  const since = (from: number) =>
    env.emulator.log.slice(from).map((e) => `${e.method} ${e.path.replace(/[0-9a-f-]{36}/, "{id}")}`);
  const create = async (inputs: Partial<AccessKeyInputs> = {}) => {
    const { id, outs } = await provider().create({ description: "ci", identity: URN, ...inputs });
    return { id, outs: outs as AccessKeyOutputs };
  };

  it("creates with one PUT to an id it chose, and knows the secret from that answer", async () => {
    const from = env.emulator.log.length;
    const { id, outs } = await create({ rotation: { month: "2026-11" } });
    expect(id).to.match(UUID);
    const [key] = env.emulator.accessKeys();
    expect(key.id).to.equal(id);
    expect(outs.secretKey === key.secretKey, "the secret from the create's answer").to.equal(true);
    expect(outs).to.deep.include({
      keyId: id,
      accessKey: key.accessKey,
      description: "ci",
      status: "AVAILABLE",
      rotation: { month: "2026-11" },
      identity: URN,
    });
    expect(outs.accessKey).to.have.length(92);
    expect(outs.contractUserId).to.match(new RegExp(`^${env.emulator.options.contractNumber}:`));
    expect(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal(["PUT /accesskeys/{id}"]);
    expect(journalEntries(env.env.IONOS_CREATE_JOURNAL!), "kept until a state holds the key").to.include(ENTRY);
    await provider().diff(id, outs, { description: "ci", identity: URN });
    expect(journalEntries(env.env.IONOS_CREATE_JOURNAL!), "a diff writes nothing").to.include(ENTRY);
    await provider().read(id, outs);
    expect(journalEntries(env.env.IONOS_CREATE_JOURNAL!), "a refresh sees the state hold it: ended").not.to.include(
      ENTRY,
    );
  });

  it("a lost create answer: the resent PUT finds the same key, and its secret is renewed: one key, secret known", async () => {
    env.emulator.injectFault({ method: "PUT", kind: "drop-after-write" });
    const from = env.emulator.log.length;
    const { id, outs } = await create();
    const keys = env.emulator.accessKeys();
    expect(keys.map((k) => k.id)).to.deep.equal([id]);
    expect(outs.secretKey === keys[0].secretKey, "the renewed secret is held").to.equal(true);
    expect(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal([
      "PUT /accesskeys/{id}",
      "PUT /accesskeys/{id}",
      "PUT /accesskeys/{id}/renew",
    ]);
    expect(messages.join("\n")).to.contain("its secret was not received: renewing the secret");
  });

  it("two resources created at once never share a key", async () => {
    const [a, b] = await Promise.all([
      create({ identity: `${URN}-a` }),
      create({ identity: `${URN}-b`, description: "other" }),
    ]);
    expect(a.id).to.not.equal(b.id);
    expect(
      env.emulator
        .accessKeys()
        .map((k) => k.id)
        .sort(),
    ).to.deep.equal([a.id, b.id].sort());
  });

  it("a key that ends FAILED is an error with IONOS's message at once, and is deleted again: nothing left", async () => {
    env.emulator.failNextRequest("Provisioning failed: no capacity.", "PUT");
    const error = await rejection(() => create());
    expect(error.message).to.match(
      /IONOS could not provision access key [0-9a-f-]{36}: Provisioning failed: no capacity\./,
    );
    expect(error.message).to.contain("The key was deleted again; fix the cause and run the command again.");
    expect(env.emulator.accessKeys()).to.deep.equal([]);
    expect(journalEntries(env.env.IONOS_CREATE_JOURNAL!)).not.to.include(ENTRY);
  });

  it("a new rotation renews the secret in place: same key id and access key id, a new secret", async () => {
    const { id, outs } = await create({ rotation: { month: "2026-10" } });
    const news: AccessKeyInputs = { description: "ci", rotation: { month: "2026-11" }, identity: URN };
    expect(diffAccessKey(outs, news)).to.deep.equal({ changes: true, replaces: [] });
    const from = env.emulator.log.length;
    const updated = (await provider().update(id, outs, news)).outs as AccessKeyOutputs;
    expect(updated.keyId).to.equal(id);
    expect(updated.accessKey).to.equal(outs.accessKey);
    expect(updated.secretKey === outs.secretKey, "a new secret").to.equal(false);
    expect(updated.secretKey === env.emulator.accessKeys()[0].secretKey, "the new secret is held").to.equal(true);
    expect(updated.rotation).to.deep.equal({ month: "2026-11" });
    expect(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal(["PUT /accesskeys/{id}/renew"]);
  });

  it("a new description is updated in place, the secret kept", async () => {
    const { id, outs } = await create();
    const from = env.emulator.log.length;
    const updated = (await provider().update(id, outs, { description: "deploys", identity: URN }))
      .outs as AccessKeyOutputs;
    expect(updated).to.deep.include({
      keyId: id,
      description: "deploys",
      secretKey: outs.secretKey,
      status: "AVAILABLE",
    });
    expect(env.emulator.accessKeys()[0].description).to.equal("deploys");
    expect(since(from).filter((r) => !r.startsWith("GET"))).to.deep.equal(["PUT /accesskeys/{id}"]);
  });

  it("reads a key, keeping the secret from the state (IONOS shows it only once); 404 means gone", async () => {
    const { id, outs } = await create();
    const read = await provider().read(id, outs);
    expect(read.id).to.equal(id);
    expect((read.props as AccessKeyOutputs).secretKey === outs.secretKey, "the secret kept from the state").to.equal(
      true,
    );
    env.emulator.deleteAccessKeyOutside(id);
    expect(await provider().read(id, outs)).to.deep.equal({});
  });

  it("deletes and waits until the key answers 404; a key already gone counts as deleted", async () => {
    const { id, outs } = await create();
    env.emulator.setRequestDelay(300);
    await provider().delete(id, outs);
    env.emulator.setRequestDelay(30);
    expect(env.emulator.accessKeys(), "gone, not DESTROYING").to.deep.equal([]);
    await provider().delete(id, outs);
  });

  it("rejects bad inputs in check, every one at once, before any request", async () => {
    const from = env.emulator.log.length;
    const result = await provider().check(
      {},
      { description: "x".repeat(1025), rotation: "monthly", colour: "red", __provider: "p" },
    );
    expect(result.failures).to.have.deep.members([
      { property: "description", reason: "longer than 1024 characters: keep it to a short text" },
      { property: "rotation", reason: 'not an object of values: give e.g. { month: "2026-11" }' },
      { property: "colour", reason: "not an input of AccessKey, which takes description and rotation" },
    ]);
    expect(env.emulator.log.length).to.equal(from);
  });

  it("looks keys up, all pages or by access key id, without a secret", async () => {
    const { id, outs } = await create();
    const all = await withLookupHooks(env.options(), () => getAccessKeys({}));
    expect(all.keys.map((k) => k.keyId)).to.deep.equal([id]);
    expect(all.keys[0]).to.not.have.property("secretKey");
    const one = await withLookupHooks(env.options(), () => getAccessKeys({ accessKey: outs.accessKey }));
    expect(one.keys.map((k) => k.keyId)).to.deep.equal([id]);
    expect((await withLookupHooks(env.options(), () => getAccessKey({ keyId: id }))).accessKey).to.equal(
      outs.accessKey,
    );
    const error = await rejection(() =>
      withLookupHooks(env.options(), () => getAccessKey({ keyId: "00000000-0000-4000-8000-000000000000" })),
    );
    expect(error.message).to.equal(
      "getAccessKey: there is no access key 00000000-0000-4000-8000-000000000000; check keyId.",
    );
  });
});
