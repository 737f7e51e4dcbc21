import { expect } from "chai";
import type { IncomingHttpHeaders } from "node:http";
import { IonosHttpClient } from "../provider/api/client";
import { S3KeysApi } from "../provider/api/s3-keys-api";
import { waitForRequest } from "../provider/api/request-waiter";
import { readSettings } from "../provider/settings";
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
      const settings = readSettings({ IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url, IONOS_CONTRACT_NUMBER: "31415" });
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
      const settings = readSettings({ IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url });
      const client = new IonosHttpClient({ settings, sleep: async () => undefined });
      // The id comes from a Location such as https://evil.example/cloudapi/v6/requests/r-1/status.
      await waitForRequest(client, "r-1", "test");
    } finally {
      await stub.close();
    }
    expect(seen).to.deep.equal([`${new URL(stub.url).host} /cloudapi/v6/requests/r-1/status?pretty=false`]);
  });
});
