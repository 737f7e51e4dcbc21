import { expect } from "chai";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import type { AccessKeyInputs } from "../provider/access-key/access-key-types";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import type { S3KeyInputs } from "../provider/s3-key/s3-key-types";
import { rejection, USER, useEmulator } from "./helpers/emulator";

/**
 * A server in front of the emulator that answers 404 (with `body`) for the requests `hide` picks and
 * passes every other one on: what a gateway, a proxy or another service at the configured address does.
 */
async function answering404(
  target: () => string,
  hide: (method: string, path: string) => boolean,
  body = "",
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (hide(req.method ?? "", req.url ?? "")) {
      res.writeHead(404, { "content-type": body.startsWith("{") ? "application/json" : "text/html" });
      res.end(body);
      return;
    }
    const upstream = new URL(target());
    const forwarded = httpRequest(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const GATEWAY_404 = JSON.stringify({
  httpStatus: 404,
  messages: [{ errorCode: "309", message: "Resource does not exist" }],
});

describe("a key is gone only when IONOS says so about that key", function () {
  this.timeout(20_000);
  const env = useEmulator({ requestDelayMs: 10 });
  const messages: string[] = [];
  const s3Keys = (url?: string) =>
    new S3KeyProvider(env.options({ log: (m) => void messages.push(m), env: url ? { IONOS_API_URL: url } : {} }));
  const accessKeys = (url?: string) =>
    new AccessKeyProvider(
      env.options({
        log: (m) => void messages.push(m),
        env: url ? { IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: url } : {},
      }),
    );
  const newKey = async () => {
    const { id, outs } = await s3Keys().create({ userId: USER, active: true } as S3KeyInputs);
    return { id, outs: outs! };
  };

  it("keeps an S3 key on refresh and on delete when every path answers 404, naming the URL and the setting", async () => {
    const { id, outs } = await newKey();
    // Every path of the key's user answers 404 (the account, asked first, still answers).
    const gateway = await answering404(
      () => env.emulator.url,
      (_method, path) => !path.startsWith("/cloudapi/v6/contracts"),
      GATEWAY_404,
    );
    try {
      const read = await rejection(() => s3Keys(gateway.url).read(id, outs));
      expect(read.message).to.equal(
        `IONOS API GET ${gateway.url}/cloudapi/v6/um/users/${USER}/s3keys/${id} answered HTTP 404, which does not say that key ${id} of user ${USER} is gone, ` +
          `and the list that would show it (GET ${gateway.url}/cloudapi/v6/um/users/${USER}/s3keys?depth=1) did not answer either (HTTP 404). ` +
          `The state keeps the key and nothing was deleted. Check IONOS_API_URL (now ${gateway.url}/cloudapi/v6): it names the host alone, or the host with the API's base path; ` +
          "if the owner itself was deleted with its keys, remove the resource from the state with `pulumi state delete <urn>`.",
      );
      const deleted = await rejection(() => s3Keys(gateway.url).delete(id, outs));
      expect(deleted.message).to.contain(
        `IONOS API DELETE ${gateway.url}/cloudapi/v6/um/users/${USER}/s3keys/${id} answered HTTP 404`,
      );
      expect(deleted.stack).to.equal(`IonosNotProvenGoneError: ${deleted.message}`);
    } finally {
      await gateway.close();
    }
    expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([id]);
    await s3Keys().delete(id, outs);
    expect(env.emulator.keys(USER)).to.deep.equal([]);
  });

  it("keeps an S3 key when its GET answers a bare 404 but the user's key list still holds it", async () => {
    const { id, outs } = await newKey();
    const gateway = await answering404(
      () => env.emulator.url,
      (method, path) => method === "GET" && path.split("?")[0].endsWith(`/s3keys/${id}`),
    );
    try {
      const error = await rejection(() => s3Keys(gateway.url).read(id, outs));
      expect(error.message).to.contain("answered HTTP 404, which does not say that key").and.contain("yet the list");
      expect(error.message).to.contain("holds it. The state keeps the key and nothing was deleted.");
    } finally {
      await gateway.close();
    }
    await s3Keys().delete(id, outs);
  });

  it("drops an S3 key whose bare 404 the user's key list confirms, and one IONOS answers [VDC-21-2] for", async () => {
    const first = await newKey();
    const second = await newKey();
    env.emulator.deleteKeyOutside(first.id);
    env.emulator.deleteKeyOutside(second.id);
    const gateway = await answering404(
      () => env.emulator.url,
      (method, path) => method === "GET" && path.split("?")[0].endsWith(`/s3keys/${first.id}`),
    );
    try {
      expect(await s3Keys(gateway.url).read(first.id, first.outs)).to.deep.equal({});
    } finally {
      await gateway.close();
    }
    const from = env.emulator.log.length;
    expect(await s3Keys().read(second.id, second.outs)).to.deep.equal({});
    expect(
      env.emulator.log.slice(from).map((e) => `${e.method} ${e.path.replace(/^\/cloudapi\/v6/, "")}`),
      "[VDC-21-2] proves it without a list, once the account is known to be the key's",
    ).to.deep.equal([`GET /um/users/${USER}/s3keys/${second.id}`, "GET /contracts"]);
  });

  it("keeps an access key on refresh and delete when its API answers 404 for everything, and drops one the list lacks", async () => {
    const { id, outs } = await accessKeys().create({ description: "ci" } as AccessKeyInputs);
    const gateway = await answering404(
      () => env.emulator.objectStorageUrl,
      () => true,
      "<html>Not Found</html>",
    );
    try {
      const read = await rejection(() => accessKeys(gateway.url).read(id, outs!));
      expect(read.message).to.contain(
        `IONOS API GET ${gateway.url}/accesskeys/${id} answered HTTP 404, which does not say that access key ${id} is gone`,
      );
      expect(read.message).to.contain("Check IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT");
      const deleted = await rejection(() => accessKeys(gateway.url).delete(id, outs!));
      expect(deleted.message).to.contain(`IONOS API DELETE ${gateway.url}/accesskeys/${id} answered HTTP 404`);
    } finally {
      await gateway.close();
    }
    expect(
      env.emulator
        .accessKeys()
        .filter((k) => k.goneAt === undefined)
        .map((k) => k.id),
    ).to.deep.equal([id]);
    env.emulator.deleteAccessKeyOutside(id);
    expect(await accessKeys().read(id, outs!)).to.deep.equal({});
  });
});
