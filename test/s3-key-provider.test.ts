import { expect } from "chai";
import { IonosApiError, IonosRequestError } from "../provider/api/errors";
import { UNKNOWN } from "../provider/common/wire";
import type { S3KeyInputs, S3KeyOutputs } from "../provider/s3-key/s3-key-types";
import { ResourceInitError } from "../provider/common/resource-init-error";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { OTHER_USER, rejection, requestsSince, USER, useEmulator, writesSince } from "./helpers/emulator";

/** create(), with its outputs, which the provider always returns. */
async function create(
  provider: S3KeyProvider,
  inputs: Record<string, unknown>,
): Promise<{ id: string; outs: S3KeyOutputs }> {
  const { id, outs } = await provider.create(inputs as S3KeyInputs);
  if (outs === undefined) throw new Error("create returned no outputs");
  return { id, outs };
}

describe("S3KeyProvider against the emulator", () => {
  const env = useEmulator({ requestDelayMs: 20 });
  const provider = () => new S3KeyProvider(env.options());

  afterEach(async () => {
    // Each test starts with no keys.
    for (const user of [USER, OTHER_USER])
      for (const key of env.emulator.keys(user)) env.emulator.deleteKeyOutside(key.id);
  });

  describe("check", () => {
    it("applies the default active: true and sends no request", async () => {
      const before = env.emulator.log.length;
      const result = await provider().check({}, { userId: USER, __provider: "p" });
      const { createToken, ...inputs } = result.inputs as { createToken?: string };
      expect({ inputs }).to.deep.equal({ inputs: { userId: USER, active: true } });
      expect(createToken).to.match(/^[0-9a-f]{32}$/);
      expect(env.emulator.log.length).to.equal(before);
    });

    it("reports every bad input at once, naming the property and the fix, before any request", async () => {
      const before = env.emulator.log.length;
      const result = await provider().check({}, { userId: "not-a-uuid", active: "yes", color: "red", __provider: "p" });
      expect(result.failures).to.have.deep.members([
        {
          property: "userId",
          reason: `"not-a-uuid" is not a UUID: use the IONOS user's id, e.g. 9b1b4c62-1466-11e7-87d3-d7bb7dac0087`,
        },
        { property: "active", reason: "not true or false: give a boolean, not a string" },
        { property: "color", reason: "not an input of S3Key, which takes userId, active, keepers and adoptKeyId" },
      ]);
      expect(env.emulator.log.length).to.equal(before);
    });

    it("says userId is required when it is missing", async () => {
      const result = await provider().check({}, { __provider: "p" });
      expect(result.failures).to.deep.equal([
        { property: "userId", reason: "required: set it to the IONOS user's UUID (e.g. user.id)" },
      ]);
    });

    it("accepts a userId that is unknown during preview", async () => {
      const result = await provider().check({}, { userId: UNKNOWN, __provider: "p" });
      expect(result.failures).to.equal(undefined);
    });
  });

  describe("diff", () => {
    const olds: S3KeyOutputs = { keyId: "0123456789abcdef0123", userId: USER, active: true, secretKey: "s" };
    const table: Array<[string, Record<string, unknown>, { changes: boolean; replaces: string[] }]> = [
      ["reports no change when nothing changed", { userId: USER, active: true }, { changes: false, replaces: [] }],
      ["updates in place when active changes", { userId: USER, active: false }, { changes: true, replaces: [] }],
      ["replaces when userId changes", { userId: OTHER_USER, active: true }, { changes: true, replaces: ["userId"] }],
      [
        "replaces when userId is unknown in preview",
        { userId: UNKNOWN, active: true },
        { changes: true, replaces: ["userId"] },
      ],
      [
        "reports a change when active is unknown in preview",
        { userId: USER, active: UNKNOWN },
        { changes: true, replaces: [] },
      ],
    ];
    for (const [name, news, expected] of table) {
      it(`${name}, without a request`, async () => {
        const before = env.emulator.log.length;
        expect(await provider().diff(olds.keyId, olds, news as S3KeyInputs)).to.deep.equal(expected);
        expect(env.emulator.log.length).to.equal(before);
      });
    }
  });

  describe("create", () => {
    it("POSTs, waits for the request, and sends no PUT for an active key", async () => {
      const before = env.emulator.log.length;
      const { id, outs } = await create(provider(), { userId: USER, active: true });
      expect(id).to.match(/^[0-9a-f]{20}$/);
      expect(outs).to.include({ keyId: id, userId: USER, active: true });
      expect(outs.secretKey).to.have.length(40);
      expect(outs.createdDate).to.be.a("string");
      expect(outs.account).to.equal(
        `contract ${env.emulator.options.contractNumber} at ${env.emulator.url}/cloudapi/v6`,
      );
      const requests = requestsSince(env.emulator, before);
      // At the floor: the account (once per process), the POST, then polls of its status, nothing else.
      expect(requests.slice(0, 2)).to.deep.equal(["GET /contracts", `POST /um/users/${USER}/s3keys`]);
      expect(requests.length).to.be.greaterThan(2);
      expect(requests.slice(2).every((r) => r === "GET status")).to.equal(true);
      expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([id]);
    });

    it("disables an inactive key with exactly one PUT", async () => {
      const before = env.emulator.log.length;
      const { id, outs } = await create(provider(), { userId: USER, active: false });
      expect(writesSince(env.emulator, before)).to.deep.equal([
        `POST /um/users/${USER}/s3keys`,
        `PUT /um/users/${USER}/s3keys/${id}`,
      ]);
      expect(outs.active).to.equal(false);
      expect(env.emulator.keys(USER)[0].active).to.equal(false);
    });

    it("fails with the API's message when the request ends FAILED, and leaves no key", async () => {
      env.emulator.failNextRequest("Quota check failed in the backend");
      const before = env.emulator.log.length;
      const error = await rejection(() => provider().create({ userId: USER, active: true }));
      expect(error).to.be.instanceOf(IonosRequestError);
      expect(error.message).to.contain("FAILED: Quota check failed in the backend").and.contain("Nothing was changed");
      expect((error as IonosRequestError).status).to.equal("FAILED");
      expect(env.emulator.keys(USER)).to.have.length(0);
      // It made sure: the last request looked the key up and found it gone.
      expect(requestsSince(env.emulator, before).pop()).to.match(/^GET \/um\/users\/.+\/s3keys\/[0-9a-f]{20}$/);
    });

    it("keeps the key's id when the PUT for active: false fails, so the key is not lost", async () => {
      env.emulator.failNextRequest("Backend busy", "PUT");
      const error = (await rejection(() => provider().create({ userId: USER, active: false }))) as ResourceInitError;
      expect(error).to.be.instanceOf(ResourceInitError);
      const [key] = env.emulator.keys(USER);
      expect(error.id).to.equal(key.id);
      expect(error.properties).to.include({ keyId: key.id, userId: USER, active: true });
      expect(error.message).to.contain("Backend busy").and.contain("run `pulumi up` again");
      expect(error.message).to.not.contain(key.secretKey);
    });

    it("refuses a sixth key with the five-key limit and what to do", async () => {
      for (let i = 0; i < 5; i++) await create(provider(), { userId: USER, active: true });
      const error = await rejection(() => provider().create({ userId: USER, active: true }));
      expect(error).to.be.instanceOf(IonosApiError);
      expect((error as IonosApiError).status).to.equal(422);
      expect(error.message).to.contain("maximum of 5 access keys").and.contain("deleteBeforeReplace");
      expect(env.emulator.keys(USER)).to.have.length(5);
    });

    it("waits for a new object-storage privilege to propagate, saying what it waits for", async () => {
      const messages: string[] = [];
      env.emulator.withholdPrivilege(OTHER_USER, 300);
      const { outs } = await create(new S3KeyProvider(env.options({ log: (m) => messages.push(m) })), {
        userId: OTHER_USER,
        active: true,
      });
      expect(env.emulator.keys(OTHER_USER).map((k) => k.id)).to.deep.equal([outs.keyId]);
      expect(messages[0]).to.contain(
        `user ${OTHER_USER} cannot have keys yet: waiting for the ACCESS_S3_OBJECT_STORAGE privilege to propagate`,
      );
    });

    it("gives up on the privilege after IONOS_PRIVILEGE_WAIT and explains it", async () => {
      env.emulator.withholdPrivilege(OTHER_USER, 60_000);
      try {
        const options = env.options({ log: () => undefined, env: { IONOS_PRIVILEGE_WAIT: "0.3" } });
        const error = await rejection(() => new S3KeyProvider(options).create({ userId: OTHER_USER, active: true }));
        expect(error.message)
          .to.contain("HTTP 422")
          .and.contain("ACCESS_S3_OBJECT_STORAGE")
          .and.contain("Add the user to a group");
        expect(error.message).to.match(/Waited 0 s for the privilege to propagate \(IONOS_PRIVILEGE_WAIT=0.3\)/);
      } finally {
        env.emulator.withholdPrivilege(OTHER_USER, 0);
      }
      expect(env.emulator.keys(OTHER_USER)).to.have.length(0);
    });
  });

  describe("read", () => {
    it("returns every output, the secret key included, with one GET", async () => {
      const { id, outs } = await create(provider(), { userId: USER, active: true });
      const before = env.emulator.log.length;
      const result = await provider().read(id, outs);
      const { userId, active, createToken } = outs as S3KeyOutputs;
      expect(result).to.deep.equal({ id, props: outs, inputs: { userId, active, createToken } });
      expect(requestsSince(env.emulator, before)).to.deep.equal([`GET /um/users/${USER}/s3keys/${id}`]);
    });

    it("leaves the key as IONOS has it in the inputs too, so the next preview names what changed outside", async () => {
      const { id, outs } = await create(provider(), { userId: USER, active: true, keepers: { r: 1 } });
      env.emulator.keys(USER).find((k) => k.id === id)!.active = false; // switched off in the DCD
      const result = await provider().read(id, outs);
      expect(result.props).to.include({ active: false });
      expect(result.inputs).to.deep.include({ userId: USER, active: false, keepers: { r: 1 } });
      expect(result.inputs).to.not.have.any.keys("secretKey", "keyId", "createdDate");
    });

    it("reads by userId/keyId, the form IONOS's Terraform and Pulumi providers use", async () => {
      const { id } = await create(provider(), { userId: USER, active: true });
      const result = await provider().read(`${USER}/${id}`, {});
      expect(result.id).to.equal(id);
      expect(result.props).to.include({ userId: USER, keyId: id });
    });

    it("treats 422 [VDC-21-2] as gone: no id, so refresh drops it", async () => {
      const { id } = await create(provider(), { userId: USER, active: true });
      env.emulator.deleteKeyOutside(id);
      expect(await provider().read(id, { userId: USER })).to.deep.equal({});
    });

    it("asks for the user id when a bare key id comes without state", async () => {
      const error = await rejection(() => provider().read("0123456789abcdef0123", {}));
      expect(error.message).to.contain(`S3Key.get(name, "<userId>/0123456789abcdef0123")`);
    });
  });

  describe("update", () => {
    it("PUTs active, waits, and returns every output", async () => {
      const { id, outs } = await create(provider(), { userId: USER, active: true });
      const before = env.emulator.log.length;
      const result = await provider().update(id, outs, { userId: USER, active: false });
      expect(writesSince(env.emulator, before)).to.deep.equal([`PUT /um/users/${USER}/s3keys/${id}`]);
      expect(result.outs).to.include({ keyId: id, userId: USER, active: false, secretKey: outs.secretKey });
    });
  });

  describe("delete", () => {
    it("DELETEs and waits until the key is gone", async () => {
      const { id, outs } = await create(provider(), { userId: USER, active: true });
      const before = env.emulator.log.length;
      await provider().delete(id, outs);
      // A fresh provider asks its account first: the key's recorded one must be it.
      expect(requestsSince(env.emulator, before).slice(0, 2)).to.deep.equal([
        "GET /contracts",
        `DELETE /um/users/${USER}/s3keys/${id}`,
      ]);
      expect(requestsSince(env.emulator, before).slice(2)).to.include("GET status");
      expect(env.emulator.keys(USER)).to.have.length(0);
    });

    it("counts a key already gone as deleted", async () => {
      const { id, outs } = await create(provider(), { userId: USER, active: true });
      env.emulator.deleteKeyOutside(id);
      await provider().delete(id, outs);
    });
  });
});

