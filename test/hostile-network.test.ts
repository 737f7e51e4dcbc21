import { expect } from "chai";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import { RateGate } from "../provider/api/rate-gate";
import { readConfig } from "../provider/common/config";
import type { ProviderOptions } from "../provider/common/options";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { FAST_CLIENT, journalEntries, rejection, USER } from "./helpers/emulator";
import { PROJECT_DIR } from "./helpers/project";
import { reply, startStub } from "./helpers/stub-server";

// The client where networks and servers are hostile: certificates this machine does not trust,
// absurd rate-limit headers, settings out of range, keys JavaScript treats specially.
const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:S3Key::hostile";
const fixture = (name: string) => readFileSync(join(PROJECT_DIR, "test", "fixtures", name));

/** A provider against a stub server, with no journal, and `settings` over the stub's own. */
function stubProvider(url: string, settings: NodeJS.ProcessEnv, options: ProviderOptions = {}): S3KeyProvider {
  return new S3KeyProvider({
    log: () => undefined,
    client: FAST_CLIENT,
    ...options,
    env: { IONOS_API_URL: url, IONOS_TOKEN: "t0k", IONOS_CREATE_JOURNAL: "off", ...settings },
  });
}

describe("TLS a machine does not trust", function () {
  this.timeout(20_000);

  // The first request of every create asks which contract the credentials act for (GET /contracts).
  for (const [first, identity] of [
    ["GET /contracts", URN],
    ["GET /contracts", undefined],
  ] as const) {
    it(`is not retried, names the certificate problem and NODE_EXTRA_CA_CERTS, and sends nothing (first request: ${first}, ${identity ? "journaled" : "no URN"})`, async () => {
      let connections = 0;
      let requests = 0;
      const server = createServer(
        { key: fixture("untrusted-key.pem"), cert: fixture("untrusted-cert.pem") },
        (_req, res) => {
          requests++;
          res.end("{}");
        },
      );
      server.on("connection", () => connections++);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const journal = mkdtempSync(join(tmpdir(), "tls-journal-"));
      try {
        const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const provider = new S3KeyProvider({
          env: { IONOS_API_URL: url, IONOS_TOKEN: "t0k", IONOS_CREATE_JOURNAL: journal },
          log: () => undefined,
          client: FAST_CLIENT,
        });
        const error = await rejection(() =>
          provider.create({ userId: USER, active: true, ...(identity ? { identity } : {}) }),
        );
        expect(error.message).to.contain(first).and.contain("certificate");
        expect(error.message).to.contain("is not trusted, so no request was sent").and.contain("NODE_EXTRA_CA_CERTS");
        expect(error.message).to.not.contain("no clear answer");
        expect(connections, "one connection: not retried").to.equal(1);
        expect(requests).to.equal(0);
        expect(journalEntries(journal), "nothing pending").to.deep.equal([]);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });
  }
});

describe("waits at absurd rate-limit headers", function () {
  this.timeout(20_000);

  it("paces at most a minute a request, and a pass waits no longer than its caller allows", async () => {
    let now = 0;
    const slept: number[] = [];
    const gate = new RateGate(
      () => now,
      async (ms) => {
        slept.push(ms);
        now += ms;
      },
    );
    const headers = new Map([
      ["x-ratelimit-limit", "0.001"],
      ["x-ratelimit-remaining", "0"],
    ]);
    gate.observe(200, { get: (name) => headers.get(name) ?? null });
    await gate.pass();
    await gate.pass();
    await gate.pass(5_000);
    expect(slept).to.deep.equal([60_000, 5_000]);
  });

  /** A read against a stub that always answers 429 with `headers`, on a simulated clock. */
  async function rateLimitedRead(headers: Record<string, string>) {
    const stub = await startStub((_req, res) =>
      reply(res, 429, { httpStatus: 429, messages: [{ errorCode: "429", message: "Too many requests" }] }, headers),
    );
    let now = Date.UTC(2026, 11, 1);
    const started = now;
    const messages: string[] = [];
    try {
      const provider = stubProvider(
        stub.url,
        { IONOS_HTTP_TIMEOUT: "10", IONOS_RATE_LIMIT_WAIT: "45" },
        { log: (m) => void messages.push(m), client: { now: () => now, sleep: async (ms) => void (now += ms) } },
      );
      const error = await rejection(() => provider.read(`${USER}/0123456789abcdef0123`));
      return { error, waitedMs: now - started, messages, requests: stub.requests.length };
    } finally {
      await stub.close();
    }
  }

  it("X-RateLimit-Limit 0.001 and no Retry-After: gives up within IONOS_RATE_LIMIT_WAIT, never 16.7 hours", async () => {
    const { error, waitedMs, messages } = await rateLimitedRead({
      "X-RateLimit-Limit": "0.001",
      "X-RateLimit-Remaining": "0",
    });
    expect(error.message).to.contain("HTTP 429");
    expect(waitedMs, "simulated time spent waiting").to.be.at.most(45_000);
    expect(messages[0]).to.contain("(0 s of the 45 s IONOS_RATE_LIMIT_WAIT budget spent)");
  });

  it("Retry-After 4 again and again: a progress line every 10 s of the budget, then a clear error", async () => {
    const { error, messages, requests } = await rateLimitedRead({ "Retry-After": "4" });
    expect(error.message)
      .to.contain("HTTP 429")
      .and.contain("rate limits were exceeded after every retry")
      .and.contain("IONOS_RATE_LIMIT_WAIT");
    const progress = messages.filter((m) => m.includes("IONOS_RATE_LIMIT_WAIT budget spent"));
    expect(progress.length, progress.join("\n")).to.be.within(4, 6);
    expect(requests).to.be.within(11, 13);
  });
});

describe("settings out of range", () => {
  const base = { IONOS_TOKEN: "t0k" };
  const table: Array<[Record<string, string>, string]> = [
    [
      { IONOS_HTTP_TIMEOUT: "99999999" },
      'IONOS_HTTP_TIMEOUT "99999999" is out of range: give more than 0 and at most 2147483 seconds',
    ],
    [{ IONOS_HTTP_TIMEOUT: "0" }, 'IONOS_HTTP_TIMEOUT "0" is out of range: give more than 0'],
    [{ IONOS_WAIT_TIMEOUT: "1e12" }, 'IONOS_WAIT_TIMEOUT "1e12" is out of range'],
    [{ IONOS_RATE_LIMIT_WAIT: "1e9" }, 'IONOS_RATE_LIMIT_WAIT "1e9" is out of range: give 0 or more'],
    [
      { IONOS_MAX_RESPONSE_BYTES: "1000000000000" },
      'IONOS_MAX_RESPONSE_BYTES "1000000000000" is out of range: give at most 268435456 bytes',
    ],
    [
      { IONOS_API_URL: "http://api.localhost:8080" },
      'IONOS_API_URL "http://api.localhost:8080/cloudapi/v6" is plain http to a host that is not this machine',
    ],
  ];
  for (const [env, message] of table) {
    it(`reports ${Object.entries(env)[0].join("=")}, naming the setting`, () => {
      expect(() => readConfig({ env: { ...base, ...env } })).to.throw(message);
    });
  }

  it("accepts 0 where 0 means do not wait, and literal loopback over http", () => {
    const config = readConfig({ env: { ...base, IONOS_PRIVILEGE_WAIT: "0", IONOS_API_URL: "http://127.0.0.2:8080" } });
    expect(config.create.privilegeWaitMs).to.equal(0);
    expect(config.rateLimitWaitMs).to.equal(300_000);
    expect(readConfig({ env: { ...base, IONOS_API_URL: "http://localhost:1" } }).api.baseUrl).to.equal(
      "http://localhost:1/cloudapi/v6",
    );
  });

  it("check reports an out-of-range setting before any request, as a failure (one clean line, no stack)", async () => {
    const result = await new S3KeyProvider({ env: { ...base, IONOS_HTTP_TIMEOUT: "0" } }).check({}, { userId: USER });
    expect(result.failures).to.have.length(1);
    expect(result.failures![0].reason).to.contain('IONOS_HTTP_TIMEOUT "0" is out of range');
  });
});

describe("keys JavaScript treats specially", () => {
  const env = { IONOS_TOKEN: "t0k" };
  for (const key of ["__proto__", "constructor", "prototype"]) {
    it(`a keeper named ${key} is a CheckFailure, not dropped`, async () => {
      const keepers = JSON.parse(`{"${key}": "2026-11", "month": "1"}`) as Record<string, unknown>;
      const result = await new S3KeyProvider({ env }).check({}, { userId: USER, keepers });
      expect(result.failures).to.have.length(1);
      expect(result.failures![0].property).to.equal("keepers");
      expect(result.failures![0].reason).to.contain(`has the key "${key}"`);
    });
  }

  it("a rotation value with __proto__ inside is a CheckFailure beside the other problems", async () => {
    const rotation = JSON.parse('{"month": {"__proto__": "x"}}') as Record<string, unknown>;
    const result = await new AccessKeyProvider({ env }).check({}, { description: 5, rotation });
    expect(result.failures!.map((f) => f.property)).to.deep.equal(["rotation", "description"]);
  });
});

describe("secrets blanked by value", function () {
  this.timeout(20_000);
  const SECRET = "Zq8SECRETvalue0123456789abcdefSECRET42";
  const KEY = "0123456789abcdef0123";

  it("a new key's secret in a 202 that is not JSON never appears in the error", async () => {
    const stub = await startStub((_req, res) => reply(res, 202, `accepted id=${KEY} secretKey=${SECRET} active=true`));
    try {
      const provider = stubProvider(stub.url, { IONOS_REQUEST_LOG_SETTLE: "0" });
      const error = await rejection(() => provider.create({ userId: USER, active: true }));
      expect(error.message).to.contain("not JSON");
      expect(error.message.includes(SECRET), "the secret is in the message").to.equal(false);
    } finally {
      await stub.close();
    }
  });

  it("once an answer carried a secret, a later message or log line that echoes it, in any field, is blanked", async () => {
    let gets = 0;
    const stub = await startStub((req, res) => {
      if (req.method === "POST")
        return reply(
          res,
          202,
          { id: KEY, properties: { active: true, secretKey: SECRET } },
          {
            Location: "/cloudapi/v6/requests/r-1/status",
          },
        );
      if ((req.url ?? "").includes("/requests/r-1/status")) return reply(res, 200, { metadata: { status: "DONE" } });
      gets++;
      return reply(res, 503, {
        httpStatus: 503,
        messages: [{ errorCode: "x", message: `backend echoed ${SECRET} in error` }],
      });
    });
    const lines: string[] = [];
    try {
      const provider = stubProvider(stub.url, {}, { log: (m) => void lines.push(m) });
      const { id, outs } = await provider.create({ userId: USER, active: true });
      expect(id).to.equal(KEY);
      expect((outs as { secretKey: string }).secretKey === SECRET, "the state holds the secret").to.equal(true);
      const error = await rejection(() => provider.read(id, outs as never));
      expect(gets).to.be.greaterThan(0);
      expect(error.message).to.contain("backend echoed [secret] in error");
      expect(
        [error.message, ...lines].some((text) => text.includes(SECRET)),
        "the secret in a message",
      ).to.equal(false);
    } finally {
      await stub.close();
    }
  });
});
