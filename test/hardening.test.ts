import { expect } from "chai";
import { IonosHttpClient } from "../provider/api/client";
import { S3KeysApi } from "../provider/api/s3-keys-api";
import { startEmulator } from "../emulator";
import { checkInputs } from "../provider/s3-key/s3-key-descriptor";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { readConfig } from "../provider/common/config";
import { rejection, USER, useEmulator } from "./helpers/emulator";
import { reply, startStub } from "./helpers/stub-server";

// What a hostile or broken world sends: ids that would move a URL, bodies without end, secrets in
// truncated answers, credentials in URLs, plain http across a network, and absurd inputs.

describe("ids are checked before they go into a URL", () => {
  const env = useEmulator({ requestDelayMs: 5 });

  for (const [title, id, props] of [
    ["a key id of '..' from the state", "..", { userId: USER }],
    ["a key id with a slash from the state", `${USER}/../../${USER}`, {}],
    ["a user id of '..' in a userId/keyId id", "../abcdef0123456789abcd", {}],
  ] as const) {
    it(`refuses ${title}: no request is sent, and the message names the id and what to check`, async () => {
      const from = env.emulator.log.length;
      const provider = new S3KeyProvider(env.options());
      const error = await rejection(() => provider.delete(id, { ...props } as never));
      expect(error.message).to.match(/is not an IONOS (key|user) id/);
      expect(error.message).to.contain("pulumi stack export");
      expect(env.emulator.log.length - from, "requests sent").to.equal(0);
    });
  }

  it("rejects an answer whose key id would move a URL, naming the field", async () => {
    const stub = await startStub((_req, res) => reply(res, 200, { items: [{ id: "../../../um/users" }] }));
    try {
      const settings = readConfig({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url } }).api;
      const error = await rejection(() => new S3KeysApi(new IonosHttpClient({ settings })).list(USER));
      expect(error.message).to.contain("items.0.id: not an IONOS key id");
    } finally {
      await stub.close();
    }
  });
});

describe("answers that are too large or cut off", () => {
  it("stops reading a body that never ends at the size cap, and says which setting raises it", async () => {
    let written = 0;
    const stub = await startStub((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"items":[');
      const chunk = `${JSON.stringify({ id: "abcdef0123456789abcd" })},`.repeat(1000);
      const pump = () => {
        while (written < 512 * 1024 * 1024 && res.write(chunk)) written += chunk.length;
        if (written < 512 * 1024 * 1024) res.once("drain", pump);
      };
      res.on("close", () => (written = Infinity));
      pump();
    });
    try {
      const settings = readConfig({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url } }).api;
      const client = new IonosHttpClient({ settings, maxResponseBytes: 64 * 1024 });
      const error = await rejection(() => new S3KeysApi(client).list(USER));
      expect(error.message).to.contain("larger than 65536 bytes");
      expect(error.message).to.contain("IONOS_MAX_RESPONSE_BYTES");
      for (let i = 0; i < 100 && written !== Infinity; i++) await new Promise((r) => setTimeout(r, 20));
      expect(written, "the server stopped: the client closed the connection").to.equal(Infinity);
    } finally {
      await stub.close();
    }
  });

  it("redacts a secret key in a body cut off inside the value", async () => {
    const secret = "Sup3rS3cretValueThatWasCutOff";
    const stub = await startStub((_req, res) => reply(res, 500, `{"properties":{"secretKey":"${secret}`));
    try {
      const settings = readConfig({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url } }).api;
      const client = new IonosHttpClient({ settings, sleep: async () => undefined });
      const error = await rejection(() => new S3KeysApi(client).list(USER));
      expect(error.message).to.contain("HTTP 500");
      expect(error.message).to.not.contain(secret.slice(0, 8));
      expect(error.message).to.contain('"secretKey":"[secret]"');
    } finally {
      await stub.close();
    }
  });
});

describe("the endpoint setting", () => {
  it("never echoes a password in a URL, whether or not the URL parses", () => {
    for (const url of [
      "https://bob:hunter22@api.ionos.com",
      "htps://bob:hunter22@api.ionos.com/x",
      "ftp://bob:hunter22@h",
    ]) {
      let message = "";
      try {
        readConfig({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: url } });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, url).to.contain("IONOS_API_URL");
      expect(message, url).to.not.contain("hunter22");
      expect(message, url).to.contain("***@");
    }
  });

  it("refuses plain http to another host, naming the setting that allows it", () => {
    const error = (() => {
      try {
        readConfig({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: "http://emulator.internal:8080" } });
      } catch (e) {
        return e as Error;
      }
      throw new Error("expected an error");
    })();
    expect(error.message).to.contain("plain http to a host that is not this machine");
    expect(error.message).to.contain("IONOS_ALLOW_INSECURE_HTTP=true");
    expect(
      readConfig({
        env: {
          IONOS_TOKEN: "t0k",
          IONOS_API_URL: "http://emulator.internal:8080",
          IONOS_ALLOW_INSECURE_HTTP: "true",
        },
      }).api.baseUrl,
    ).to.equal("http://emulator.internal:8080/cloudapi/v6");
  });

  it("allows plain http to this machine (127.0.0.0/8, ::1, localhost)", () => {
    for (const url of ["http://127.0.0.1:8080", "http://127.1.2.3", "http://[::1]:9000", "http://localhost:8080"]) {
      expect(readConfig({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: url } }).api.baseUrl, url).to.match(
        /\/cloudapi\/v6$/,
      );
    }
  });
});

describe("absurd inputs are CheckFailures with short reasons", () => {
  it("reports keepers nested 100,000 levels deep without overflowing the stack", () => {
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 100_000; i++) cursor = (cursor.k = {}) as Record<string, unknown>;
    const { failures } = checkInputs({ userId: USER, keepers: deep });
    expect(failures).to.deep.equal([{ property: "keepers", reason: "nested more than 8 levels deep" }]);
  });

  it("reports 10 MB of keepers, and a 10 MB userId, in a reason of a few dozen characters", () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    const { failures } = checkInputs({ userId: huge, keepers: { rotation: huge } });
    expect(failures.map((f) => f.property)).to.deep.equal(["userId", "keepers"]);
    for (const failure of failures) expect(failure.reason.length).to.be.below(200);
    expect(failures[1].reason).to.contain("larger than 16 KiB");
  });

  it("accepts ordinary keepers", () => {
    expect(
      checkInputs({ userId: USER, keepers: { rotation: "2026-11", nested: { a: ["b"] } } }).failures,
    ).to.deep.equal([]);
  });
});

describe("the emulator under junk traffic", () => {
  it("keeps its request log bounded, with paths cut short, and the newest entries kept", async () => {
    const emulator = await startEmulator({ logLimit: 100, rateLimitPerMinute: 0, rateLimitBurst: 0 });
    try {
      for (let i = 0; i < 400; i++) {
        const response = await fetch(`${emulator.url}/cloudapi/v6/${i}/${"x".repeat(8000)}`);
        await response.text();
        expect(response.status).to.equal(401);
      }
      expect(emulator.log.length).to.be.at.most(100).and.at.least(90);
      expect(Math.max(...emulator.log.map((e) => e.path.length))).to.equal(512);
      expect(emulator.log[emulator.log.length - 1].path).to.match(/^\/cloudapi\/v6\/399\//);
    } finally {
      await emulator.close();
    }
  });
});
