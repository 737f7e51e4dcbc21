import { expect } from "chai";
import { startEmulator, type Emulator } from "../emulator";
import { proxyFor } from "../provider/api/proxy-from-environment";
import { readConfig } from "../provider/common/config";
import type { S3KeyOutputs } from "../provider/s3-key/s3-key-types";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { FAST_CLIENT, rejection, USER } from "./helpers/emulator";
import { startForwardProxy } from "../tools/forward-proxy";

// Corporate proxies, as Go's ProxyFromEnvironment applies them (Terraform, ionosctl, the Pulumi CLI).
describe("which proxy a request goes through", () => {
  const table: Array<[string, string, Record<string, string>, string | undefined]> = [
    [
      "https through HTTPS_PROXY",
      "https://api.ionos.com/x",
      { HTTPS_PROXY: "http://p:3128" },
      "http://p:3128/ HTTPS_PROXY",
    ],
    ["the lower-case name", "https://api.ionos.com", { https_proxy: "p:3128" }, "http://p:3128/ https_proxy"],
    [
      "upper case first",
      "https://api.ionos.com",
      { HTTPS_PROXY: "http://up:1", https_proxy: "http://low:1" },
      "http://up:1/ HTTPS_PROXY",
    ],
    [
      "http through HTTP_PROXY only",
      "http://emulator.internal:8080",
      { HTTPS_PROXY: "http://s:1", HTTP_PROXY: "http://h:1" },
      "http://h:1/ HTTP_PROXY",
    ],
    ["https not through HTTP_PROXY", "https://api.ionos.com", { HTTP_PROXY: "http://h:1" }, undefined],
    ["never localhost", "http://localhost:8080", { HTTP_PROXY: "http://h:1" }, undefined],
    ["never 127.0.0.0/8", "http://127.0.0.2:8080", { HTTP_PROXY: "http://h:1" }, undefined],
    ["never ::1", "http://[::1]:8080", { HTTP_PROXY: "http://h:1" }, undefined],
    [
      "but *.localhost, which DNS resolves",
      "http://api.localhost:8080",
      { HTTP_PROXY: "http://h:1" },
      "http://h:1/ HTTP_PROXY",
    ],
    ["NO_PROXY *", "https://api.ionos.com", { HTTPS_PROXY: "http://p:1", NO_PROXY: "*" }, undefined],
    ["NO_PROXY a domain: itself", "https://ionos.com", { HTTPS_PROXY: "http://p:1", NO_PROXY: "ionos.com" }, undefined],
    [
      "NO_PROXY a domain: its subdomains",
      "https://api.ionos.com",
      { HTTPS_PROXY: "http://p:1", no_proxy: "ionos.com" },
      undefined,
    ],
    [
      "NO_PROXY .domain: not itself",
      "https://ionos.com",
      { HTTPS_PROXY: "http://p:1", NO_PROXY: ".ionos.com" },
      "http://p:1/ HTTPS_PROXY",
    ],
    [
      "NO_PROXY a domain: not a name ending alike",
      "https://notionos.com",
      { HTTPS_PROXY: "http://p:1", NO_PROXY: "ionos.com" },
      "http://p:1/ HTTPS_PROXY",
    ],
    [
      "NO_PROXY with the port",
      "https://api.ionos.com",
      { HTTPS_PROXY: "http://p:1", NO_PROXY: "api.ionos.com:443" },
      undefined,
    ],
    [
      "NO_PROXY with another port",
      "https://api.ionos.com",
      { HTTPS_PROXY: "http://p:1", NO_PROXY: "api.ionos.com:8443" },
      "http://p:1/ HTTPS_PROXY",
    ],
    ["NO_PROXY a CIDR range", "https://10.1.2.3", { HTTPS_PROXY: "http://p:1", NO_PROXY: "10.0.0.0/8" }, undefined],
    ["NO_PROXY an address", "https://10.1.2.3", { HTTPS_PROXY: "http://p:1", NO_PROXY: "10.1.2.3" }, undefined],
    [
      "NO_PROXY a list",
      "https://api.ionos.com",
      { HTTPS_PROXY: "http://p:1", NO_PROXY: "example.com, .ionos.com" },
      undefined,
    ],
  ];
  for (const [name, target, env, expected] of table) {
    it(`${name}: ${expected ?? "direct"}`, () => {
      const choice = proxyFor(new URL(target), env);
      expect(choice === undefined ? undefined : `${choice.url.href} ${choice.setting}`).to.equal(expected);
    });
  }

  it("check reports a proxy setting that is not a URL, naming it", () => {
    expect(() => readConfig({ env: { IONOS_TOKEN: "t0k", HTTPS_PROXY: "http://[bad" } })).to.throw(
      'HTTPS_PROXY "http://[bad" is not a proxy URL',
    );
  });
});

