"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const create_journal_1 = require("../provider/common/create-journal");
const access_key_provider_1 = require("../provider/access-key/access-key-provider");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const emulator_1 = require("./helpers/emulator");
const stub_server_1 = require("./helpers/stub-server");
// The create journal attacked: tampered entries, planted links, a loose directory, clean failures.
const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:S3Key::journaled";
const TOKEN = "0123456789abcdef0123456789abcdef";
const NOW = Date.UTC(2026, 11, 1);
describe("the create journal", () => {
    const table = [
        ["a create's entry", { token: TOKEN, userId: emulator_1.USER, startedAt: NOW - 1000 }, undefined],
        ["an access key's entry (no user)", { token: TOKEN, userId: "", startedAt: NOW }, undefined],
        ["a user id that is a path", { token: TOKEN, userId: "../../x", startedAt: NOW }, "its userId is not a UUID"],
        [
            "a start far in the future",
            { token: TOKEN, userId: emulator_1.USER, startedAt: 1e20 },
            "its startedAt is not a time of the last year",
        ],
        [
            "a start that is not a number",
            { token: TOKEN, userId: emulator_1.USER, startedAt: "soon" },
            "its startedAt is not a time of the last year",
        ],
        ["a short token", { token: "abc", userId: emulator_1.USER, startedAt: NOW }, "its token is not 32 hexadecimal digits"],
        [
            "a server time from long ago",
            { token: TOKEN, userId: emulator_1.USER, startedAt: NOW, serverStartedAt: 5 },
            "its serverStartedAt is not a time of the last year",
        ],
        ["an array", [TOKEN], "not a JSON object"],
    ];
    for (const [name, entry, problem] of table) {
        it(`reads ${name} as ${problem ?? "a pending create"}`, () => {
            const result = (0, create_journal_1.entryProblem)(JSON.stringify(entry), NOW);
            if (problem === undefined)
                (0, chai_1.expect)(result).to.deep.equal(entry);
            else
                (0, chai_1.expect)(result).to.equal(problem);
        });
    }
    it("reads text that is not JSON as not JSON", () => (0, chai_1.expect)((0, create_journal_1.entryProblem)("{tok", NOW)).to.equal("not JSON"));
    it("sets a tampered entry aside, says so once, and never lets it block a create", () => {
        const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "journal-"));
        const key = (0, create_journal_1.journalKey)(URN, "/project");
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, `${key}.json`), JSON.stringify({ token: TOKEN, userId: "../../x", startedAt: 1e20 }));
        const messages = [];
        const journal = new create_journal_1.CreateJournal(dir, (m) => void messages.push(m));
        (0, chai_1.expect)(journal.get(key)).to.equal(undefined);
        (0, chai_1.expect)(journal.get(key)).to.equal(undefined);
        (0, chai_1.expect)(messages).to.have.length(1);
        (0, chai_1.expect)(messages[0]).to.contain("is not a create's (its userId is not a UUID): set aside as");
        (0, chai_1.expect)((0, node_fs_1.readdirSync)(dir)).to.deep.equal([`${key}.json.invalid`]);
    });
    it("writes through no planted link: the link's target is untouched, the entry is a file of its own", () => {
        const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "journal-"));
        const own = (0, node_path_1.join)(dir, create_journal_1.PRIVATE_SUBDIR);
        (0, node_fs_1.mkdirSync)(own, { mode: 0o700 });
        const victim = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "victim-")), "precious");
        (0, node_fs_1.writeFileSync)(victim, "keep me");
        const key = (0, create_journal_1.journalKey)(URN, "/project");
        (0, node_fs_1.symlinkSync)(victim, (0, node_path_1.join)(own, `${key}.json.tmp`));
        (0, node_fs_1.symlinkSync)(victim, (0, node_path_1.join)(own, `${key}.json`));
        const journal = new create_journal_1.CreateJournal(dir, () => undefined);
        (0, chai_1.expect)(journal.get(key), "a link is no entry").to.equal(undefined);
        journal.begin(key, { token: TOKEN, userId: emulator_1.USER, startedAt: Date.now() });
        (0, chai_1.expect)((0, node_fs_1.readFileSync)(victim, "utf8")).to.equal("keep me");
        (0, chai_1.expect)(journal.get(key)?.token).to.equal(TOKEN);
        (0, chai_1.expect)((0, node_fs_1.lstatSync)((0, node_path_1.join)(own, `${key}.json`)).mode & 0o777).to.equal(0o600);
    });
    const begin = (dir, messages = []) => new create_journal_1.CreateJournal(dir, (m) => void messages.push(m)).begin((0, create_journal_1.journalKey)(URN, "/p"), {
        token: TOKEN,
        userId: emulator_1.USER,
        startedAt: Date.now(),
    });
    it("never changes a shared directory it did not create (mode 1777): its entries go in a 0700 subdirectory of its own", () => {
        const dir = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "journal-")), "shared");
        (0, node_fs_1.mkdirSync)(dir);
        (0, node_fs_1.chmodSync)(dir, 0o1777);
        begin(dir);
        (0, chai_1.expect)((0, node_fs_1.statSync)(dir).mode & 0o7777).to.equal(0o1777);
        (0, chai_1.expect)((0, node_fs_1.statSync)((0, node_path_1.join)(dir, create_journal_1.PRIVATE_SUBDIR)).mode & 0o777).to.equal(0o700);
        (0, chai_1.expect)((0, node_fs_1.readdirSync)((0, node_path_1.join)(dir, create_journal_1.PRIVATE_SUBDIR))).to.deep.equal([`${(0, create_journal_1.journalKey)(URN, "/p")}.json`]);
    });
    it("follows a link to a directory the user owns (a CI cache mount), and writes inside it", () => {
        const real = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "journal-real-"));
        const link = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "journal-")), "pending");
        (0, node_fs_1.symlinkSync)(real, link);
        const messages = [];
        begin(link, messages);
        (0, chai_1.expect)(messages).to.deep.equal([]);
        (0, chai_1.expect)((0, node_fs_1.readdirSync)((0, node_path_1.join)(real, create_journal_1.PRIVATE_SUBDIR))).to.deep.equal([`${(0, create_journal_1.journalKey)(URN, "/p")}.json`]);
        (0, chai_1.expect)(new create_journal_1.CreateJournal(link, () => undefined).get((0, create_journal_1.journalKey)(URN, "/p"))?.token).to.equal(TOKEN);
    });
    it("refuses a directory others may write to that is not sticky, and says the create goes on without it", () => {
        const dir = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "journal-")), "loose");
        (0, node_fs_1.mkdirSync)(dir);
        (0, node_fs_1.chmodSync)(dir, 0o777);
        const messages = [];
        begin(dir, messages);
        (0, chai_1.expect)((0, node_fs_1.readdirSync)(dir)).to.deep.equal([]);
        (0, chai_1.expect)(messages.join("\n"))
            .to.contain("may be written by others and is not sticky")
            .and.contain("Set IONOS_CREATE_JOURNAL");
    });
    it("still finds an entry that 0.2.0 wrote in the configured directory itself, and ends it", () => {
        const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "journal-"));
        const key = (0, create_journal_1.journalKey)(URN, "/p");
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, `${key}.json`), JSON.stringify({ token: TOKEN, userId: emulator_1.USER, startedAt: Date.now() }));
        const journal = new create_journal_1.CreateJournal(dir, () => undefined);
        (0, chai_1.expect)(journal.get(key)?.token).to.equal(TOKEN);
        journal.end(key);
        (0, chai_1.expect)((0, node_fs_1.readdirSync)(dir)).to.deep.equal([]);
    });
    it("ends the entry of a create that failed cleanly: a refused connection leaves nothing behind", async () => {
        const stub = await (0, stub_server_1.startStub)(() => undefined);
        const url = stub.url;
        await stub.close(); // nothing listens there now
        const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "journal-"));
        const provider = new s3_key_provider_1.S3KeyProvider({
            env: { IONOS_API_URL: url, IONOS_TOKEN: "t0k", IONOS_CREATE_JOURNAL: dir },
            log: () => undefined,
            client: emulator_1.FAST_CLIENT,
        });
        const error = await (0, emulator_1.rejection)(() => provider.create({ userId: emulator_1.USER, active: true, identity: URN }));
        (0, chai_1.expect)(error.message).to.match(/refused/i);
        (0, chai_1.expect)((0, node_fs_1.readdirSync)(dir).filter((f) => f.endsWith(".json"))).to.deep.equal([]);
        (0, chai_1.expect)((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, `${(0, create_journal_1.journalKey)(URN, process.cwd())}.json`))).to.equal(false);
    });
    it("ends an AccessKey create's entry when its connection was refused: the next run reports no cut-off create", async () => {
        const stub = await (0, stub_server_1.startStub)(() => undefined);
        const url = stub.url;
        await stub.close();
        const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "journal-"));
        const messages = [];
        const provider = new access_key_provider_1.AccessKeyProvider({
            env: { IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: url, IONOS_TOKEN: "t0k", IONOS_CREATE_JOURNAL: dir },
            log: (m) => void messages.push(m),
            client: emulator_1.FAST_CLIENT,
        });
        const urn = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:AccessKey::journaled";
        for (let run = 0; run < 2; run++) {
            const error = await (0, emulator_1.rejection)(() => provider.create({ description: "ci", identity: urn }));
            (0, chai_1.expect)(error.message).to.match(/refused/i);
        }
        (0, chai_1.expect)((0, node_fs_1.readdirSync)(dir).filter((f) => f.endsWith(".json"))).to.deep.equal([]);
        (0, chai_1.expect)(messages.join("\n")).to.not.contain("was cut off");
    });
});
//# sourceMappingURL=create-journal.test.js.map