import { expect } from "chai";
import type { EmulatorOptionsInput } from "../emulator";
import type { S3KeyOutputs } from "../provider/s3-key/s3-key-outputs";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import {
  FAST_CLIENT,
  OTHER_USER,
  rejection,
  testOptions,
  requestsSince,
  USER,
  until,
  useEmulator,
  writesSince,
} from "./helpers/emulator";
import { reply, startStub } from "./helpers/stub-server";

// The create reconciliation, attacked: two stacks at once, lost answers, lagging lists, a request log
// that records no custom header, a plugin host killed mid-create, and odd successes.
const URN_A = "urn:pulumi:a::proj::pulumi-nodejs:dynamic/ionos:S3Key::ci-key";
const URN_B = "urn:pulumi:b::proj::pulumi-nodejs:dynamic/ionos:S3Key::ci-key";

function suite(name: string, options: EmulatorOptionsInput, body: (env: ReturnType<typeof useEmulator>) => void) {
  describe(name, function () {
    this.timeout(30_000);
    const env = useEmulator({ requestDelayMs: 20, ...options });
    before(() => (settings = env.env));
    afterEach(() => {
      for (const key of env.emulator.keys(USER)) env.emulator.deleteKeyOutside(key.id);
    });
    body(env);
  });
}

const messages: string[] = [];
/** The settings of the suite that runs: its emulator's, or a stub's. */
let settings: NodeJS.ProcessEnv = {};
const provider = () => new S3KeyProvider(testOptions(settings, { log: (m) => messages.push(m), client: FAST_CLIENT }));
/**
 * A create as the engine runs it: check (with the state's inputs `olds`, for a replacement), create,
 * then the engine recording its key (the next run's diff sees the state hold it).
 */
const create = async (identity: string, userId = USER, olds: Record<string, unknown> = {}) => {
  const p = provider();
  const { inputs } = await p.check(olds, { userId, active: true, identity });
  const { id, outs } = await p.create(inputs!);
  await p.diff(id, outs as S3KeyOutputs, inputs!);
  return { id, outs: outs as S3KeyOutputs, inputs: inputs! };
};

suite("create reconciliation: the request log records the token", {}, (env) => {
  beforeEach(() => messages.splice(0));

  it("never adopts another stack's key: A's POST is dropped unapplied while B's succeeds", async () => {
    env.emulator.injectFault({ method: "POST", kind: "drop" });
    const a = create(URN_A); // its POST comes first and meets the fault
    await until(() => env.emulator.log.some((l) => l.method === "POST" && l.outcome === "dropped"));
    const b = await create(URN_B);
    const { id: aId, outs: aOuts } = await a;
    expect(aId).to.not.equal(b.id);
    const keys = env.emulator.keys(USER);
    expect(keys.map((k) => k.id).sort()).to.deep.equal([aId, b.id].sort());
    expect(aOuts.secretKey).to.equal(keys.find((k) => k.id === aId)!.secretKey);
    expect(messages.join("\n")).to.contain("shows it was not applied: sending it again");
  });

  it("never adopts the key it replaces: a replacement whose POST is lost unapplied makes a new key", async () => {
    const first = await create(URN_A);
    env.emulator.injectFault({ method: "POST", kind: "drop" });
    const second = await create(URN_A, USER, first.inputs);
    expect(second.id).to.not.equal(first.id);
    expect(
      env.emulator
        .keys(USER)
        .map((k) => k.id)
        .sort(),
    ).to.deep.equal([first.id, second.id].sort());
  });

  it("costs one look at the request log for an earlier create of the resource, its POST and status polls when nothing goes wrong", async () => {
    const before = env.emulator.log.length;
    await create(`${URN_A}-never-created-before`);
    const requests = requestsSince(env.emulator, before);
    // The account first (once per process; this suite's provider asked it already or asks it now).
    const own = requests.filter((r) => r !== "GET /contracts");
    expect(requests.length - own.length).to.be.at.most(1);
    expect(own.slice(0, 2)).to.deep.equal(["GET /requests", `POST /um/users/${USER}/s3keys`]);
    expect(own.slice(2)).to.satisfy((r: string[]) => r.length > 0 && r.every((x) => x === "GET status"));
  });
});