describe("requests through a real forward proxy on loopback", function () {
  this.timeout(20_000);
  let emulator: Emulator;
  before(async () => {
    emulator = await startEmulator({ requestDelayMs: 10 });
  });
  after(() => emulator.close());
  const port = () => new URL(emulator.url).port;

  /** The emulator under a name only the proxy resolves: not loopback, so it is proxied. */
  function settings(proxy: string): NodeJS.ProcessEnv {
    return {
      IONOS_API_URL: `http://ionos-emulator.test:${port()}`,
      IONOS_ALLOW_INSECURE_HTTP: "true",
      IONOS_TOKEN: emulator.options.token,
      IONOS_CREATE_JOURNAL: "off",
      HTTP_PROXY: proxy,
    };
  }

  it("HTTP_PROXY: every request of a create and a delete goes through the proxy", async () => {
    const proxy = await startForwardProxy({ "ionos-emulator.test": "127.0.0.1" });
    try {
      const provider = new S3KeyProvider({ env: settings(proxy.url), log: () => undefined, client: FAST_CLIENT });
      const { id, outs } = await provider.create({ userId: USER, active: true });
      expect(emulator.keys(USER).map((k) => k.id)).to.deep.equal([id]);
      await provider.delete(id, outs as S3KeyOutputs);
      expect(proxy.seen.slice(0, 2)).to.deep.equal([
        `GET http://ionos-emulator.test:${port()}/cloudapi/v6/contracts?pretty=false`,
        `POST http://ionos-emulator.test:${port()}/cloudapi/v6/um/users/${USER}/s3keys?pretty=false`,
      ]);
      expect(proxy.seen.filter((line) => line.startsWith("DELETE"))).to.have.length(1);
      expect(proxy.seen.every((line) => line.includes("ionos-emulator.test"))).to.equal(true);
    } finally {
      await proxy.close();
    }
  });

  it("loopback is never proxied: the proxy sees nothing", async () => {
    const proxy = await startForwardProxy();
    try {
      const env = { ...settings(proxy.url), IONOS_API_URL: emulator.url };
      const provider = new S3KeyProvider({ env, log: () => undefined, client: FAST_CLIENT });
      const { id, outs } = await provider.create({ userId: USER, active: true });
      await provider.delete(id, outs as S3KeyOutputs);
      expect(proxy.seen).to.deep.equal([]);
    } finally {
      await proxy.close();
    }
  });

  it("a proxy that refuses: the message names the proxy and the setting, and nothing was created", async () => {
    const proxy = await startForwardProxy();
    const gone = proxy.url;
    await proxy.close();
    const provider = new S3KeyProvider({ env: settings(gone), log: () => undefined, client: FAST_CLIENT });
    const error = await rejection(() => provider.create({ userId: USER, active: true }));
    expect(error.message).to.contain(`No answer through the proxy ${gone}/ (HTTP_PROXY)`).and.contain("NO_PROXY");
    expect(emulator.keys(USER)).to.deep.equal([]);
  });
});
