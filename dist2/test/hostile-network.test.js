"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_fs_1 = require("node:fs");
const node_https_1 = require("node:https");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const access_key_provider_1 = require("../provider/access-key/access-key-provider");
const rate_gate_1 = require("../provider/api/rate-gate");
const config_1 = require("../provider/common/config");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const emulator_1 = require("./helpers/emulator");
const project_1 = require("./helpers/project");
const stub_server_1 = require("./helpers/stub-server");
// The client where networks and servers are hostile: certificates this machine does not trust,
// absurd rate-limit headers, settings out of range, keys JavaScript treats specially.
const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:S3Key::hostile";
const fixture = (name) => (0, node_fs_1.readFileSync)((0, node_path_1.join)(project_1.PROJECT_DIR, "test", "fixtures", name));
/** A provider against a stub server, with no journal, and `settings` over the stub's own. */
function stubProvider(url, settings, options = {}) {
    return new s3_key_provider_1.S3KeyProvider({
        log: () => undefined,
        client: emulator_1.FAST_CLIENT,
        ...options,
        env: { IONOS_API_URL: url, IONOS_TOKEN: "t0k", IONOS_CREATE_JOURNAL: "off", ...settings },
    });
}
describe("TLS a machine does not trust", function () {
    this.timeout(20_000);
    for (const [first, identity] of [
        ["GET /requests", URN],
        ["POST", undefined],
    ]) {
        it(`is not retried, names the certificate problem and NODE_EXTRA_CA_CERTS, and sends nothing (first request: ${first})`, async () => {
            let connections = 0;
            let requests = 0;
            const server = (0, node_https_1.createServer)({ key: fixture("untrusted-key.pem"), cert: fixture("untrusted-cert.pem") }, (_req, res) => {
                requests++;
                res.end("{}");
            });
            server.on("connection", () => connections++);
            await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
            const journal = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "tls-journal-"));
            try {
                const url = `https://127.0.0.1:${server.address().port}`;
                const provider = new s3_key_provider_1.S3KeyProvider({
                    env: { IONOS_API_URL: url, IONOS_TOKEN: "t0k", IONOS_CREATE_JOURNAL: journal },
                    log: () => undefined,
                    client: emulator_1.FAST_CLIENT,
                });
                const error = await (0, emulator_1.rejection)(() => provider.create({ userId: emulator_1.USER, active: true, ...(identity ? { identity } : {}) }));
                (0, chai_1.expect)(error.message).to.contain(first).and.contain("certificate");
                (0, chai_1.expect)(error.message).to.contain("is not trusted, so no request was sent").and.contain("NODE_EXTRA_CA_CERTS");
                (0, chai_1.expect)(error.message).to.not.contain("no clear answer");
                (0, chai_1.expect)(connections, "one connection: not retried").to.equal(1);
                (0, chai_1.expect)(requests).to.equal(0);
                (0, chai_1.expect)((0, emulator_1.journalEntries)(journal), "nothing pending").to.deep.equal([]);
            }
            finally {
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
        const slept = [];
        const gate = new rate_gate_1.RateGate(() => now, async (ms) => {
            slept.push(ms);
            now += ms;
        });
        const headers = new Map([
            ["x-ratelimit-limit", "0.001"],
            ["x-ratelimit-remaining", "0"],
        ]);
        gate.observe(200, { get: (name) => headers.get(name) ?? null });
        await gate.pass();
        await gate.pass();
        await gate.pass(5_000);
        (0, chai_1.expect)(slept).to.deep.equal([60_000, 5_000]);
    });
    /** A read against a stub that always answers 429 with `headers`, on a simulated clock. */
    async function rateLimitedRead(headers) {
        const stub = await (0, stub_server_1.startStub)((_req, res) => (0, stub_server_1.reply)(res, 429, { httpStatus: 429, messages: [{ errorCode: "429", message: "Too many requests" }] }, headers));
        let now = Date.UTC(2026, 11, 1);
        const started = now;
        const messages = [];
        try {
            const provider = stubProvider(stub.url, { IONOS_HTTP_TIMEOUT: "10", IONOS_RATE_LIMIT_WAIT: "45" }, { log: (m) => void messages.push(m), client: { now: () => now, sleep: async (ms) => void (now += ms) } });
            const error = await (0, emulator_1.rejection)(() => provider.read(`${emulator_1.USER}/0123456789abcdef0123`));
            return { error, waitedMs: now - started, messages, requests: stub.requests.length };
        }
        finally {
            await stub.close();
        }
    }
    it("X-RateLimit-Limit 0.001 and no Retry-After: gives up within IONOS_RATE_LIMIT_WAIT, never 16.7 hours", async () => {
        const { error, waitedMs, messages } = await rateLimitedRead({
            "X-RateLimit-Limit": "0.001",
            "X-RateLimit-Remaining": "0",
        });
        (0, chai_1.expect)(error.message).to.contain("HTTP 429");
        (0, chai_1.expect)(waitedMs, "simulated time spent waiting").to.be.at.most(45_000);
        (0, chai_1.expect)(messages[0]).to.contain("(0 s of the 45 s IONOS_RATE_LIMIT_WAIT budget spent)");
    });
    it("Retry-After 4 again and again: a progress line every 10 s of the budget, then a clear error", async () => {
        const { error, messages, requests } = await rateLimitedRead({ "Retry-After": "4" });
        (0, chai_1.expect)(error.message)
            .to.contain("HTTP 429")
            .and.contain("rate limits were exceeded after every retry")
            .and.contain("IONOS_RATE_LIMIT_WAIT");
        const progress = messages.filter((m) => m.includes("IONOS_RATE_LIMIT_WAIT budget spent"));
        (0, chai_1.expect)(progress.length, progress.join("\n")).to.be.within(4, 6);
        (0, chai_1.expect)(requests).to.be.within(11, 13);
    });
});
describe("settings out of range", () => {
    const base = { IONOS_TOKEN: "t0k" };
    const table = [
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
            (0, chai_1.expect)(() => (0, config_1.readConfig)({ env: { ...base, ...env } })).to.throw(message);
        });
    }
    it("accepts 0 where 0 means do not wait, and literal loopback over http", () => {
        const config = (0, config_1.readConfig)({ env: { ...base, IONOS_PRIVILEGE_WAIT: "0", IONOS_API_URL: "http://127.0.0.2:8080" } });
        (0, chai_1.expect)(config.create.privilegeWaitMs).to.equal(0);
        (0, chai_1.expect)(config.rateLimitWaitMs).to.equal(300_000);
        (0, chai_1.expect)((0, config_1.readConfig)({ env: { ...base, IONOS_API_URL: "http://localhost:1" } }).api.baseUrl).to.equal("http://localhost:1/cloudapi/v6");
    });
    it("check reports an out-of-range setting before any request, as a failure (one clean line, no stack)", async () => {
        const result = await new s3_key_provider_1.S3KeyProvider({ env: { ...base, IONOS_HTTP_TIMEOUT: "0" } }).check({}, { userId: emulator_1.USER });
        (0, chai_1.expect)(result.failures).to.have.length(1);
        (0, chai_1.expect)(result.failures[0].reason).to.contain('IONOS_HTTP_TIMEOUT "0" is out of range');
    });
});
describe("keys JavaScript treats specially", () => {
    const env = { IONOS_TOKEN: "t0k" };
    for (const key of ["__proto__", "constructor", "prototype"]) {
        it(`a keeper named ${key} is a CheckFailure, not dropped`, async () => {
            const keepers = JSON.parse(`{"${key}": "2026-11", "month": "1"}`);
            const result = await new s3_key_provider_1.S3KeyProvider({ env }).check({}, { userId: emulator_1.USER, keepers });
            (0, chai_1.expect)(result.failures).to.have.length(1);
            (0, chai_1.expect)(result.failures[0].property).to.equal("keepers");
            (0, chai_1.expect)(result.failures[0].reason).to.contain(`has the key "${key}"`);
        });
    }
    it("a rotation value with __proto__ inside is a CheckFailure beside the other problems", async () => {
        const rotation = JSON.parse('{"month": {"__proto__": "x"}}');
        const result = await new access_key_provider_1.AccessKeyProvider({ env }).check({}, { description: 5, rotation });
        (0, chai_1.expect)(result.failures.map((f) => f.property)).to.deep.equal(["rotation", "description"]);
    });
});
describe("secrets blanked by value", function () {
    this.timeout(20_000);
    const SECRET = "Zq8SECRETvalue0123456789abcdefSECRET42";
    const KEY = "0123456789abcdef0123";
    it("a new key's secret in a 202 that is not JSON never appears in the error", async () => {
        const stub = await (0, stub_server_1.startStub)((_req, res) => (0, stub_server_1.reply)(res, 202, `accepted id=${KEY} secretKey=${SECRET} active=true`));
        try {
            const provider = stubProvider(stub.url, { IONOS_REQUEST_LOG_SETTLE: "0" });
            const error = await (0, emulator_1.rejection)(() => provider.create({ userId: emulator_1.USER, active: true }));
            (0, chai_1.expect)(error.message).to.contain("not JSON");
            (0, chai_1.expect)(error.message.includes(SECRET), "the secret is in the message").to.equal(false);
        }
        finally {
            await stub.close();
        }
    });
    it("once an answer carried a secret, a later message or log line that echoes it, in any field, is blanked", async () => {
        let gets = 0;
        const stub = await (0, stub_server_1.startStub)((req, res) => {
            if (req.method === "POST")
                return (0, stub_server_1.reply)(res, 202, { id: KEY, properties: { active: true, secretKey: SECRET } }, {
                    Location: "/cloudapi/v6/requests/r-1/status",
                });
            if ((req.url ?? "").includes("/requests/r-1/status"))
                return (0, stub_server_1.reply)(res, 200, { metadata: { status: "DONE" } });
            gets++;
            return (0, stub_server_1.reply)(res, 503, {
                httpStatus: 503,
                messages: [{ errorCode: "x", message: `backend echoed ${SECRET} in error` }],
            });
        });
        const lines = [];
        try {
            const provider = stubProvider(stub.url, {}, { log: (m) => void lines.push(m) });
            const { id, outs } = await provider.create({ userId: emulator_1.USER, active: true });
            (0, chai_1.expect)(id).to.equal(KEY);
            (0, chai_1.expect)(outs.secretKey === SECRET, "the state holds the secret").to.equal(true);
            const error = await (0, emulator_1.rejection)(() => provider.read(id, outs));
            (0, chai_1.expect)(gets).to.be.greaterThan(0);
            (0, chai_1.expect)(error.message).to.contain("backend echoed [secret] in error");
            (0, chai_1.expect)([error.message, ...lines].some((text) => text.includes(SECRET)), "the secret in a message").to.equal(false);
        }
        finally {
            await stub.close();
        }
    });
});
//# sourceMappingURL=hostile-network.test.js.map