import { expect } from "chai";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import type { S3KeyInputs, S3KeyOutputs } from "../provider/s3-key/s3-key-types";
import type { AccessKeyInputs, AccessKeyOutputs } from "../provider/access-key/access-key-types";
import { anotherOwner } from "../provider/common/key-claims";
import { PLUGIN_S3KEY_TYPE, S3KEY_TYPE } from "../provider/common/wire";
import { FAST_CLIENT, rejection, USER, useEmulator, writesSince } from "./helpers/emulator";

const urn = (type: string, name: string, stack = "dev") => `urn:pulumi:${stack}::keys::${type}::${name}`;

// One owner per key, whichever way in: each provider object here stands for a plugin process of its
// own (an explicit provider, or a `pulumi import` run), sharing nothing but the machine's journal.
describe("one owner per key across provider processes", () => {
  const env = useEmulator({ requestDelayMs: 5 });
  const s3Keys = () => new S3KeyProvider(env.options({ log: () => undefined, client: FAST_CLIENT }));
  const accessKeys = () => new AccessKeyProvider(env.options({ log: () => undefined, client: FAST_CLIENT }));
  const inputs = (name: string, extra: Partial<S3KeyInputs> = {}) =>
    ({ userId: USER, active: true, identity: urn(PLUGIN_S3KEY_TYPE, name), ...extra }) as S3KeyInputs;

  it("tells another owner of the same stack from the same resource, its dynamic-or-plugin twin, and other stacks", () => {
    expect(anotherOwner(urn(PLUGIN_S3KEY_TYPE, "a"), urn(PLUGIN_S3KEY_TYPE, "b"))).to.equal(true);
    expect(anotherOwner(urn(PLUGIN_S3KEY_TYPE, "a"), urn(PLUGIN_S3KEY_TYPE, "a"))).to.equal(false);
    expect(anotherOwner(urn(S3KEY_TYPE, "a"), urn(PLUGIN_S3KEY_TYPE, "a")), "the documented move").to.equal(false);
    expect(anotherOwner(urn(S3KEY_TYPE, "a"), urn(PLUGIN_S3KEY_TYPE, "b"))).to.equal(true);
    expect(anotherOwner(urn(PLUGIN_S3KEY_TYPE, "a", "prod"), urn(PLUGIN_S3KEY_TYPE, "b"))).to.equal(false);
  });

  it("refuses adoptKeyId of a key another resource holds, through another provider process, writing nothing", async () => {
    const held = (await s3Keys().create(inputs("holder"))).outs as S3KeyOutputs;
    const from = env.emulator.log.length;
    const error = await rejection(() => s3Keys().create(inputs("adopter", { adoptKeyId: held.keyId })));
    expect(error.message).to.contain(
      `key ${held.keyId} is already held by ${urn(PLUGIN_S3KEY_TYPE, "holder")} in this stack`,
    );
    expect(error.message).to.contain("Nothing was adopted");
    expect(writesSince(env.emulator, from)).to.deep.equal([]);
    expect(env.emulator.keys(USER).map((k) => [k.id, k.active])).to.deep.equal([[held.keyId, true]]);
    await s3Keys().delete(held.keyId, held);
  });

  it("refuses `pulumi import` of a key another resource of the stack holds, lets its twin of the other path take it, and never refuses the dynamic class's `.get`", async () => {
    const held = (await s3Keys().create({ ...inputs("holder"), identity: urn(S3KEY_TYPE, "holder") })).outs;
    const keyId = (held as S3KeyOutputs).keyId;
    const importing = await rejection(() =>
      s3Keys().read(`${USER}/${keyId}`, undefined, urn(PLUGIN_S3KEY_TYPE, "other")),
    );
    expect(importing.message).to.contain(`key ${keyId} is already held by ${urn(S3KEY_TYPE, "holder")} in this stack`);
    expect(importing.message).to.contain("Nothing was imported");
    // S3Key.get sends its serialized provider as the state: a read that owns nothing, never refused or recorded.
    const got = await s3Keys().read(`${USER}/${keyId}`, {
      __provider: "serialized",
      identity: urn(S3KEY_TYPE, "getter"),
    } as never);
    expect(got.id).to.equal(keyId);
    const adopted = (await s3Keys()
      .create(inputs("adopter", { adoptKeyId: keyId }))
      .catch((e: Error) => e)) as Error;
    expect(adopted.message, "the .get recorded no owner: the holder is still the first").to.contain(
      `already held by ${urn(S3KEY_TYPE, "holder")}`,
    );
    // The move from the dynamic S3Key to the plugin's: the same name in the same stack is the same owner.
    const moved = await s3Keys().read(`${USER}/${keyId}`, undefined, urn(PLUGIN_S3KEY_TYPE, "holder"));
    expect(moved.id).to.equal(keyId);
    await s3Keys().delete(keyId, held as S3KeyOutputs);
  });

  it("releases the claim with the delete: adopting the deleted key then fails as a missing key, not a held one", async () => {
    const held = (await s3Keys().create(inputs("first"))).outs as S3KeyOutputs;
    await s3Keys().delete(held.keyId, { ...held, identity: urn(PLUGIN_S3KEY_TYPE, "first") });
    const error = await rejection(() => s3Keys().create(inputs("second", { adoptKeyId: held.keyId })));
    expect(error.message, "the key is gone, not held").to.contain(`Cannot adopt key ${held.keyId}`);
  });

  it("says an imported key that does not exist does not exist, for S3 keys and access keys", async () => {
    const s3 = await rejection(() =>
      s3Keys().read(`${USER}/0123456789abcdef0123`, undefined, urn(PLUGIN_S3KEY_TYPE, "missing")),
    );
    expect(s3.message).to.match(
      new RegExp(`^Cannot import key 0123456789abcdef0123: user ${USER} has no such key in contract \\d+ at `),
    );
    const missing = "11111111-2222-4333-8444-555555555555";
    const access = await rejection(() =>
      accessKeys().read(missing, undefined, urn("ionos-s3key:index:AccessKey", "m")),
    );
    expect(access.message).to.match(new RegExp(`^Cannot import access key ${missing}: it does not exist in contract `));
  });

  it("refuses importing an access key another resource of the stack holds", async () => {
    const { id, outs } = await accessKeys().create({
      description: "ci",
      identity: urn("ionos-s3key:index:AccessKey", "holder"),
    } as AccessKeyInputs);
    const error = await rejection(() => accessKeys().read(id, undefined, urn("ionos-s3key:index:AccessKey", "other")));
    expect(error.message).to.contain(`key ${id} is already held by ${urn("ionos-s3key:index:AccessKey", "holder")}`);
    await accessKeys().delete(id, outs as AccessKeyOutputs);
  });

  it("records the first keepers of an imported key with an update that writes nothing; later keepers rotate it", async () => {
    // A key made outside Pulumi, as in the DCD.
    const outside = await fetch(`${env.emulator.url}/cloudapi/v6/um/users/${USER}/s3keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${env.emulator.options.token}` },
    });
    const keyId = ((await outside.json()) as { id: string }).id;
    const provider = s3Keys();
    const imported = await provider.read(`${USER}/${keyId}`, undefined, urn(PLUGIN_S3KEY_TYPE, "imported"));
    const olds = imported.props as S3KeyOutputs;
    const keyed = inputs("imported", { keepers: { rotation: "1" } });
    expect(await provider.diff(keyId, olds, keyed)).to.deep.equal({ changes: true, replaces: [] });
    const from = env.emulator.log.length;
    const updated = (await provider.update(keyId, olds, keyed)).outs as S3KeyOutputs;
    expect(writesSince(env.emulator, from), "recording keepers sends nothing").to.deep.equal([]);
    expect(updated.keepers).to.deep.equal({ rotation: "1" });
    expect(await provider.diff(keyId, updated, keyed)).to.deep.include({ changes: false });
    expect(
      (await provider.diff(keyId, updated, inputs("imported", { keepers: { rotation: "2" } }))).replaces,
    ).to.deep.equal(["keepers"]);
    await provider.delete(keyId, updated);
  });

  it("warns at preview that an imported access key's update renews its secret, on its own row", async () => {
    const { id, outs } = await accessKeys().create({
      description: "ci",
      identity: urn("ionos-s3key:index:AccessKey", "w"),
    } as AccessKeyInputs);
    const warnings: string[] = [];
    const provider = new AccessKeyProvider(
      env.options({ log: () => undefined, warn: (m) => void warnings.push(m), client: FAST_CLIENT }),
    );
    const importedState = { ...(outs as AccessKeyOutputs), secretKey: "" };
    expect((await provider.diff(id, importedState, { description: "ci" } as AccessKeyInputs)).changes).to.equal(true);
    expect(warnings).to.deep.equal([
      `access key ${id}: the state holds no secret for it (it was imported, and IONOS shows a secret only when it makes or renews one), so this update renews its secret: the one in use now stops working.`,
    ]);
    await accessKeys().delete(id, outs as AccessKeyOutputs);
  });

  it("refuses `pulumi import` of a key a resource of another stack made, as IONOS's request log shows; its own key imports", async () => {
    const prod = urn(PLUGIN_S3KEY_TYPE, "shared", "prod");
    const made = (await s3Keys().create({ ...inputs("shared"), identity: prod })).outs as S3KeyOutputs;
    const from = env.emulator.log.length;
    const error = await rejection(() =>
      s3Keys().read(`${USER}/${made.keyId}`, undefined, urn(PLUGIN_S3KEY_TYPE, "taker")),
    );
    expect(error.message).to.match(
      new RegExp(`^key ${made.keyId} was made by another Pulumi resource \\(IONOS's request log`),
    );
    expect(error.message).to.contain("Nothing was imported").and.contain("adoptKeyId");
    expect(writesSince(env.emulator, from)).to.deep.equal([]);
    // The resource that made it (recover's import of its own cut-off create) imports it.
    expect((await s3Keys().read(`${USER}/${made.keyId}`, undefined, prod)).id).to.equal(made.keyId);
    await s3Keys().delete(made.keyId, { ...made, identity: prod });
  });
});
