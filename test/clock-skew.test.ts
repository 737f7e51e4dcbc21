import { expect } from "chai";
import { fetch } from "undici";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../emulator";
import { ServerClock } from "../provider/api/server-clock";
import { CREATE_TOKEN_HEADER, CreateJournal, journalKey } from "../provider/common/create-journal";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import type { S3KeyOutputs } from "../provider/s3-key/s3-key-types";
import { CLOCK_MARGIN_MS, UNKNOWN_CLOCK_MARGIN_MS, windowStart } from "../provider/s3-key/request-log-proof";
import { FAST_CLIENT, journalEntries, USER, writesSince } from "./helpers/emulator";

// This machine's clock minutes off IONOS's, both ways: a create whose POST answer is lost, or one
// cut off in an earlier process, still finds the key its POST made. The emulator runs on its own clock.
const MINUTE = 60_000;
const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:S3Key::skewed";

async function skewedEmulator(
  serverAheadMs: number,
): Promise<{ emulator: Emulator; env: NodeJS.ProcessEnv & { IONOS_CREATE_JOURNAL: string } }> {
  const emulator = await startEmulator({ requestDelayMs: 20 }, { clock: () => Date.now() + serverAheadMs });
  const env = {
    IONOS_API_URL: emulator.url,
    IONOS_TOKEN: emulator.options.token,
    IONOS_REQUEST_LOG_SETTLE: "0.5",
    IONOS_CREATE_JOURNAL: mkdtempSync(join(tmpdir(), "ionos-skew-journal-")),
  };
  return { emulator, env };
}

const provider = (env: NodeJS.ProcessEnv, messages: string[] = []) =>
  new S3KeyProvider({ env, log: (m) => void messages.push(m), client: FAST_CLIENT });

describe("creates under clock skew between this machine and IONOS", function () {
  this.timeout(30_000);
  const offsets: Array<[string, number]> = [
    ["this machine 3 min ahead", -3 * MINUTE],
    ["this machine 10 min ahead", -10 * MINUTE],
    ["this machine 15 min ahead", -15 * MINUTE],
    ["this machine 10 min behind", 10 * MINUTE],
    ["this machine 15 min behind", 15 * MINUTE],
  ];
  for (const [name, serverAhead] of offsets) {
    it(`${name}: a POST whose answer is lost, in a fresh process, gives one key`, async () => {
      const { emulator, env } = await skewedEmulator(serverAhead);
      try {
        emulator.injectFault({ method: "POST", kind: "drop-after-write" });
        const p = provider(env);
        const inputs = { userId: USER, active: true, identity: URN };
        const { id, outs } = await p.create(inputs);
        expect(emulator.keys(USER).map((k) => k.id)).to.deep.equal([id]);
        expect((outs as S3KeyOutputs).secretKey === emulator.keys(USER)[0].secretKey).to.equal(true);
        expect(journalEntries(env.IONOS_CREATE_JOURNAL), "kept until a state holds the key").to.have.length(1);
        await p.read(id, outs as S3KeyOutputs);
        expect(journalEntries(env.IONOS_CREATE_JOURNAL), "a refresh sees the state hold it").to.deep.equal([]);
      } finally {
        rmSync(env.IONOS_CREATE_JOURNAL, { recursive: true, force: true });
        await emulator.close();
      }
    });
  }

  it("an hour ahead, once an answer showed IONOS's clock: a lost POST answer gives one key", async () => {
    const { emulator, env } = await skewedEmulator(-60 * MINUTE);
    try {
      const p = provider(env);
      await p.read(`${USER}/00000000000000000000`).catch(() => undefined); // any answer shows the clock
      emulator.injectFault({ method: "POST", kind: "drop-after-write" });
      const { id } = await p.create({ userId: USER, active: true, identity: URN });
      expect(emulator.keys(USER).map((k) => k.id)).to.deep.equal([id]);
    } finally {
      rmSync(env.IONOS_CREATE_JOURNAL, { recursive: true, force: true });
      await emulator.close();
    }
  });

  for (const [name, serverAhead] of [
    ["IONOS 5 min behind", -5 * MINUTE],
    ["IONOS 5 min ahead", 5 * MINUTE],
  ] as const) {
    it(`${name}: a create cut off in an earlier process is found through the journal, one key`, async () => {
      const { emulator, env } = await skewedEmulator(serverAhead);
      try {
        // The earlier process: its journal entry (by this machine's clock, IONOS's unknown), then its POST.
        const token = "0123456789abcdef0123456789abcdef";
        const journal = new CreateJournal(env.IONOS_CREATE_JOURNAL, () => undefined);
        journal.begin(journalKey(URN, process.cwd()), { token, userId: USER, startedAt: Date.now() });
        const posted = await fetch(`${emulator.url}/cloudapi/v6/um/users/${USER}/s3keys`, {
          method: "POST",
          headers: { Authorization: `Bearer ${emulator.options.token}`, [CREATE_TOKEN_HEADER]: token },
        });
        expect(posted.status).to.equal(202);
        const [made] = emulator.keys(USER);

        const from = emulator.log.length;
        const messages: string[] = [];
        const { id } = await provider(env, messages).create({ userId: USER, active: true, identity: URN });
        expect(id).to.equal(made.id);
        expect(emulator.keys(USER)).to.have.length(1);
        expect(writesSince(emulator, from), "no second POST").to.deep.equal([]);
        expect(messages.join("\n")).to.contain("an earlier create of this resource was interrupted");
      } finally {
        rmSync(env.IONOS_CREATE_JOURNAL, { recursive: true, force: true });
        await emulator.close();
      }
    });
  }
});

