import { expect } from "chai";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateJournal, entryProblem, journalKey, PRIVATE_SUBDIR } from "../provider/common/create-journal";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { FAST_CLIENT, rejection, USER } from "./helpers/emulator";
import { startStub } from "./helpers/stub-server";

// The create journal attacked: tampered entries, planted links, a loose directory, clean failures.
const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:S3Key::journaled";
const TOKEN = "0123456789abcdef0123456789abcdef";
const NOW = Date.UTC(2026, 11, 1);

describe("the create journal", () => {
  const table: Array<[string, unknown, string | undefined]> = [
    ["a create's entry", { token: TOKEN, userId: USER, startedAt: NOW - 1000 }, undefined],
    ["an access key's entry (no user)", { token: TOKEN, userId: "", startedAt: NOW }, undefined],
    ["a user id that is a path", { token: TOKEN, userId: "../../x", startedAt: NOW }, "its userId is not a UUID"],
    [
      "a start far in the future",
      { token: TOKEN, userId: USER, startedAt: 1e20 },
      "its startedAt is not a time of the last year",
    ],
    [
      "a start that is not a number",
      { token: TOKEN, userId: USER, startedAt: "soon" },
      "its startedAt is not a time of the last year",
    ],
    ["a short token", { token: "abc", userId: USER, startedAt: NOW }, "its token is not 32 hexadecimal digits"],
    [
      "a server time from long ago",
      { token: TOKEN, userId: USER, startedAt: NOW, serverStartedAt: 5 },
      "its serverStartedAt is not a time of the last year",
    ],
    ["an array", [TOKEN], "not a JSON object"],
  ];
  for (const [name, entry, problem] of table) {
    it(`reads ${name} as ${problem ?? "a pending create"}`, () => {
      const result = entryProblem(JSON.stringify(entry), NOW);
      if (problem === undefined) expect(result).to.deep.equal(entry);
      else expect(result).to.equal(problem);
    });
  }
  it("reads text that is not JSON as not JSON", () => expect(entryProblem("{tok", NOW)).to.equal("not JSON"));

  it("sets a tampered entry aside, says so once, and never lets it block a create", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const key = journalKey(URN, "/project");
    writeFileSync(join(dir, `${key}.json`), JSON.stringify({ token: TOKEN, userId: "../../x", startedAt: 1e20 }));
    const messages: string[] = [];
    const journal = new CreateJournal(dir, (m) => void messages.push(m));
    expect(journal.get(key)).to.equal(undefined);
    expect(journal.get(key)).to.equal(undefined);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain("is not a create's (its userId is not a UUID): set aside as");
    expect(readdirSync(dir)).to.deep.equal([`${key}.json.invalid`]);
  });

  it("writes through no planted link: the link's target is untouched, the entry is a file of its own", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const own = join(dir, PRIVATE_SUBDIR);
    mkdirSync(own, { mode: 0o700 });
    const victim = join(mkdtempSync(join(tmpdir(), "victim-")), "precious");
    writeFileSync(victim, "keep me");
    const key = journalKey(URN, "/project");
    symlinkSync(victim, join(own, `${key}.json.tmp`));
    symlinkSync(victim, join(own, `${key}.json`));
    const journal = new CreateJournal(dir, () => undefined);
    expect(journal.get(key), "a link is no entry").to.equal(undefined);
    journal.begin(key, { token: TOKEN, userId: USER, startedAt: Date.now() });
    expect(readFileSync(victim, "utf8")).to.equal("keep me");
    expect(journal.get(key)?.token).to.equal(TOKEN);
    expect(lstatSync(join(own, `${key}.json`)).mode & 0o777).to.equal(0o600);
  });

  const begin = (dir: string, messages: string[] = []) =>
    new CreateJournal(dir, (m) => void messages.push(m)).begin(journalKey(URN, "/p"), {
      token: TOKEN,
      userId: USER,
      startedAt: Date.now(),
    });

  it("never changes a shared directory it did not create (mode 1777): its entries go in a 0700 subdirectory of its own", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "journal-")), "shared");
    mkdirSync(dir);
    chmodSync(dir, 0o1777);
    begin(dir);
    expect(statSync(dir).mode & 0o7777).to.equal(0o1777);
    expect(statSync(join(dir, PRIVATE_SUBDIR)).mode & 0o777).to.equal(0o700);
    expect(readdirSync(join(dir, PRIVATE_SUBDIR))).to.deep.equal([`${journalKey(URN, "/p")}.json`]);
  });

  it("follows a link to a directory the user owns (a CI cache mount), and writes inside it", () => {
    const real = mkdtempSync(join(tmpdir(), "journal-real-"));
    const link = join(mkdtempSync(join(tmpdir(), "journal-")), "pending");
    symlinkSync(real, link);
    const messages: string[] = [];
    begin(link, messages);
    expect(messages).to.deep.equal([]);
    expect(readdirSync(join(real, PRIVATE_SUBDIR))).to.deep.equal([`${journalKey(URN, "/p")}.json`]);
    expect(new CreateJournal(link, () => undefined).get(journalKey(URN, "/p"))?.token).to.equal(TOKEN);
  });

  it("refuses a directory others may write to that is not sticky, and says the create goes on without it", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "journal-")), "loose");
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const messages: string[] = [];
    begin(dir, messages);
    expect(readdirSync(dir)).to.deep.equal([]);
    expect(messages.join("\n"))
      .to.contain("may be written by others and is not sticky")
      .and.contain("Set IONOS_CREATE_JOURNAL");
  });

  it("still finds an entry that 0.2.0 wrote in the configured directory itself, and ends it", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const key = journalKey(URN, "/p");
    writeFileSync(join(dir, `${key}.json`), JSON.stringify({ token: TOKEN, userId: USER, startedAt: Date.now() }));
    const journal = new CreateJournal(dir, () => undefined);
    expect(journal.get(key)?.token).to.equal(TOKEN);
    journal.end(key);
    expect(readdirSync(dir)).to.deep.equal([]);
  });

  it("ends the entry of a create that failed cleanly: a refused connection leaves nothing behind", async () => {
    const stub = await startStub(() => undefined);
    const url = stub.url;
    await stub.close(); // nothing listens there now
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const provider = new S3KeyProvider({
      env: { IONOS_API_URL: url, IONOS_TOKEN: "t0k", IONOS_CREATE_JOURNAL: dir },
      log: () => undefined,
      client: FAST_CLIENT,
    });
    const error = await rejection(() => provider.create({ userId: USER, active: true, identity: URN }));
    expect(error.message).to.match(/refused/i);
    expect(readdirSync(dir).filter((f) => f.endsWith(".json"))).to.deep.equal([]);
    expect(existsSync(join(dir, `${journalKey(URN, process.cwd())}.json`))).to.equal(false);
  });

  it("ends an AccessKey create's entry when its connection was refused: the next run reports no cut-off create", async () => {
    const stub = await startStub(() => undefined);
    const url = stub.url;
    await stub.close();
    // The Cloud API answers which contract the token acts for; the access-key API refuses connections.
    const cloud = await startStub((_req, res) => void res.writeHead(404).end());
    after(() => cloud.close());
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const messages: string[] = [];
    const provider = new AccessKeyProvider({
      env: {
        IONOS_API_URL: cloud.url,
        IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: url,
        IONOS_TOKEN: "t0k",
        IONOS_CREATE_JOURNAL: dir,
      },
      log: (m) => void messages.push(m),
      client: FAST_CLIENT,
    });
    const urn = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:AccessKey::journaled";
    for (let run = 0; run < 2; run++) {
      const error = await rejection(() => provider.create({ description: "ci", identity: urn }));
      expect(error.message).to.match(/refused/i);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".json"))).to.deep.equal([]);
    expect(messages.join("\n")).to.not.contain("was cut off");
  });
});
