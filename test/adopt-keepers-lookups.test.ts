import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import {
  getS3Key,
  getS3KeyOutput,
  getS3Keys,
  getS3KeysOutput,
  getSsoUrl,
  getSsoUrlOutput,
} from "../provider/s3-key/s3-key-lookups";
import { getAccessKeys } from "../provider/access-key/access-key-lookups";
import { withLookupHooks } from "../provider/common/lookup-options";
import type { S3KeyInputs, S3KeyOutputs } from "../provider/s3-key/s3-key-types";
import { diffS3Key } from "../provider/s3-key/s3-key-diff";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { FAST_CLIENT, OTHER_USER, rejection, requestsSince, USER, useEmulator, writesSince } from "./helpers/emulator";
import { startStub } from "./helpers/stub-server";

const valueOf = <T>(output: pulumi.Output<T>) => new Promise<T>((resolve) => output.apply(resolve));

describe("adopting an existing key", () => {
  const env = useEmulator({ requestDelayMs: 10 });
  const provider = () => new S3KeyProvider(env.options({ log: () => undefined }));

  it("looks the key up and applies active instead of creating one; deleting the resource deletes the key", async () => {
    const existing = (await provider().create({ userId: USER, active: true })).outs as S3KeyOutputs;
    const start = env.emulator.log.length;
    const adopted = await provider().create({ userId: USER, active: false, adoptKeyId: existing.keyId });
    expect(adopted.id).to.equal(existing.keyId);
    expect(adopted.outs).to.include({
      keyId: existing.keyId,
      active: false,
      secretKey: existing.secretKey,
      adoptKeyId: existing.keyId,
    });
    expect(writesSince(env.emulator, start)).to.deep.equal([`PUT /um/users/${USER}/s3keys/${existing.keyId}`]);
    expect(env.emulator.keys(USER)).to.have.length(1);
    await provider().delete(adopted.id, adopted.outs as S3KeyOutputs);
    expect(env.emulator.keys(USER)).to.have.length(0);
  });

  it("sends no write when the adopted key already has the wanted active", async () => {
    const existing = (await provider().create({ userId: USER, active: true })).outs as S3KeyOutputs;
    const start = env.emulator.log.length;
    await provider().create({ userId: USER, active: true, adoptKeyId: existing.keyId });
    // The adopting provider asks its account once (it records it), then reads the key; it writes nothing.
    expect(requestsSince(env.emulator, start)).to.deep.equal([
      "GET /contracts",
      `GET /um/users/${USER}/s3keys/${existing.keyId}`,
    ]);
    env.emulator.deleteKeyOutside(existing.keyId);
  });

  it("fails clearly, creating nothing, when the key does not exist for that user", async () => {
    const existing = (await provider().create({ userId: USER, active: true })).outs as S3KeyOutputs;
    const error = await rejection(() =>
      provider().create({ userId: OTHER_USER, active: true, adoptKeyId: existing.keyId }),
    );
    expect(error.message).to.equal(
      `Cannot adopt key ${existing.keyId}: user ${OTHER_USER} has no such key. Check adoptKeyId (the access key id) and userId, or remove adoptKeyId to create a new key.`,
    );
    expect(env.emulator.keys(OTHER_USER)).to.have.length(0);
    env.emulator.deleteKeyOutside(existing.keyId);
  });

  it("rejects an adoptKeyId that is not a key id in check", async () => {
    const result = await provider().check({}, { userId: USER, adoptKeyId: "no such key!" });
    expect(result.failures).to.deep.equal([
      {
        property: "adoptKeyId",
        reason: '"no such key!" is not a key id: use the access key id of an existing key, e.g. 78fa888e106456c1482d',
      },
    ]);
  });
});

