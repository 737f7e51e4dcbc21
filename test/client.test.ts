import { expect } from "chai";
import type { IncomingHttpHeaders } from "node:http";
import { IonosHttpClient } from "../provider/api/client";
import { S3KeysApi } from "../provider/api/s3-keys-api";
import { waitForRequest } from "../provider/api/request-waiter";
import { readConfig } from "../provider/common/config";
import { reply, startStub } from "./helpers/stub-server";

const { version } = require("../../package.json");

describe("IonosHttpClient", () => {
  it("sends the package's User-Agent, the Bearer token, X-Contract-Number and pretty=false", async () => {
    const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
    const stub = await startStub((req, res) => {
      seen.push({ url: req.url ?? "", headers: req.headers });
      reply(res, 200, { items: [] });
    });
    try {
      const settings = readConfig({
        env: { IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url, IONOS_CONTRACT_NUMBER: "31415" },
      }).api;
      await new S3KeysApi(new IonosHttpClient({ settings })).list("9b1b4c62-1466-11e7-87d3-d7bb7dac0087");
    } finally {
      await stub.close();
    }
    expect(seen[0].url).to.equal(
      "/cloudapi/v6/um/users/9b1b4c62-1466-11e7-87d3-d7bb7dac0087/s3keys?pretty=false&depth=1",
    );
    expect(seen[0].headers).to.include({
      "user-agent": `pulumi-ionos-s3key/${version}`,
      authorization: "Bearer t0k",
      "x-contract-number": "31415",
    });
  });

  it("polls the request status on its own API base, never on the host a Location header names", async () => {
    const seen: string[] = [];
    const stub = await startStub((req, res) => {
      seen.push(`${req.headers.host} ${req.url}`);
      reply(res, 200, { metadata: { status: "DONE" } });
    });
    try {
      const settings = readConfig({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url } }).api;
      const client = new IonosHttpClient({ settings, sleep: async () => undefined });
      // The id comes from a Location such as https://evil.example/cloudapi/v6/requests/r-1/status.
      await waitForRequest(client, "r-1", "test");
    } finally {
      await stub.close();
    }
    expect(seen).to.deep.equal([`${new URL(stub.url).host} /cloudapi/v6/requests/r-1/status?pretty=false`]);
  });

  describe("a refused connection", () => {
    // Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
    const settings = readConfig({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: "http://127.0.0.1:9" } }).api;
    const refusedRead = async (answeredOrigins?: Set<string>) => {
      const slept: number[] = [];
      const said: string[] = [];
      const client = new IonosHttpClient({
        settings,
        log: (line: string) => void said.push(line),
        random: () => 1, // the longest delay each backoff allows
        sleep: async (ms) => void slept.push(ms),
        ...(answeredOrigins !== undefined ? { answeredOrigins } : {}),
      });
      const error = await new S3KeysApi(client)
        .get("9b1b4c62-1466-11e7-87d3-d7bb7dac0087", "78fa888e106456c1482d")
        .then(
          () => expect.fail("a read from a closed port should fail"),
          (e: Error) => e,
        );
      return { error, slept, said };
    };

    it("from a host that never answered is reported after three tries within 1.5 s, naming IONOS_API_URL", async () => {
      const { error, slept, said } = await refusedRead();
      expect(error.message).to.contain("Nothing listens at http://127.0.0.1:9/cloudapi/v6: check IONOS_API_URL");
      expect(slept).to.deep.equal([500, 1000]);
      // The messages count against the three tries this gets, not the six others get.
      expect(said.map((line) => line.replace(/.*\(attempt/, "(attempt"))).to.deep.equal([
        "(attempt 2 of 3)",
        "(attempt 3 of 3)",
      ]);
    });

    it("from a host that answered before (a restart) is retried on the full schedule", async () => {
      const { error, slept, said } = await refusedRead(new Set(["http://127.0.0.1:9"]));
      expect(error.message).to.contain("Nothing listens at");
      expect(slept).to.deep.equal([500, 1000, 2000, 4000, 8000]);
      expect(said.at(-1)).to.match(/\(attempt 6 of 6\)$/);
    });
  });

  it("keeps IONOS's message whole when a credential is an ordinary short word, and still blanks real tokens", async () => {
    const stub = await startStub((_req, res) =>
      reply(res, 401, {
        httpStatus: 401,
        messages: [{ errorCode: "315", message: "Unauthorized: wrong credentials." }],
      }),
    );
    const read = async (env: NodeJS.ProcessEnv) =>
      new S3KeysApi(new IonosHttpClient({ settings: readConfig({ env: { IONOS_API_URL: stub.url, ...env } }).api }))
        .list("9b1b4c62-1466-11e7-87d3-d7bb7dac0087")
        .then(
          () => expect.fail("a 401 should fail"),
          (e: Error) => e.message,
        );
    try {
      // A password that is a word of the message: blanking it would garble what IONOS said.
      const basic = await read({ IONOS_USERNAME: "u", IONOS_PASSWORD: "wrong" });
      // The hint names the settings the user gave: the username and password, not IONOS_TOKEN.
      expect(basic).to.contain("HTTP 401: Unauthorized: wrong credentials. Check IONOS_USERNAME and IONOS_PASSWORD:");
      // A real token in the message is blanked.
      const token = "tok-3f9a1c0d5e7b2a4c6e8f";
      const echoed = await startStub((_req, res) =>
        reply(res, 401, { httpStatus: 401, messages: [{ errorCode: "315", message: `Token ${token} expired.` }] }),
      );
      try {
        const message = await new S3KeysApi(
          new IonosHttpClient({ settings: readConfig({ env: { IONOS_API_URL: echoed.url, IONOS_TOKEN: token } }).api }),
        )
          .list("9b1b4c62-1466-11e7-87d3-d7bb7dac0087")
          .then(
            () => "",
            (e: Error) => e.message,
          );
        expect(message).to.contain("Token [secret] expired");
        expect(message.includes(token)).to.equal(false);
      } finally {
        await echoed.close();
      }
    } finally {
      await stub.close();
    }
  });
});
