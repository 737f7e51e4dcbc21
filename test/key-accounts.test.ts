import { expect } from "chai";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import type { S3KeyInputs, S3KeyOutputs } from "../provider/s3-key/s3-key-types";
import type { AccessKeyInputs, AccessKeyOutputs } from "../provider/access-key/access-key-types";
import { accountMismatch } from "../provider/common/account";
import { IonosS3KeyPlugin } from "../provider/plugin/plugin-provider";
import { pluginConfigSource } from "../provider/common/config-sources";
import { FAST_CLIENT, rejection, requestsSince, USER, useEmulator, writesSince } from "./helpers/emulator";

const A = 31000001;
const B = 31000002;
const TOKEN_B = "token-of-contract-b";
const TOKEN_A2 = "second-token-of-contract-a";

// A key's account is part of its identity. Every account reaches the same endpoint; only the token
// differs. A provider whose token now acts for another contract must never plan "no change", drop
// the key on refresh, or report it deleted: each of those leaves a live key no state holds.
describe("a key's account", () => {
  const env = useEmulator({
    contractNumber: A,
    requestDelayMs: 5,
    accounts: [
      { token: TOKEN_B, contractNumber: B },
      { token: TOKEN_A2, contractNumber: A },
    ],
  });
  const s3Keys = (token = env.emulator.options.token) =>
    new S3KeyProvider(env.options({ env: { IONOS_TOKEN: token }, log: () => undefined, client: FAST_CLIENT }));
  const accessKeys = (token = env.emulator.options.token) =>
    new AccessKeyProvider(env.options({ env: { IONOS_TOKEN: token }, log: () => undefined, client: FAST_CLIENT }));
  const inputs = (extra: Partial<S3KeyInputs> = {}) => ({ userId: USER, active: true, ...extra }) as S3KeyInputs;
  const accountOf = (contract: number, path = "/cloudapi/v6") => `contract ${contract} at ${env.emulator.url}${path}`;

  it("is recorded for every key made or adopted: the contract the token acts for and the endpoint", async () => {
    const made = (await s3Keys().create(inputs())).outs as S3KeyOutputs;
    expect(made.account).to.equal(accountOf(A));
    const adopted = (await s3Keys().create(inputs({ adoptKeyId: made.keyId }))).outs as S3KeyOutputs;
    expect(adopted.account).to.equal(accountOf(A));
    const access = (await accessKeys().create({ description: "ci" } as AccessKeyInputs)).outs as AccessKeyOutputs;
    expect(access.account).to.equal(accountOf(A, ""));
    await s3Keys().delete(made.keyId, made);
    await accessKeys().delete(access.keyId, access);
  });

  it("fails the preview's diff, a refresh and a delete through another contract's token, naming both, and the key lives on", async () => {
    const { id, outs } = await s3Keys().create(inputs());
    const state = outs as S3KeyOutputs;
    const before = env.emulator.log.length;
    const other = s3Keys(TOKEN_B);
    const expected = `key ${id} lives in ${accountOf(A)}, but this program's IONOS settings (ionoscloud:* config or IONOS_* environment) now reaches ${accountOf(B)}.`;
    for (const attempt of [
      () => other.diff(id, state, inputs()),
      () => other.read(id, state),
      () => other.delete(id, state),
      () => other.update(id, state, inputs({ active: false })),
    ]) {
      const error = await rejection(attempt);
      expect(error.name).to.equal("IonosAccountMismatchError");
      expect(error.message).to.contain(expected).and.contain("Pulumi cannot move a key between accounts");
      expect(error.stack).to.not.match(/\n\s+at /);
    }
    expect(writesSince(env.emulator, before), "nothing written").to.deep.equal([]);
    expect(env.emulator.contractKeys(A).map((k) => k.id)).to.include(id);
    expect(env.emulator.contractKeys(B)).to.deep.equal([]);
    await s3Keys().delete(id, state);
  });

  it("fails for an access key too: another contract's list never proves it gone", async () => {
    const { id, outs } = await accessKeys().create({ description: "ci" } as AccessKeyInputs);
    const state = outs as AccessKeyOutputs;
    const other = accessKeys(TOKEN_B);
    for (const attempt of [
      () => other.diff(id, state, { description: "ci" } as AccessKeyInputs),
      () => other.read(id, state),
      () => other.delete(id, state),
    ]) {
      const error = await rejection(attempt);
      expect(error.message)
        .to.contain(`access key ${id} lives in ${accountOf(A, "")}`)
        .and.contain(accountOf(B, ""));
    }
    expect(env.emulator.accessKeys(A).map((k) => [k.id, k.goneAt])).to.deep.equal([[id, undefined]]);
    await accessKeys().delete(id, state);
    expect(env.emulator.accessKeys(A).every((k) => k.goneAt !== undefined)).to.equal(true);
  });

  it("changes nothing for a new token of the same contract: diff, refresh and delete work as before", async () => {
    const { id, outs } = await s3Keys().create(inputs());
    const state = outs as S3KeyOutputs;
    const renewed = s3Keys(TOKEN_A2);
    expect(await renewed.diff(id, state, inputs())).to.deep.include({ changes: false });
    expect((await renewed.read(id, state)).id).to.equal(id);
    await renewed.delete(id, state);
    expect(env.emulator.keys(USER).map((k) => k.id)).to.not.include(id);
  });

  it("is recorded by the next read of a state written before accounts (0.2.0), and such a state's diff asks nothing", async () => {
    const { id, outs } = await s3Keys().create(inputs());
    const { account: _none, ...old } = outs as S3KeyOutputs;
    const provider = s3Keys();
    const before = env.emulator.log.length;
    expect(await provider.diff(id, old as S3KeyOutputs, inputs())).to.deep.include({ changes: false });
    expect(requestsSince(env.emulator, before), "the diff of an unrecorded key sends nothing").to.deep.equal([]);
    const read = await provider.read(id, old as S3KeyOutputs);
    expect((read.props as S3KeyOutputs).account).to.equal(accountOf(A));
    expect(read.inputs, "no planned change: the record is no input").to.not.have.property("account");
    await provider.delete(id, read.props as S3KeyOutputs);
  });

  it("names the provider resource and the setting the user wrote, never an environment variable they did not set", async () => {
    const plugin = (token: string) => {
      const served = new IonosS3KeyPlugin("0.0.0", "{}", {
        env: { IONOS_CREATE_JOURNAL: env.env.IONOS_CREATE_JOURNAL },
        log: () => undefined,
        client: FAST_CLIENT,
      });
      served.servesProvider("urn:pulumi:dev::keys::pulumi:providers:ionos-s3key::staging");
      served.configure(pluginConfigSource({ token, endpoint: env.emulator.url }));
      return served;
    };
    const urn = "urn:pulumi:dev::keys::ionos-s3key:index:S3Key::ci";
    const rejected = await rejection(() => plugin("not-a-token").create(urn, { userId: USER, active: true }));
    expect(rejected.message).to.contain("HTTP 401").and.contain('Check ionos-s3key:token of provider "staging":');
    expect(rejected.message).to.not.contain("IONOS_TOKEN");

    const { id, outs } = await plugin(env.emulator.options.token).create(urn, { userId: USER, active: true });
    const moved = await rejection(() => plugin(TOKEN_B).diff(id!, urn, outs!, { userId: USER, active: true }));
    expect(moved.message).to.contain(
      `key ${id} lives in ${accountOf(A)}, but provider "staging" now reaches ${accountOf(B)}`,
    );
    await plugin(env.emulator.options.token).delete(id!, urn, outs!);
    expect(env.emulator.keys(USER).map((k) => k.id)).to.not.include(id);
  });

  it("compares contracts, not endpoints: the same contract through another URL is the same account", () => {
    const recorded = "contract 31000001 at https://api.ionos.com/cloudapi/v6";
    expect(accountMismatch("key k", recorded, "contract 31000001 at https://proxy.example/cloudapi/v6", "p")).to.equal(
      undefined,
    );
    expect(accountMismatch("key k", undefined, "contract 31000002 at https://api.ionos.com/cloudapi/v6", "p")).to.equal(
      undefined,
    );
    expect(
      accountMismatch("key k", recorded, "contract 31000002 at https://api.ionos.com/cloudapi/v6", 'provider "staging"')
        ?.message,
    ).to.match(/^key k lives in contract 31000001 at .*, but provider "staging" now reaches contract 31000002 at /);
  });
});
