import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import type { AccessKeyInputs } from "../provider/access-key/access-key-types";
import { nextCreateToken } from "../provider/common/create-journal";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import type { S3KeyInputs, S3KeyOutputs } from "../provider/s3-key/s3-key-types";
import { FAST_CLIENT, USER, useEmulator } from "./helpers/emulator";

// What a cut-off create needs to find its key is chosen in check, so the engine's pending create
// holds it in the stack's state before the write (a runner that vanishes keeps nothing else).
describe("the create's identity, chosen in check", function () {
  this.timeout(20_000);
  const env = useEmulator({ requestDelayMs: 10 });
  const s3 = () => new S3KeyProvider(env.options({ log: () => undefined, client: FAST_CLIENT }));
  const access = () => new AccessKeyProvider(env.options({ log: () => undefined }));

  it("S3Key: a new resource gets a fresh token; two resources never the same", async () => {
    const a = (await s3().check({}, { userId: USER })).inputs as S3KeyInputs;
    const b = (await s3().check({}, { userId: USER })).inputs as S3KeyInputs;
    expect(a.createToken).to.match(/^[0-9a-f]{32}$/);
    expect(a.createToken).to.not.equal(b.createToken);
  });

  it("S3Key: one in the state gets the next link of its chain: a preview and its up agree, a replacement differs from its key's", async () => {
    const olds = { userId: USER, active: true, createToken: "0123456789abcdef0123456789abcdef" };
    const preview = (await s3().check(olds, { userId: USER })).inputs as S3KeyInputs;
    const up = (await s3().check(olds, { userId: USER })).inputs as S3KeyInputs;
    expect(preview.createToken).to.equal(up.createToken);
    expect(preview.createToken).to.equal(nextCreateToken(olds.createToken));
    expect(preview.createToken).to.not.equal(olds.createToken);
  });

  it("S3Key: the create marks its POST with the token check chose, and the state keeps it", async () => {
    const inputs = (await s3().check({}, { userId: USER, identity: "urn:pulumi:d::p::t::k" })).inputs as S3KeyInputs;
    const from = env.emulator.log.length;
    const { id, outs } = await s3().create(inputs);
    const post = env.emulator.log.slice(from).find((e) => e.method === "POST")!;
    const recorded = env.emulator.request(post.requestId!)!;
    expect(JSON.stringify(recorded)).to.contain(inputs.createToken);
    expect((outs as S3KeyOutputs).createToken).to.equal(inputs.createToken);
    await s3().delete(id, outs as S3KeyOutputs);
  });

  it("AccessKey: a new resource gets a fresh id, the create ensures exactly that id, and a replacement chains a new one from the state's", async () => {
    const inputs = (await access().check({}, { description: "ci" })).inputs as AccessKeyInputs;
    expect(inputs.createId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const other = (await access().check({}, { description: "ci" })).inputs as AccessKeyInputs;
    expect(other.createId).to.not.equal(inputs.createId);
    const { id, outs } = await access().create(inputs);
    expect(id).to.equal(inputs.createId);
    const again = (await access().check(inputs, { description: "ci" })).inputs as AccessKeyInputs;
    expect(again.createId, "never the id of the key it would replace (up --replace)").to.not.equal(inputs.createId);
    expect(again.createId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const preview = (await access().check(inputs, { description: "ci" })).inputs as AccessKeyInputs;
    expect(preview.createId, "a preview and the up after it choose the same one").to.equal(again.createId);
    const replacement = await access().create(again);
    expect(replacement.id).to.equal(again.createId);
    await access().delete(id, outs ?? {});
    await access().delete(replacement.id, replacement.outs ?? {});
  });
});

describe("a resource's messages are on its own row", function () {
  this.timeout(20_000);
  const env = useEmulator();

  it("progress and retry messages go to Pulumi's log attached to the resource's URN, not to the stack", async () => {
    const urn = "urn:pulumi:dev::app::pulumi-nodejs:dynamic:Resource::ci-key";
    const seen: Array<{ message: string; urn: string }> = [];
    const original = pulumi.log.info;
    (pulumi.log as { info: typeof pulumi.log.info }).info = (message, resource) => {
      const got = resource as unknown as { urn: { promise(): Promise<string> } } | undefined;
      void (got ? got.urn.promise() : Promise.resolve("")).then((at) => seen.push({ message, urn: at }));
      return Promise.resolve();
    };
    try {
      env.emulator.withholdPrivilege(USER, 500);
      const { log: _log, ...options } = env.options();
      const provider = new S3KeyProvider(options);
      await provider.create({ userId: USER, active: true, identity: urn });
      await new Promise((r) => setImmediate(r));
    } finally {
      (pulumi.log as { info: typeof pulumi.log.info }).info = original;
    }
    const waiting = seen.filter((s) => s.message.includes("ACCESS_S3_OBJECT_STORAGE"));
    expect(waiting.length, JSON.stringify(seen)).to.be.greaterThan(0);
    for (const line of waiting) expect(line.urn).to.equal(urn);
  });
});
