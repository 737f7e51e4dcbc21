import { expect } from "chai";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IonosApiError, IonosError } from "../provider/api/errors";
import { decideCreate, type Fact, type Known, type Question, type Step } from "../provider/s3-key/create-decision";
import { CreateJournal, nextCreateToken, PRIVATE_SUBDIR } from "../provider/common/create-journal";
import { journaledCreate, OutcomeOpen } from "../provider/common/journaled-create";
import { ResourceInitError } from "../provider/common/resource-init-error";

const USER = "11111111-2222-4333-8444-555555555555";
const OTHER = "99999999-2222-4333-8444-555555555555";
const TOKEN = "a".repeat(32);
const EARLIER = "b".repeat(32);
const policy = { privilegeWaitMs: 60_000, maxPosts: 3, resendDelayMs: 1000, requestLogSettleMs: 30_000 };
const NOW = 1_800_000_000_000;
const lost = new IonosError("socket hang up");
const at = (local: number) => ({ local, thisProcess: true });
const mine: Question = {
  postedFor: USER,
  postedAt: at(NOW - 1000),
  token: TOKEN,
  reason: "POST lost",
  error: lost,
  accepted: false,
};
const earlier: Question = {
  postedFor: USER,
  postedAt: at(NOW - 60_000),
  token: EARLIER,
  reason: "earlier",
  accepted: false,
};
const made = { kind: "made", keyId: "KEY1", requestId: "REQ1", token: TOKEN } as const;
const RESOURCE = { mark: "c".repeat(32), urn: "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:S3Key::ci" };
const key = { id: "KEY1", properties: { secretKey: "s", active: true } } as never;

function known(fact: Fact, over: Partial<Known> = {}): Known {
  return {
    userId: USER,
    token: TOKEN,
    policy,
    now: NOW,
    random: 0.5,
    posts: 1,
    firstSentAt: NOW - 1000,
    fact,
    ...over,
  };
}

/** The step, with an error reduced to its message and outcome, for the table. */
function summary(step: Step): Record<string, unknown> {
  if (step.do === "fail") return { do: "fail", outcome: step.outcome, message: step.error.message };
  if (step.do === "ask-log") return { do: "ask-log", token: step.question.token, postedFor: step.question.postedFor };
  if (step.do === "done")
    return { do: "done", keyId: step.outcome.keyId, token: step.outcome.token, key: step.outcome.key !== undefined };
  if (step.do === "read-key" || step.do === "read-request") return { do: step.do, keyId: step.made.keyId };
  if (step.do === "wait") return { do: "wait", ms: step.ms };
  if (step.do === "find-earlier-creates") return { do: "find-earlier-creates" };
  return { do: "send" };
}