suite(
  "create reconciliation: lists and the request log lag behind writes",
  { visibilityDelayMs: 400, requestListLagMs: 300 },
  (env) => {
    beforeEach(() => messages.splice(0));

    it("adopts its own key, not a duplicate, when the answer is lost and neither the list nor the log shows it yet", async () => {
      env.emulator.injectFault({ method: "POST", kind: "drop-after-write" });
      const before = env.emulator.log.length;
      const { id, outs } = await create(URN_A);
      const keys = env.emulator.keys(USER);
      expect(keys.map((k) => k.id)).to.deep.equal([id]);
      expect(outs.secretKey).to.equal(keys[0].secretKey);
      expect(writesSince(env.emulator, before)).to.deep.equal([`POST /um/users/${USER}/s3keys`]);
      expect(messages.join("\n")).to.contain(`shows its POST made key ${id}: adopting it`);
    });
  },
);

suite("create reconciliation: the request log records no custom header", { recordCustomHeaders: false }, (env) => {
  beforeEach(() => messages.splice(0));

  it("names the key and sends no second POST when a lost POST was applied: nothing is guessed", async () => {
    env.emulator.injectFault({ method: "POST", kind: "drop-after-write" });
    const before = env.emulator.log.length;
    const error = await rejection(() => create(URN_A));
    const [made] = env.emulator.keys(USER);
    expect(error.message).to.contain("request log cannot tell whether it made a key");
    expect(error.message).to.contain(`which made ${made.id}`);
    expect(error.message).to.contain("set `adoptKeyId` to it");
    expect(error.message).to.not.contain(made.secretKey);
    expect(writesSince(env.emulator, before)).to.deep.equal([`POST /um/users/${USER}/s3keys`]);
    expect(env.emulator.keys(USER)).to.have.length(1);
  });

  it("still sends the POST again when the log shows no POST at all for the user", async () => {
    env.emulator.injectFault({ method: "POST", kind: "drop" });
    const { id } = await create(URN_A, OTHER_USER);
    expect(env.emulator.keys(OTHER_USER).map((k) => k.id)).to.deep.equal([id]);
    env.emulator.deleteKeyOutside(id);
  });
});

describe("create reconciliation: odd successes keep the key", function () {
  this.timeout(20_000);
  const KEY = "0123456789abcdef0123";
  const SECRET = "SECRETsecretSECRETsecretSECRETsecret1234";

  for (const [name, postReply] of [
    ["a 202 without the secret", { body: { id: KEY, properties: { active: true } }, location: true }],
    [
      "a 202 without a Location",
      { body: { id: KEY, properties: { active: true, secretKey: SECRET } }, location: false },
    ],
  ] as const) {
    it(`${name}: the key IONOS made is returned with its secret, read back by GET`, async () => {
      let gets = 0;
      const stub = await startStub((req, res) => {
        if (req.method === "POST")
          return reply(
            res,
            202,
            postReply.body,
            postReply.location ? { Location: "/cloudapi/v6/requests/r-1/status" } : {},
          );
        if (/\/requests\/r-1\/status/.test(req.url ?? "")) return reply(res, 200, { metadata: { status: "DONE" } });
        // The key turns readable on the second GET, as reads lag behind writes.
        if (req.method === "GET" && (req.url ?? "").includes(`/s3keys/${KEY}`))
          return ++gets < 2
            ? reply(res, 404, { httpStatus: 404, messages: [{ errorCode: "[VDC-21-2]", message: "not found" }] })
            : reply(res, 200, { id: KEY, properties: { active: true, secretKey: SECRET } });
        reply(res, 500, {});
      });
      try {
        settings = { IONOS_API_URL: stub.url, IONOS_TOKEN: "tok-odd", IONOS_CREATE_JOURNAL: "off" };
        const { id, outs } = await provider().create({ userId: USER, active: true });
        expect(id).to.equal(KEY);
        expect((outs as S3KeyOutputs).secretKey).to.equal(SECRET);
        expect(stub.requests.filter((r) => r.startsWith("POST"))).to.have.length(1);
      } finally {
        await stub.close();
      }
    });
  }
});
