import { expect } from "chai";
import type { IncomingMessage, ServerResponse } from "node:http";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { reply, startStub } from "./helpers/stub-server";
import { USER } from "./helpers/emulator";

const TOKEN = "tok-3f9a1c0d5e7b2a4c6e8f";
const SECRET = "SECRETsecretSECRETsecretSECRETsecret1234";
const KEY = "0123456789abcdef0123";
const keyBody = { id: KEY, type: "s3key", properties: { secretKey: SECRET, active: true } };
const ionos = (status: number, code: string, message: string) => ({
  httpStatus: status,
  messages: [{ errorCode: code, message }],
});

type Op = "check" | "create" | "read";
interface Case {
  readonly name: string;
  readonly op: Op;
  readonly inputs?: Record<string, unknown>;
  readonly env?: Record<string, string | undefined>;
  /** How the stub API answers; undefined means the request must never be sent. */
  readonly api?: (req: IncomingMessage, res: ServerResponse) => void;
  /** What the user sees: every pattern must be in the message. */
  readonly says: RegExp[];
}

/** Answers the list before a create with no keys, and everything else with `other`. */
const afterList =
  (other: (req: IncomingMessage, res: ServerResponse) => void) => (req: IncomingMessage, res: ServerResponse) =>
    req.method === "GET" && /\/s3keys(\?|$)/.test(req.url ?? "") ? reply(res, 200, { items: [] }) : other(req, res);

const created = (req: IncomingMessage, res: ServerResponse, status: unknown) =>
  req.method === "POST"
    ? reply(res, 202, keyBody, { Location: "http://elsewhere.example/cloudapi/v6/requests/r-1/status" })
    : reply(res, 200, status);