describe("ServerClock and the request-log window", () => {
  it("learns IONOS's time from a Date header, to within half a second", () => {
    const clock = new ServerClock();
    expect(clock.known).to.equal(false);
    expect(clock.toServer(1_000_000)).to.equal(undefined);
    clock.observe("Tue, 01 Dec 2026 21:00:00 GMT", Date.UTC(2026, 11, 1, 21, 10, 0));
    expect(clock.known).to.equal(true);
    expect(clock.toServer(Date.UTC(2026, 11, 1, 21, 10, 0))).to.equal(Date.UTC(2026, 11, 1, 21, 0, 0) + 500);
  });

  it("ignores a missing or malformed Date header", () => {
    const clock = new ServerClock();
    clock.observe(null, 0);
    clock.observe("yesterday", 0);
    expect(clock.known).to.equal(false);
  });

  const known = new ServerClock();
  known.observe(new Date(Date.UTC(2026, 11, 1, 12, 0, 0)).toUTCString(), Date.UTC(2026, 11, 1, 12, 10, 0));
  const local = Date.UTC(2026, 11, 1, 12, 10, 0);
  const table: Array<[string, Parameters<typeof windowStart>[0], ServerClock, number]> = [
    [
      "a POST of this process, IONOS's clock known: its server time less 2 min",
      { local, thisProcess: true },
      known,
      local - 10 * MINUTE + 500 - CLOCK_MARGIN_MS,
    ],
    [
      "a POST of this process before any answer: its local time less 17 min",
      { local, thisProcess: true },
      new ServerClock(),
      local - UNKNOWN_CLOCK_MARGIN_MS,
    ],
    [
      "a journal entry with IONOS's time: that time less 2 min",
      { local, server: local - 3 * MINUTE, thisProcess: false },
      known,
      local - 3 * MINUTE - CLOCK_MARGIN_MS,
    ],
    [
      "a journal entry without it: today's conversion less 17 min",
      { local, thisProcess: false },
      known,
      local - 10 * MINUTE + 500 - UNKNOWN_CLOCK_MARGIN_MS,
    ],
  ];
  for (const [name, posted, clock, expected] of table)
    it(name, () => expect(windowStart(posted, clock)).to.equal(expected));
});
