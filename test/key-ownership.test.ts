import { expect } from "chai";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import type { S3KeyInputs, S3KeyOutputs } from "../provider/s3-key/s3-key-types";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rejection, requestsSince, USER, useEmulator, writesSince } from "./helpers/emulator";

/** Every file under `dir`, by path relative to it, with its content, sorted. */
function filesUnder(dir: string, prefix = ""): [string, string][] {
  const found: [string, string][] = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const path = join(prefix, name);
    if (statSync(join(dir, path)).isDirectory()) found.push(...filesUnder(dir, path));
    else found.push([path, readFileSync(join(dir, path), "utf8")]);
  }
  return found;
}

const urn = (name: string) => `urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:S3Key::${name}`;

describe("every key has exactly one owner", function () {
  this.timeout(20_000);
  const env = useEmulator({ requestDelayMs: 10 });
  const provider = () => new S3KeyProvider(env.options({ log: () => undefined }));
  afterEach(() => {
    for (const key of env.emulator.keys(USER)) env.emulator.deleteKeyOutside(key.id);
  });

  /** A key made outside Pulumi, as someone in the DCD would, to adopt. */
  const keyMadeOutside = async (): Promise<string> => {
    const { id } = await provider().create({ userId: USER, active: true } as S3KeyInputs);
    return id;
  };

  /** check then create, as the engine runs them for a new resource or a replacement. */
  const checkAndCreate = async (p: S3KeyProvider, olds: Record<string, unknown>, news: Record<string, unknown>) => {
    const checked = await p.check(olds, news);
    expect(checked.failures ?? []).to.deep.equal([]);
    const created = await p.create(checked.inputs!);
    return { inputs: checked.inputs, id: created.id, outs: created.outs as S3KeyOutputs };
  };

  it("rotating an adopted key makes a new key, then the old resource's delete removes the adopted one", async () => {
    const adopted = await keyMadeOutside();
    const first = await checkAndCreate(provider(), {}, { userId: USER, adoptKeyId: adopted, identity: urn("ci") });
    expect(first.id).to.equal(adopted);
    // The next run, as the engine runs a replacement: check with the old inputs, diff, then check again
    // with none ("recompute the default values"), and create with what that second check returned.
    const p = provider();
    const news = { userId: USER, adoptKeyId: adopted, keepers: { rotation: "2026-12" }, identity: urn("ci") };
    const checked = await p.check(first.inputs as unknown as Record<string, unknown>, news);
    expect((await p.diff(first.id, first.outs, checked.inputs!)).replaces).to.deep.equal(["keepers"]);
    const rechecked = await p.check({}, news);
    expect(rechecked.inputs!.adoptedBefore).to.equal(true);
    expect(rechecked.inputs!.createToken, "the token chain survives the second check").to.equal(
      checked.inputs!.createToken,
    );
    const rotated = await p.create(rechecked.inputs!);
    expect(rotated.id).not.to.equal(adopted);
    await p.delete(first.id, first.outs);
    expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([rotated.id]);
  });

  it("`up --replace` of an adopted key (same inputs) also makes a new key instead of adopting its own key again", async () => {
    const adopted = await keyMadeOutside();
    const p = provider();
    const first = await checkAndCreate(p, {}, { userId: USER, adoptKeyId: adopted, identity: urn("ci") });
    const again = await checkAndCreate(p, first.inputs as unknown as Record<string, unknown>, {
      userId: USER,
      adoptKeyId: adopted,
      identity: urn("ci"),
    });
    expect(again.id).not.to.equal(adopted);
    expect(again.outs.adoptKeyId, "adoptKeyId still names the adopted key, so no diff follows").to.equal(adopted);
  });

  it("fails the second of two resources that adopt one key at check, naming the first, and sends no request", async () => {
    const adopted = await keyMadeOutside();
    const p = provider();
    const from = env.emulator.log.length;
    expect((await p.check({}, { userId: USER, adoptKeyId: adopted, identity: urn("a") })).failures ?? []).to.deep.equal(
      [],
    );
    const second = await p.check({}, { userId: USER, adoptKeyId: adopted, identity: urn("b") });
    expect(second.failures).to.deep.equal([
      {
        property: "adoptKeyId",
        reason: `key ${adopted} is already owned by ${urn("a")} in this program: two resources would each delete it when removed, while the other still hands it out. Give each key one resource: remove adoptKeyId here, or use S3Key.get to read the key without owning it.`,
      },
    ]);
    expect(env.emulator.log.length).to.equal(from);
  });

  it("fails a resource that adopts a key another resource of the state holds, at check or at create", async () => {
    const p = provider();
    const holder = await checkAndCreate(p, {}, { userId: USER, identity: urn("holder") });
    // This process knows its account (the create asked): check reads the stack's record of holders.
    const adopter = await p.check({}, { userId: USER, adoptKeyId: holder.id, identity: urn("adopter") });
    expect(adopter.failures?.[0].reason).to.contain(
      `key ${holder.id} is already held by ${urn("holder")} in this stack`,
    );

    // A process that has not asked its account yet: check sends nothing and passes; create refuses.
    const late = provider();
    const from = env.emulator.log.length;
    const checked = await late.check({}, { userId: USER, adoptKeyId: holder.id, identity: urn("adopter") });
    expect(checked.failures ?? []).to.deep.equal([]);
    expect(env.emulator.log.length, "check sends nothing").to.equal(from);
    const error = await rejection(() => late.create(checked.inputs!));
    expect(error.message).to.contain(`key ${holder.id} is already held by ${urn("holder")} in this stack`);
    expect(writesSince(env.emulator, from)).to.deep.equal([]);
    expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([holder.id]);
  });

  it("check and diff write nothing, however often the engine calls them: no journal entry ends, no holder changes", async () => {
    const journal = mkdtempSync(join(tmpdir(), "pure-check-"));
    const p = new S3KeyProvider(env.options({ log: () => undefined, env: { IONOS_CREATE_JOURNAL: journal } }));
    const made = await checkAndCreate(p, {}, { userId: USER, identity: urn("pure") });
    const adopted = await keyMadeOutside();
    const before = filesUnder(journal);
    expect(
      before.some(([name]) => name.startsWith("entries/key-owner-")),
      "create recorded its holder",
    ).to.equal(true);
    const open = before.filter(([name]) => /^entries\/[0-9a-f]{32}\.json$/.test(name));
    expect(open, "the create's journal entry stays until a state is seen holding its key").to.have.length(1);
    const from = env.emulator.log.length;
    for (let i = 0; i < 3; i++) {
      const checked = await p.check(made.inputs as unknown as Record<string, unknown>, {
        userId: USER,
        active: false,
        identity: urn("pure"),
      });
      await p.diff(made.id, made.outs, checked.inputs!);
      await p.check({}, { userId: USER, adoptKeyId: adopted, identity: urn("adopter") });
      await p.check({}, { userId: USER, adoptKeyId: made.id, identity: urn("adopter") });
    }
    expect(filesUnder(journal), "nothing written, nothing removed").to.deep.equal(before);
    expect(requestsSince(env.emulator, from), "nothing sent (the account is known)").to.deep.equal([]);
    // A refresh is an operation: the state holds the key, so the create's entry ends there.
    await p.read(made.id, made.outs);
    expect(filesUnder(journal).filter(([name]) => open.some(([entry]) => entry === name))).to.deep.equal([]);
  });

  describe("a plugin host that died alone on a runner since thrown away (the engine recorded a failed create)", () => {
    /** A provider on a fresh machine: a create journal of its own, empty. */
    const onFreshMachine = () =>
      new S3KeyProvider(
        env.options({
          log: () => undefined,
          env: { IONOS_CREATE_JOURNAL: mkdtempSync(join(tmpdir(), "fresh-runner-")) },
        }),
      );

    it("the next create on a fresh machine finds the key in IONOS's request log and fails naming it: no second key", async () => {
      const first = await onFreshMachine().check({}, { userId: USER, identity: urn("runner") });
      const { id: orphan } = await onFreshMachine().create(first.inputs!); // its host died: the engine never got the key
      const from = env.emulator.log.length;
      const p = onFreshMachine();
      const again = await p.check({}, { userId: USER, identity: urn("runner") });
      const error = await rejection(() => p.create(again.inputs!));
      expect(error.message).to.contain(`An earlier create of ${urn("runner")} made key(s) ${orphan} (request `);
      expect(error.message).to.contain(`set \`adoptKeyId: "${orphan}"\` on this resource`);
      expect(writesSince(env.emulator, from), "no POST").to.deep.equal([]);
      expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([orphan]);

      // As the message says: adopting it gives the resource that key, and still one key.
      const adopting = await p.check({}, { userId: USER, adoptKeyId: orphan, identity: urn("runner") });
      expect((await p.create(adopting.inputs!)).id).to.equal(orphan);
      expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([orphan]);
    });

    it("a retry with the same token (a cut-off replacement, rechained by check) adopts its own earlier POST's key", async () => {
      const p = onFreshMachine();
      const original = await checkAndCreate(p, {}, { userId: USER, identity: urn("rotating") });
      const news = { userId: USER, keepers: { r: "2" }, identity: urn("rotating") };
      const replacement = await p.check(original.inputs as unknown as Record<string, unknown>, news);
      const { id: cutOff } = await onFreshMachine().create(replacement.inputs!); // cut off, runner gone
      const retried = await onFreshMachine().check(original.inputs as unknown as Record<string, unknown>, news);
      expect(retried.inputs!.createToken).to.equal(replacement.inputs!.createToken);
      const from = env.emulator.log.length;
      expect((await onFreshMachine().create(retried.inputs!)).id).to.equal(cutOff);
      expect(writesSince(env.emulator, from)).to.deep.equal([]);
      expect(
        env.emulator
          .keys(USER)
          .map((k) => k.id)
          .sort(),
      ).to.deep.equal([original.id, cutOff].sort());
    });

    it("a rotation is not stopped by the key it replaces (the engine's second check has no old inputs)", async () => {
      const original = await checkAndCreate(onFreshMachine(), {}, { userId: USER, identity: urn("kept") });
      const p = onFreshMachine();
      const news = { userId: USER, keepers: { r: "2" }, identity: urn("kept") };
      const checked = await p.check(original.inputs as unknown as Record<string, unknown>, news);
      await p.diff(original.id, original.outs, checked.inputs!);
      const rotated = await p.create((await p.check({}, news)).inputs!);
      expect(rotated.id).not.to.equal(original.id);
      expect(
        env.emulator
          .keys(USER)
          .map((k) => k.id)
          .sort(),
      ).to.deep.equal([original.id, rotated.id].sort());
    });
  });
});