const cases: Case[] = [
  {
    name: "a user id that is not a UUID",
    op: "check",
    inputs: { userId: "alice" },
    says: [/^userId: "alice" is not a UUID/, /use the IONOS user's id/],
  },
  {
    name: "a user id that is a number",
    op: "check",
    inputs: { userId: 42 },
    says: [/^userId: not a string: give the IONOS user's UUID/],
  },
  { name: "a missing user id", op: "check", inputs: {}, says: [/^userId: required: set it to the IONOS user's UUID/] },
  {
    name: "active as a string",
    op: "check",
    inputs: { userId: USER, active: "false" },
    says: [/^active: not true or false: give a boolean/],
  },
  {
    name: "an unknown property",
    op: "check",
    inputs: { userId: USER, enabled: true },
    says: [/^enabled: not an input of S3Key/, /takes userId, active, keepers and adoptKeyId/],
  },
  {
    name: "no credentials",
    op: "create",
    env: { IONOS_TOKEN: undefined },
    says: [/no IONOS credentials/, /set IONOS_TOKEN/],
  },
  {
    name: "no credentials, at preview (check) before any request",
    op: "check",
    inputs: { userId: USER },
    env: { IONOS_TOKEN: undefined },
    says: [/^IONOS provider configuration is invalid/, /no IONOS credentials/, /set IONOS_TOKEN/],
  },
  {
    name: "a bad endpoint and a bad timeout, at preview (check), both in one message",
    op: "check",
    inputs: { userId: USER },
    env: { IONOS_API_URL: "api.ionos.com", IONOS_HTTP_TIMEOUT: "soon" },
    says: [
      /IONOS_API_URL "api.ionos.com" is not an http\(s\) URL/,
      /IONOS_HTTP_TIMEOUT "soon" is not a number of seconds/,
    ],
  },
  {
    name: "a username without a password",
    op: "create",
    env: { IONOS_TOKEN: undefined, IONOS_USERNAME: "bob" },
    says: [/IONOS_PASSWORD is not set/],
  },
  {
    name: "an API URL that is not a URL",
    op: "create",
    env: { IONOS_API_URL: "api.ionos.com" },
    says: [/IONOS_API_URL "api.ionos.com" is not an http\(s\) URL/, /https:\/\/api\.ionos\.com/],
  },
  {
    name: "a wait timeout that is not a number",
    op: "create",
    env: { IONOS_WAIT_TIMEOUT: "ten" },
    says: [/IONOS_WAIT_TIMEOUT "ten" is not a number of seconds/],
  },
  {
    name: "401",
    op: "read",
    api: (_q, s) => reply(s, 401, ionos(401, "315", "Unauthorized: the credentials are wrong.")),
    says: [/HTTP 401: Unauthorized: the credentials are wrong\. Check IONOS_TOKEN/],
  },
  {
    name: "402",
    op: "create",
    api: afterList((_q, s) => reply(s, 402, ionos(402, "402", "Trial access"))),
    says: [/HTTP 402/, /trial access/],
  },
  {
    name: "403",
    op: "create",
    api: afterList((_q, s) => reply(s, 403, ionos(403, "403", "Forbidden"))),
    says: [/HTTP 403: Forbidden/, /lack the privilege/],
  },
  {
    name: "404 for the user",
    op: "create",
    api: (_q, s) => reply(s, 404, ionos(404, "309", "User not found")),
    says: [/HTTP 404: User not found/, /check `userId`/],
  },
  {
    name: "405",
    op: "read",
    api: (_q, s) => reply(s, 405, ionos(405, "305", "Method not allowed")),
    says: [/HTTP 405/, /IONOS_API_URL/],
  },
  {
    name: "415",
    op: "create",
    api: afterList((_q, s) => reply(s, 415, ionos(415, "306", "Unsupported media type"))),
    says: [/HTTP 415/, /Cloud API v6/],
  },
  {
    name: "422 validation",
    op: "create",
    api: afterList((_q, s) => reply(s, 422, ionos(422, "[VDC-21-3]", "Attribute 'x' is invalid"))),
    says: [/HTTP 422: Attribute 'x' is invalid/, /IONOS rejected the request/],
  },
  {
    name: "422 five-key limit",
    op: "create",
    api: afterList((_q, s) =>
      reply(s, 422, ionos(422, "[VDC-21-5]", "The user has reached the maximum of 5 access keys")),
    ),
    says: [/maximum of 5/, /creates a key before it deletes/, /from six keys to five/, /deleteBeforeReplace/],
  },
  {
    name: "422 missing privilege",
    op: "create",
    env: { IONOS_PRIVILEGE_WAIT: "0" },
    api: afterList((_q, s) =>
      reply(
        s,
        422,
        ionos(422, "[VDC-21-7]", "The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE privilege"),
      ),
    ),
    says: [/ACCESS_S3_OBJECT_STORAGE/, /Add the user to a group/, /IONOS_PRIVILEGE_WAIT=0/],
  },
  {
    name: "422 with an unknown body shape",
    op: "read",
    api: (_q, s) => reply(s, 422, { error: "weird" }),
    says: [/HTTP 422: \{"error":"weird"\}/],
  },
  {
    name: "a 429 storm",
    op: "read",
    api: (_q, s) => reply(s, 429, ionos(429, "429", "Too many requests"), { "Retry-After": "0" }),
    says: [/HTTP 429/, /rate limits were exceeded after every retry/, /--parallel/],
  },
  {
    name: "500 on every GET",
    op: "read",
    api: (_q, s) => reply(s, 500, ionos(500, "500", "Internal error")),
    says: [/HTTP 500: Internal error/, /try again later/],
  },
  {
    name: "503 maintenance",
    op: "read",
    api: (_q, s) => reply(s, 503, ionos(503, "503", "Maintenance")),
    says: [/HTTP 503/, /under maintenance/],
  },
  {
    name: "an HTML error page from a proxy",
    op: "read",
    api: (_q, s) => reply(s, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
    says: [/HTTP 502: <html><body><h1>502 Bad Gateway/, /try again later/],
  },
  {
    name: "a request that ends FAILED",
    op: "create",
    api: afterList((q, s) => created(q, s, { metadata: { status: "FAILED", message: "Out of capacity" } })),
    says: [/FAILED: Out of capacity/, /run the command again/],
  },
  {
    name: "malformed JSON in a success answer",
    op: "read",
    api: (_q, s) => reply(s, 200, "{not json"),
    says: [/unexpected body: not JSON/, /IONOS_API_URL/],
  },
  {
    name: "an empty success body",
    op: "read",
    api: (_q, s) => reply(s, 200, ""),
    says: [/unexpected body: body: Invalid input/],
  },
  {
    name: "a success body of the wrong shape",
    op: "read",
    api: (_q, s) => reply(s, 200, { id: 7 }),
    says: [/unexpected body: id: Invalid input: expected string/],
  },
  {
    name: "a huge error body",
    op: "read",
    api: (_q, s) => reply(s, 500, "x".repeat(3 << 20)),
    // Read only up to the 1 MiB cap: the start of the body and the status still name the problem.
    says: [/HTTP 500: x{200}… \(more than 1048576 bytes\)/],
  },
  {
    name: "an accepted POST whose body cannot be read, which the request log does not show",
    op: "create",
    env: { IONOS_REQUEST_LOG_SETTLE: "0.2" },
    api: (req, res) =>
      req.method === "POST"
        ? reply(res, 202, "<html>gateway</html>")
        : reply(res, 200, { id: "requests", type: "collection", items: [] }),
    says: [
      /IONOS accepted it, but its request log shows no POST of this resource/,
      /look at user .+'s keys in the DCD/,
    ],
  },
  {
    name: "a body that stalls past the timeout",
    op: "read",
    env: { IONOS_HTTP_TIMEOUT: "0.2" },
    api: (_q, s) => s.writeHead(200, { "Content-Type": "application/json" }) && s.write('{"id":'),
    says: [/got no answer: no answer within 200 ms/, /run the command again/],
  },
  {
    name: "nothing listening at the API URL",
    op: "read",
    env: { IONOS_API_URL: "http://127.0.0.1:9" },
    says: [/Nothing listens at http:\/\/127\.0\.0\.1:9\/cloudapi\/v6/, /check IONOS_API_URL/],
  },
  {
    name: "a host that does not resolve",
    op: "read",
    env: { IONOS_API_URL: "https://no-such-host.invalid" },
    says: [/cannot be resolved: check IONOS_API_URL/],
  },
];

describe("what a user sees for bad inputs and bad responses", function () {
  this.timeout(20_000);
  for (const c of cases) {
    it(`names the cause and the fix for ${c.name}, without a secret`, async () => {
      const stub = await startStub(c.api ?? ((_q, s) => reply(s, 500, { unexpected: true })));
      // The provider reads this env, not process.env: nothing global changes.
      const env: NodeJS.ProcessEnv = { IONOS_API_URL: stub.url, IONOS_TOKEN: TOKEN, IONOS_CREATE_JOURNAL: "off" };
      for (const [k, v] of Object.entries(c.env ?? {})) {
        if (v === undefined) delete env[k];
        else env[k] = v;
      }
      const provider = new S3KeyProvider({
        log: () => undefined,
        env,
        client: {
          retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 5, maxRateLimitWaitMs: 3000 },
        },
      });
      let message = "";
      let stack = "";
      try {
        if (c.op === "check") {
          // A check that throws is printed by the plugin host with its stack: settings come back as failures.
          const result = await provider.check({}, { ...c.inputs, __provider: "p" }).catch((e: Error) => {
            message = `check threw: ${e.message}`;
            return { failures: [] };
          });
          message ||= (result.failures ?? [])
            .map((f) => (f.property === "" ? f.reason : `${f.property}: ${f.reason}`))
            .join("\n");
        } else if (c.op === "create") {
          await provider.create({ userId: USER, active: true }).then(
            () => expect.fail("create should fail"),
            (e: Error) => ([message, stack] = [e.message, e.stack ?? ""]),
          );
        } else {
          await provider.read(KEY, { userId: USER }).then(
            () => expect.fail("read should fail"),
            (e: Error) => ([message, stack] = [e.message, e.stack ?? ""]),
          );
        }
      } finally {
        await stub.close();
      }
      for (const pattern of c.says) expect(message).to.match(pattern);
      // A plugin host prints a failed operation's error with its stack: the message, and no frames.
      if (c.op !== "check") expect(stack, "no frames after the message").to.not.match(/\n\s+at /);
      for (const secret of [TOKEN, SECRET]) expect(message).to.not.contain(secret);
      if (c.api === undefined) expect(stub.requests, "no request may be sent").to.deep.equal([]);
      // Nothing was lost: no write beyond the one POST a create may send.
      expect(stub.requests.filter((r) => r.startsWith("POST")).length).to.be.at.most(1);
    });
  }

  it("has at least 25 cases", () => expect(cases.length).to.be.at.least(25));
});