describe("decideCreate: each next step of an S3 key's create, from what is known", () => {
  const table: Array<[string, Known, Record<string, unknown>, RegExp?]> = [
    ["a new create of a resource without a URN sends its POST", known({ kind: "start" }, { posts: 0 }), { do: "send" }],
    [
      "a new create with no journal entry first asks the log for earlier creates of its resource (a fresh machine)",
      known({ kind: "start" }, { posts: 0, resource: RESOURCE }),
      { do: "find-earlier-creates" },
    ],
    [
      "no earlier create of the resource in the log: send",
      known({ kind: "earlier-creates", found: { orphans: [] } }, { posts: 0, resource: RESOURCE }),
      { do: "send" },
    ],
    [
      "a POST of this very token in the log: its own cut-off attempt, read its key (then adopted)",
      known({ kind: "earlier-creates", found: { own: made, orphans: [] } }, { posts: 0, resource: RESOURCE }),
      { do: "read-key", keyId: "KEY1" },
    ],
    [
      "a live key another create of the resource made, no state holds: fail naming it, never a second key",
      known(
        {
          kind: "earlier-creates",
          found: { orphans: [{ keyId: "KEY9", requestId: "REQ9", at: "2026-12-01T10:00:00Z" }] },
        },
        { posts: 0, resource: RESOURCE },
      ),
      {
        do: "fail",
        outcome: "settled",
        message: `An earlier create of ${RESOURCE.urn} made key(s) KEY9 (request REQ9, 2026-12-01T10:00:00Z) for user ${USER}, which no create journal on this machine knows and this stack's state does not hold: its plugin host was likely killed on a runner since thrown away. No key was made. If no other stack holds it, adopt it: set \`adoptKeyId: "KEY9"\` on this resource and run \`pulumi up\` again; if nobody uses it, delete it in the DCD and run \`pulumi up\` again.`,
      },
    ],
    [
      "the log refused (e.g. no privilege to read it): the look is a guard, send",
      known(
        {
          kind: "earlier-creates-failed",
          error: new IonosApiError({
            status: 403,
            method: "GET",
            path: "/requests",
            codes: [],
            apiMessages: [],
            hint: "",
          }),
        },
        { posts: 0, resource: RESOURCE },
      ),
      { do: "send" },
    ],
    [
      "no answer to the look (connection refused): fail, nothing was sent",
      known({ kind: "earlier-creates-failed", error: new IonosError("refused") }, { posts: 0, resource: RESOURCE }),
      { do: "fail", outcome: "settled", message: "refused" },
    ],
    [
      "an earlier create cut off: ask the log about its token and user before anything is sent",
      known({ kind: "start", earlier: { userId: OTHER, token: EARLIER, postedAt: at(NOW - 60_000) } }, { posts: 0 }),
      { do: "ask-log", token: EARLIER, postedFor: OTHER },
    ],
    [
      "the POST answered: done, with the key it made",
      known({ kind: "created", keyId: "KEY1", key, requestId: "REQ1" }),
      { do: "done", keyId: "KEY1", token: TOKEN, key: true },
    ],
    [
      "a POST refused outright (4xx): fail, the create is over, IONOS's own error",
      known({ kind: "refused", error: new IonosError("422 bad user"), privilegePending: false }),
      { do: "fail", outcome: "settled", message: "422 bad user" },
    ],
    [
      "the privilege is not there yet: wait on the schedule (1 s plus the time waited so far), at most what is left of the wait",
      known(
        { kind: "refused", error: new IonosError("no privilege"), privilegePending: true },
        { firstSentAt: NOW - 3_000, posts: 0 },
      ),
      { do: "wait", ms: 4000 },
    ],
    [
      "the wait for the privilege is capped by its limit",
      known(
        { kind: "refused", error: new IonosError("no privilege"), privilegePending: true },
        { firstSentAt: NOW - 59_000 },
      ),
      { do: "wait", ms: 1000 },
    ],
    [
      "the privilege never came: fail, naming the setting",
      known(
        { kind: "refused", error: new IonosError("no privilege."), privilegePending: true },
        { firstSentAt: NOW - 60_000 },
      ),
      {
        do: "fail",
        outcome: "settled",
        message: "no privilege. Waited 60 s for the privilege to propagate (IONOS_PRIVILEGE_WAIT=60).",
      },
    ],
    [
      "a lost answer: ask the log about this POST's token",
      known({ kind: "unclear", error: lost, accepted: false, postedAt: at(NOW - 1000) }),
      { do: "ask-log", token: TOKEN, postedFor: USER },
    ],
    [
      "the log could not be asked: fail with the outcome open, so the entry stays and the next run asks again",
      known({ kind: "log-failed", question: mine, error: new IonosError("503") }),
      { do: "fail", outcome: "open" },
      /POST lost, and asking IONOS's request log which key it made failed too \(503\)\. A key may have been made: run `pulumi up` again/,
    ],
    [
      "the log shows the token's POST made a key: read it",
      known({ kind: "logged", question: mine, finding: made }),
      { do: "read-key", keyId: "KEY1" },
    ],
    [
      "the earlier create made a key for another user: fail, naming the key to delete",
      known({ kind: "logged", question: { ...earlier, postedFor: OTHER }, finding: made }),
      { do: "fail", outcome: "settled" },
      /it made key KEY1 for user 9999.*but this resource is now for user 1111.*Delete key KEY1/,
    ],
    [
      "the log proves this POST was not applied: resend after a jittered backoff",
      known({ kind: "logged", question: mine, finding: { kind: "none" } }, { posts: 2 }),
      { do: "wait", ms: 1000 },
    ],
    [
      "not applied, but every POST allowed was sent: fail with the POST's own error",
      known({ kind: "logged", question: mine, finding: { kind: "none" } }, { posts: 3 }),
      { do: "fail", outcome: "settled", message: "socket hang up" },
    ],
    [
      "the earlier create's POST was not applied: send at once",
      known({ kind: "logged", question: earlier, finding: { kind: "none" } }, { posts: 0 }),
      { do: "send" },
    ],
    [
      "IONOS accepted the POST (2xx, unreadable) yet the log shows none: fail, never send a second",
      known({ kind: "logged", question: { ...mine, accepted: true }, finding: { kind: "none" } }),
      { do: "fail", outcome: "settled" },
      /IONOS accepted it, but its request log shows no POST of this resource after 30 s.*adoptKeyId/,
    ],
    [
      "the log lists POSTs it cannot attribute: fail, naming the keys; nothing adopted, nothing sent",
      known({
        kind: "logged",
        question: mine,
        finding: { kind: "unclear", keyIds: ["K7", "K8"], since: NOW - 120_000 },
      }),
      { do: "fail", outcome: "settled" },
      /lists 2 POST\(s\) for user 1111.*which made K7, K8\. Nothing was adopted and no other POST was sent/,
    ],
    [
      "the key is readable: adopt it",
      known({ kind: "key-read", question: mine, made, key }),
      { do: "done", keyId: "KEY1", token: TOKEN, key: true },
    ],
    [
      "not readable soon after the POST (reads lag): adopt it all the same, the create waits for it",
      known({ kind: "key-read", question: mine, made }),
      { do: "done", keyId: "KEY1", token: TOKEN, key: false },
    ],
    [
      "not readable long after the POST: ask whether its request is DONE",
      known({ kind: "key-read", question: { ...mine, postedAt: at(NOW - 31_000) }, made }),
      { do: "read-request", keyId: "KEY1" },
    ],
    [
      "its request DONE and the key unreadable: deleted since, the earlier create's key is replaced by a new one",
      known({ kind: "request-read", question: earlier, made, status: "DONE" }, { posts: 0 }),
      { do: "send" },
    ],
    [
      "its request still running: adopt, the create waits for it",
      known({ kind: "request-read", question: mine, made, status: "RUNNING" }),
      { do: "done", keyId: "KEY1", token: TOKEN, key: false },
    ],
    ["a wait is over: send", known({ kind: "waited" }), { do: "send" }],
  ];
  for (const [name, input, expected, message] of table) {
    it(name, () => {
      const step = decideCreate(input);
      const got = summary(step);
      if (message !== undefined && step.do === "fail") {
        expect(step.error.message).to.match(message);
        expect(step.error.message).not.to.match(/\n\s+at /); // a message, never a stack
        delete got.message;
      }
      expect(got).to.deep.equal(expected);
    });
  }

  it("is pure: the same knowledge gives the same step, and the input is not changed", () => {
    const input = known({ kind: "logged", question: mine, finding: { kind: "none" } });
    const copy = JSON.stringify(input);
    expect(summary(decideCreate(input))).to.deep.equal(summary(decideCreate(input)));
    expect(JSON.stringify(input)).to.equal(copy);
  });
});