describe("keepers", () => {
  const olds: S3KeyOutputs = {
    keyId: "0123456789abcdef0123",
    userId: USER,
    active: true,
    secretKey: "s",
    keepers: { rotation: "2026-10" },
  };
  const table: Array<[string, Record<string, unknown>, { changes: boolean; replaces: string[] }]> = [
    [
      "keeps the key while keepers stay the same",
      { userId: USER, active: true, keepers: { rotation: "2026-10" } },
      { changes: false, replaces: [] },
    ],
    [
      "replaces the key when a keeper changes",
      { userId: USER, active: true, keepers: { rotation: "2026-11" } },
      { changes: true, replaces: ["keepers"] },
    ],
    [
      "replaces the key when keepers are removed",
      { userId: USER, active: true },
      { changes: true, replaces: ["keepers"] },
    ],
    [
      "replaces the key when a keeper is unknown in preview",
      { userId: USER, active: true, keepers: { rotation: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
      { changes: true, replaces: ["keepers"] },
    ],
    [
      "replaces the key when adoptKeyId is set later",
      { userId: USER, active: true, keepers: { rotation: "2026-10" }, adoptKeyId: "ffffffffffffffffffff" },
      { changes: true, replaces: ["adoptKeyId"] },
    ],
  ];
  for (const [name, news, expected] of table) {
    it(name, async () => expect(diffS3Key(olds, news as S3KeyInputs)).to.deep.equal(expected));
  }

  it("rejects keepers that are not an object", async () => {
    const result = await new S3KeyProvider({ env: { IONOS_TOKEN: "t0k" } }).check(
      {},
      { userId: USER, keepers: "monthly" },
    );
    expect(result.failures?.[0]).to.deep.equal({
      property: "keepers",
      reason: 'not an object of values: give e.g. { rotation: "2026-11" }',
    });
  });
});

describe("lookups", () => {
  const env = useEmulator({ requestDelayMs: 10 });

  const hooked = <T>(body: () => T): T => withLookupHooks(env.options(), body);

  it("lists the user's keys: one result shape in both forms, the Output form secret as a whole", async () => {
    const created = (
      await new S3KeyProvider(env.options({ log: () => undefined })).create({ userId: USER, active: false })
    ).outs as S3KeyOutputs;
    const direct = await hooked(() => getS3Keys({ userId: USER }));
    expect(direct.keys.map((k) => [k.keyId, k.active, k.secretKey])).to.deep.equal([
      [created.keyId, false, created.secretKey],
    ]);
    const output = hooked(() => getS3KeysOutput({ userId: pulumi.output(USER) }));
    expect(await pulumi.isSecret(output)).to.equal(true);
    expect(await valueOf(output)).to.deep.equal(direct);
  });

  it("looks up one key, and says clearly when there is none", async () => {
    const [key] = env.emulator.keys(USER);
    const found = await hooked(() => getS3Key({ userId: USER, keyId: key.id }));
    expect(found).to.include({ userId: USER, keyId: key.id, active: false });
    const output = hooked(() => getS3KeyOutput({ userId: USER, keyId: key.id }));
    expect(await pulumi.isSecret(output)).to.equal(true);
    expect(await valueOf(output)).to.deep.equal(found);
    const error = await rejection(() => hooked(() => getS3Key({ userId: USER, keyId: "ffffffffffffffffffff" })));
    expect(error.message).to.equal(`getS3Key: user ${USER} has no key ffffffffffffffffffff; check keyId and userId.`);
  });

  it("returns the SSO URL, a secret in the Output form", async () => {
    const { ssoUrl } = await hooked(() => getSsoUrl({ userId: USER }));
    expect(ssoUrl).to.match(/ssosecurelogin\.htm\?user=/);
    const output = hooked(() => getSsoUrlOutput({ userId: USER }));
    expect(await pulumi.isSecret(output)).to.equal(true);
    expect((await valueOf(output)).ssoUrl).to.equal(ssoUrl);
  });

  it("takes no test hooks from a program: without them, a lookup reads the process's settings", async () => {
    const names = ["IONOS_TOKEN", "IONOS_USERNAME", "IONOS_PASSWORD"] as const;
    const saved = names.map((name) => process.env[name]);
    names.forEach((name) => delete process.env[name]);
    try {
      const from = env.emulator.log.length;
      const error = await rejection(() => getS3Keys({ userId: USER }, { env: env.options().env } as never));
      expect(error.message).to.contain("IONOS_TOKEN");
      expect(env.emulator.log.length, "nothing sent").to.equal(from);
    } finally {
      names.forEach((name, i) => (saved[i] === undefined ? delete process.env[name] : (process.env[name] = saved[i])));
    }
  });
});

describe("lookups honour Pulumi's invoke options", function () {
  this.timeout(20_000);
  const env = useEmulator({ requestDelayMs: 10 });

  it("the Output form waits for dependsOn: its GET comes only once the dependency exists, and its result depends on it", async () => {
    let createdAt = Number.POSITIVE_INFINITY;
    await pulumi.runtime.setMocks({
      newResource: async (args) => {
        await new Promise((r) => setTimeout(r, 300));
        createdAt = Date.now();
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call: (args) => args.inputs,
    });
    class Thing extends pulumi.CustomResource {
      constructor(name: string) {
        super("test:index:Thing", name, {});
      }
    }
    const dependency = new Thing("made-first");
    const from = env.emulator.log.length;
    const result = withLookupHooks(env.options(), () => getS3KeysOutput({ userId: USER }, { dependsOn: [dependency] }));
    const value = await valueOf(result);
    expect(value.userId).to.equal(USER);
    const get = env.emulator.log.slice(from).find((entry) => entry.method === "GET");
    expect(get, "the lookup ran").to.not.equal(undefined);
    expect(get!.startedAt, "after the dependency was created").to.be.at.least(createdAt);
    const resources = await (result as unknown as { allResources(): Promise<Set<pulumi.Resource>> }).allResources();
    expect([...resources]).to.include(dependency);
  });

  it("refuses a version that is not the installed package's, and a provider it has no use for, in both forms", async () => {
    const wrongVersion = await rejection(() => getS3Keys({ userId: USER }, { version: "9.9.9" }));
    expect(wrongVersion.message).to.match(
      /asks for version 9\.9\.9, but this program runs pulumi-ionos-s3key \d+\.\d+\.\d+/,
    );
    const provider = {} as pulumi.ProviderResource;
    const withProvider = await rejection(() => getAccessKeys({}, { provider }));
    expect(withProvider.message).to.contain("takes no `provider`");
    const output = getS3KeyOutput({ userId: USER, keyId: "x" }, { version: "9.9.9" });
    const failed = await rejection(() => (output as unknown as { promise(): Promise<unknown> }).promise());
    expect(failed.message).to.contain("asks for version 9.9.9");
  });
});

describe("lookups use the provider's client", function () {
  // The lookup retries a GET that timed out, as the provider does, on the test's fast schedule.
  this.timeout(20_000);
  it("with IONOS_HTTP_TIMEOUT: a lookup whose answer never comes fails after that long, naming it", async () => {
    const stub = await startStub(() => undefined); // never answers
    try {
      // The configured 200 ms, not the 60 s a client of its own would have used.
      const env = { IONOS_API_URL: stub.url, IONOS_TOKEN: "t0k", IONOS_HTTP_TIMEOUT: "0.2" };
      const hooks = { env, client: FAST_CLIENT, log: () => {} };
      const error = await rejection(() => withLookupHooks(hooks, () => getS3Keys({ userId: USER })));
      expect(error.message).to.contain("got no answer: no answer within 200 ms");
    } finally {
      await stub.close();
    }
  });
});