describe("S3KeyProvider when IONOS reports an unknown key as 404", () => {
  const env = useEmulator({ keyNotFoundStatus: 404, requestDelayMs: 10 });

  it("treats 404 as gone on read and as deleted on delete", async () => {
    const provider = new S3KeyProvider(env.options());
    const { id, outs } = await create(provider, { userId: USER, active: true });
    env.emulator.deleteKeyOutside(id);
    expect(await provider.read(id, { userId: USER })).to.deep.equal({});
    await provider.delete(id, outs);
  });
});

describe("S3KeyProvider's errors", () => {
  const env = useEmulator({ users: [USER], requestDelayMs: 10 });

  it("names the credentials on 401, without showing them", async () => {
    const provider = new S3KeyProvider(env.options({ env: { IONOS_TOKEN: "wrong-token-value" } }));
    const error = await rejection(() => provider.create({ userId: USER, active: true }));
    expect(error).to.be.instanceOf(IonosApiError);
    expect(error.message).to.contain("HTTP 401").and.contain("Check IONOS_TOKEN");
    expect(error.message).to.not.contain("wrong-token-value");
    expect(env.emulator.keys(USER)).to.have.length(0);
  });

  it("says what privilege is missing on 403", async () => {
    const provider = new S3KeyProvider(env.options({ env: { IONOS_TOKEN: env.emulator.options.restrictedToken } }));
    const error = await rejection(() => provider.create({ userId: USER, active: true }));
    expect(error.message).to.contain("HTTP 403").and.contain("not authorized").and.contain("lack the privilege");
  });

  it("says to check userId when the user does not exist", async () => {
    const error = await rejection(() => new S3KeyProvider(env.options()).create({ userId: OTHER_USER, active: true }));
    expect(error.message).to.contain("HTTP 404").and.contain(OTHER_USER).and.contain("check `userId`");
  });

  it("fails before any request when credentials are missing", async () => {
    const before = env.emulator.log.length;
    const provider = new S3KeyProvider(env.options({ env: { IONOS_TOKEN: undefined } }));
    const error = await rejection(() => provider.create({ userId: USER, active: true }));
    expect(error.message).to.contain("set IONOS_TOKEN");
    expect(env.emulator.log.length).to.equal(before);
  });

  it("authenticates with IONOS_USERNAME and IONOS_PASSWORD", async () => {
    const basic = {
      IONOS_TOKEN: undefined,
      IONOS_USERNAME: env.emulator.options.username,
      IONOS_PASSWORD: env.emulator.options.password,
    };
    const { id, outs } = await create(new S3KeyProvider(env.options({ env: basic })), { userId: USER, active: true });
    await new S3KeyProvider(env.options({ env: basic })).delete(id, outs);
  });

  it("takes credentials from stack config given to configure()", async () => {
    const provider = new S3KeyProvider(env.options({ env: { IONOS_TOKEN: undefined } }));
    const values: Record<string, string> = { "ionoscloud:token": env.emulator.options.token };
    await provider.configure({
      config: { get: (key: string) => values[key], require: (key: string) => values[key] },
    });
    const { id, outs } = await create(provider, { userId: USER, active: true });
    await provider.delete(id, outs);
  });
});