describe("journaledCreate: a create ends its journal entry only when it made no key", () => {
  let dir: string;
  const KEY = "c".repeat(32);
  const entry = { token: TOKEN, userId: USER, startedAt: Date.now() };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "journaled-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const files = () => readdirSync(join(dir, PRIVATE_SUBDIR)).filter((f) => f.endsWith(".json"));

  async function run(body: () => Promise<unknown>): Promise<unknown> {
    const journal = new CreateJournal(dir, () => {});
    return journaledCreate(journal, KEY, { token: undefined, next: nextCreateToken }, async (e) => {
      e.begin(entry);
      return body();
    }).catch((error: unknown) => error);
  }

  const cases: Array<[string, () => Promise<unknown>, number]> = [
    [
      "a key handed over: kept until a state is seen holding it (the engine may die before it records it)",
      async () => "outputs",
      1,
    ],
    ["no key made (a refusal): ended", () => Promise.reject(new IonosError("422")), 0],
    [
      "a key kept in the state by a ResourceInitError: kept until a state is seen holding it",
      () => Promise.reject(new ResourceInitError("K", {}, new Error("x"))),
      1,
    ],
    [
      "the outcome open: kept, and the inner error thrown",
      () => Promise.reject(new OutcomeOpen(new IonosError("lost"))),
      1,
    ],
  ];
  for (const [name, body, left] of cases) {
    it(name, async () => {
      const result = await run(body);
      expect(files()).to.have.length(left);
      if (result instanceof Error) expect(result).not.to.be.instanceOf(OutcomeOpen);
      if (name.includes("open")) expect((result as Error).message).to.equal("lost");
    });
  }

  it("hands the body the entry an earlier, cut-off create left", async () => {
    const journal = new CreateJournal(dir, () => {});
    journal.begin(KEY, { ...entry, token: EARLIER });
    const seen = await journaledCreate(
      journal,
      KEY,
      { token: TOKEN, next: nextCreateToken },
      async (e) => e.earlier?.token,
    );
    expect(seen).to.equal(EARLIER);
  });

  it("hands no earlier entry to a replacement whose token check chained from it, and ends that entry: the state holds its key", async () => {
    const journal = new CreateJournal(dir, () => {});
    journal.begin(KEY, { ...entry, token: EARLIER });
    const chain = { token: nextCreateToken(EARLIER), next: nextCreateToken };
    expect(await journaledCreate(journal, KEY, chain, async (e) => e.earlier)).to.equal(undefined);
    expect(
      journal.get(KEY),
      "the state holds that create's key: its entry ends with the replacement's create",
    ).to.equal(undefined);
    // The same token again is the same create, retried: its earlier entry is its own.
    journal.begin(KEY, { ...entry, token: EARLIER });
    const retried = { token: EARLIER, next: nextCreateToken };
    expect((await journaledCreate(journal, KEY, retried, async (e) => e.earlier))?.token).to.equal(EARLIER);
  });
});
