"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_fetch_1 = __importDefault(require("node-fetch"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const emulator_1 = require("../emulator");
const server_clock_1 = require("../provider/api/server-clock");
const create_journal_1 = require("../provider/common/create-journal");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const request_log_proof_1 = require("../provider/s3-key/request-log-proof");
const emulator_2 = require("./helpers/emulator");
// This machine's clock minutes off IONOS's, both ways: a create whose POST answer is lost, or one
// cut off in an earlier process, still finds the key its POST made. The emulator runs on its own clock.
const MINUTE = 60_000;
const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:S3Key::skewed";
async function skewedEmulator(serverAheadMs) {
    const emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 20 }, { clock: () => Date.now() + serverAheadMs });
    const env = {
        IONOS_API_URL: emulator.url,
        IONOS_TOKEN: emulator.options.token,
        IONOS_REQUEST_LOG_SETTLE: "0.5",
        IONOS_CREATE_JOURNAL: (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-skew-journal-")),
    };
    return { emulator, env };
}
const provider = (env, messages = []) => new s3_key_provider_1.S3KeyProvider({ env, log: (m) => void messages.push(m), client: emulator_2.FAST_CLIENT });
describe("creates under clock skew between this machine and IONOS", function () {
    this.timeout(30_000);
    const offsets = [
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
                const inputs = { userId: emulator_2.USER, active: true, identity: URN };
                const { id, outs } = await p.create(inputs);
                (0, chai_1.expect)(emulator.keys(emulator_2.USER).map((k) => k.id)).to.deep.equal([id]);
                (0, chai_1.expect)(outs.secretKey === emulator.keys(emulator_2.USER)[0].secretKey).to.equal(true);
                (0, chai_1.expect)((0, emulator_2.journalEntries)(env.IONOS_CREATE_JOURNAL), "kept until a state holds the key").to.have.length(1);
                await p.diff(id, outs, inputs);
                (0, chai_1.expect)((0, emulator_2.journalEntries)(env.IONOS_CREATE_JOURNAL)).to.deep.equal([]);
            }
            finally {
                (0, node_fs_1.rmSync)(env.IONOS_CREATE_JOURNAL, { recursive: true, force: true });
                await emulator.close();
            }
        });
    }
    it("an hour ahead, once an answer showed IONOS's clock: a lost POST answer gives one key", async () => {
        const { emulator, env } = await skewedEmulator(-60 * MINUTE);
        try {
            const p = provider(env);
            await p.read(`${emulator_2.USER}/00000000000000000000`).catch(() => undefined); // any answer shows the clock
            emulator.injectFault({ method: "POST", kind: "drop-after-write" });
            const { id } = await p.create({ userId: emulator_2.USER, active: true, identity: URN });
            (0, chai_1.expect)(emulator.keys(emulator_2.USER).map((k) => k.id)).to.deep.equal([id]);
        }
        finally {
            (0, node_fs_1.rmSync)(env.IONOS_CREATE_JOURNAL, { recursive: true, force: true });
            await emulator.close();
        }
    });
    for (const [name, serverAhead] of [
        ["IONOS 5 min behind", -5 * MINUTE],
        ["IONOS 5 min ahead", 5 * MINUTE],
    ]) {
        it(`${name}: a create cut off in an earlier process is found through the journal, one key`, async () => {
            const { emulator, env } = await skewedEmulator(serverAhead);
            try {
                // The earlier process: its journal entry (by this machine's clock, IONOS's unknown), then its POST.
                const token = "0123456789abcdef0123456789abcdef";
                const journal = new create_journal_1.CreateJournal(env.IONOS_CREATE_JOURNAL, () => undefined);
                journal.begin((0, create_journal_1.journalKey)(URN, process.cwd()), { token, userId: emulator_2.USER, startedAt: Date.now() });
                const posted = await (0, node_fetch_1.default)(`${emulator.url}/cloudapi/v6/um/users/${emulator_2.USER}/s3keys`, {
                    method: "POST",
                    headers: { Authorization: `Bearer ${emulator.options.token}`, [create_journal_1.CREATE_TOKEN_HEADER]: token },
                });
                (0, chai_1.expect)(posted.status).to.equal(202);
                const [made] = emulator.keys(emulator_2.USER);
                const from = emulator.log.length;
                const messages = [];
                const { id } = await provider(env, messages).create({ userId: emulator_2.USER, active: true, identity: URN });
                (0, chai_1.expect)(id).to.equal(made.id);
                (0, chai_1.expect)(emulator.keys(emulator_2.USER)).to.have.length(1);
                (0, chai_1.expect)((0, emulator_2.writesSince)(emulator, from), "no second POST").to.deep.equal([]);
                (0, chai_1.expect)(messages.join("\n")).to.contain("an earlier create of this resource was interrupted");
            }
            finally {
                (0, node_fs_1.rmSync)(env.IONOS_CREATE_JOURNAL, { recursive: true, force: true });
                await emulator.close();
            }
        });
    }
});
describe("ServerClock and the request-log window", () => {
    it("learns IONOS's time from a Date header, to within half a second", () => {
        const clock = new server_clock_1.ServerClock();
        (0, chai_1.expect)(clock.known).to.equal(false);
        (0, chai_1.expect)(clock.toServer(1_000_000)).to.equal(undefined);
        clock.observe("Tue, 01 Dec 2026 21:00:00 GMT", Date.UTC(2026, 11, 1, 21, 10, 0));
        (0, chai_1.expect)(clock.known).to.equal(true);
        (0, chai_1.expect)(clock.toServer(Date.UTC(2026, 11, 1, 21, 10, 0))).to.equal(Date.UTC(2026, 11, 1, 21, 0, 0) + 500);
    });
    it("ignores a missing or malformed Date header", () => {
        const clock = new server_clock_1.ServerClock();
        clock.observe(null, 0);
        clock.observe("yesterday", 0);
        (0, chai_1.expect)(clock.known).to.equal(false);
    });
    const known = new server_clock_1.ServerClock();
    known.observe(new Date(Date.UTC(2026, 11, 1, 12, 0, 0)).toUTCString(), Date.UTC(2026, 11, 1, 12, 10, 0));
    const local = Date.UTC(2026, 11, 1, 12, 10, 0);
    const table = [
        [
            "a POST of this process, IONOS's clock known: its server time less 2 min",
            { local, thisProcess: true },
            known,
            local - 10 * MINUTE + 500 - request_log_proof_1.CLOCK_MARGIN_MS,
        ],
        [
            "a POST of this process before any answer: its local time less 17 min",
            { local, thisProcess: true },
            new server_clock_1.ServerClock(),
            local - request_log_proof_1.UNKNOWN_CLOCK_MARGIN_MS,
        ],
        [
            "a journal entry with IONOS's time: that time less 2 min",
            { local, server: local - 3 * MINUTE, thisProcess: false },
            known,
            local - 3 * MINUTE - request_log_proof_1.CLOCK_MARGIN_MS,
        ],
        [
            "a journal entry without it: today's conversion less 17 min",
            { local, thisProcess: false },
            known,
            local - 10 * MINUTE + 500 - request_log_proof_1.UNKNOWN_CLOCK_MARGIN_MS,
        ],
    ];
    for (const [name, posted, clock, expected] of table)
        it(name, () => (0, chai_1.expect)((0, request_log_proof_1.windowStart)(posted, clock)).to.equal(expected));
});
//# sourceMappingURL=clock-skew.test.js.map