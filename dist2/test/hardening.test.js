"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const client_1 = require("../provider/api/client");
const s3_keys_api_1 = require("../provider/api/s3-keys-api");
const emulator_1 = require("../emulator");
const s3_key_inputs_1 = require("../provider/s3-key/s3-key-inputs");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const config_1 = require("../provider/common/config");
const emulator_2 = require("./helpers/emulator");
const stub_server_1 = require("./helpers/stub-server");
// What a hostile or broken world sends: ids that would move a URL, bodies without end, secrets in
// truncated answers, credentials in URLs, plain http across a network, and absurd inputs.
describe("ids are checked before they go into a URL", () => {
    const env = (0, emulator_2.useEmulator)({ requestDelayMs: 5 });
    for (const [title, id, props] of [
        ["a key id of '..' from the state", "..", { userId: emulator_2.USER }],
        ["a key id with a slash from the state", `${emulator_2.USER}/../../${emulator_2.USER}`, {}],
        ["a user id of '..' in a userId/keyId id", "../abcdef0123456789abcd", {}],
    ]) {
        it(`refuses ${title}: no request is sent, and the message names the id and what to check`, async () => {
            const from = env.emulator.log.length;
            const provider = new s3_key_provider_1.S3KeyProvider(env.options());
            const error = await (0, emulator_2.rejection)(() => provider.delete(id, { ...props }));
            (0, chai_1.expect)(error.message).to.match(/is not an IONOS (key|user) id/);
            (0, chai_1.expect)(error.message).to.contain("pulumi stack export");
            (0, chai_1.expect)(env.emulator.log.length - from, "requests sent").to.equal(0);
        });
    }
    it("rejects an answer whose key id would move a URL, naming the field", async () => {
        const stub = await (0, stub_server_1.startStub)((_req, res) => (0, stub_server_1.reply)(res, 200, { items: [{ id: "../../../um/users" }] }));
        try {
            const settings = (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url } }).api;
            const error = await (0, emulator_2.rejection)(() => new s3_keys_api_1.S3KeysApi(new client_1.IonosHttpClient({ settings })).list(emulator_2.USER));
            (0, chai_1.expect)(error.message).to.contain("items.0.id: not an IONOS key id");
        }
        finally {
            await stub.close();
        }
    });
});
describe("answers that are too large or cut off", () => {
    it("stops reading a body that never ends at the size cap, and says which setting raises it", async () => {
        let written = 0;
        const stub = await (0, stub_server_1.startStub)((_req, res) => {
            res.writeHead(200, { "Content-Type": "application/json" });
            res.write('{"items":[');
            const chunk = `${JSON.stringify({ id: "abcdef0123456789abcd" })},`.repeat(1000);
            const pump = () => {
                while (written < 512 * 1024 * 1024 && res.write(chunk))
                    written += chunk.length;
                if (written < 512 * 1024 * 1024)
                    res.once("drain", pump);
            };
            res.on("close", () => (written = Infinity));
            pump();
        });
        try {
            const settings = (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url } }).api;
            const client = new client_1.IonosHttpClient({ settings, maxResponseBytes: 64 * 1024 });
            const error = await (0, emulator_2.rejection)(() => new s3_keys_api_1.S3KeysApi(client).list(emulator_2.USER));
            (0, chai_1.expect)(error.message).to.contain("larger than 65536 bytes");
            (0, chai_1.expect)(error.message).to.contain("IONOS_MAX_RESPONSE_BYTES");
            for (let i = 0; i < 100 && written !== Infinity; i++)
                await new Promise((r) => setTimeout(r, 20));
            (0, chai_1.expect)(written, "the server stopped: the client closed the connection").to.equal(Infinity);
        }
        finally {
            await stub.close();
        }
    });
    it("redacts a secret key in a body cut off inside the value", async () => {
        const secret = "Sup3rS3cretValueThatWasCutOff";
        const stub = await (0, stub_server_1.startStub)((_req, res) => (0, stub_server_1.reply)(res, 500, `{"properties":{"secretKey":"${secret}`));
        try {
            const settings = (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: stub.url } }).api;
            const client = new client_1.IonosHttpClient({ settings, sleep: async () => undefined });
            const error = await (0, emulator_2.rejection)(() => new s3_keys_api_1.S3KeysApi(client).list(emulator_2.USER));
            (0, chai_1.expect)(error.message).to.contain("HTTP 500");
            (0, chai_1.expect)(error.message).to.not.contain(secret.slice(0, 8));
            (0, chai_1.expect)(error.message).to.contain('"secretKey":"[secret]"');
        }
        finally {
            await stub.close();
        }
    });
});
describe("the endpoint setting", () => {
    it("never echoes a password in a URL, whether or not the URL parses", () => {
        for (const url of [
            "https://bob:hunter22@api.ionos.com",
            "htps://bob:hunter22@api.ionos.com/x",
            "ftp://bob:hunter22@h",
        ]) {
            let message = "";
            try {
                (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: url } });
            }
            catch (error) {
                message = error.message;
            }
            (0, chai_1.expect)(message, url).to.contain("IONOS_API_URL");
            (0, chai_1.expect)(message, url).to.not.contain("hunter22");
            (0, chai_1.expect)(message, url).to.contain("***@");
        }
    });
    it("refuses plain http to another host, naming the setting that allows it", () => {
        const error = (() => {
            try {
                (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: "http://emulator.internal:8080" } });
            }
            catch (e) {
                return e;
            }
            throw new Error("expected an error");
        })();
        (0, chai_1.expect)(error.message).to.contain("plain http to a host that is not this machine");
        (0, chai_1.expect)(error.message).to.contain("IONOS_ALLOW_INSECURE_HTTP=true");
        (0, chai_1.expect)((0, config_1.readConfig)({
            env: {
                IONOS_TOKEN: "t0k",
                IONOS_API_URL: "http://emulator.internal:8080",
                IONOS_ALLOW_INSECURE_HTTP: "true",
            },
        }).api.baseUrl).to.equal("http://emulator.internal:8080/cloudapi/v6");
    });
    it("allows plain http to this machine (127.0.0.0/8, ::1, localhost)", () => {
        for (const url of ["http://127.0.0.1:8080", "http://127.1.2.3", "http://[::1]:9000", "http://localhost:8080"]) {
            (0, chai_1.expect)((0, config_1.readConfig)({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: url } }).api.baseUrl, url).to.match(/\/cloudapi\/v6$/);
        }
    });
});
describe("absurd inputs are CheckFailures with short reasons", () => {
    it("reports keepers nested 100,000 levels deep without overflowing the stack", () => {
        const deep = {};
        let cursor = deep;
        for (let i = 0; i < 100_000; i++)
            cursor = (cursor.k = {});
        const { failures } = (0, s3_key_inputs_1.checkInputs)({ userId: emulator_2.USER, keepers: deep });
        (0, chai_1.expect)(failures).to.deep.equal([{ property: "keepers", reason: "nested more than 8 levels deep" }]);
    });
    it("reports 10 MB of keepers, and a 10 MB userId, in a reason of a few dozen characters", () => {
        const huge = "x".repeat(10 * 1024 * 1024);
        const { failures } = (0, s3_key_inputs_1.checkInputs)({ userId: huge, keepers: { rotation: huge } });
        (0, chai_1.expect)(failures.map((f) => f.property)).to.deep.equal(["userId", "keepers"]);
        for (const failure of failures)
            (0, chai_1.expect)(failure.reason.length).to.be.below(200);
        (0, chai_1.expect)(failures[1].reason).to.contain("larger than 16 KiB");
    });
    it("accepts ordinary keepers", () => {
        (0, chai_1.expect)((0, s3_key_inputs_1.checkInputs)({ userId: emulator_2.USER, keepers: { rotation: "2026-11", nested: { a: ["b"] } } }).failures).to.deep.equal([]);
    });
});
describe("the emulator under junk traffic", () => {
    it("keeps its request log bounded, with paths cut short, and the newest entries kept", async () => {
        const emulator = await (0, emulator_1.startEmulator)({ logLimit: 100, rateLimitPerMinute: 0, rateLimitBurst: 0 });
        try {
            for (let i = 0; i < 400; i++) {
                const response = await fetch(`${emulator.url}/cloudapi/v6/${i}/${"x".repeat(8000)}`);
                await response.text();
                (0, chai_1.expect)(response.status).to.equal(401);
            }
            (0, chai_1.expect)(emulator.log.length).to.be.at.most(100).and.at.least(90);
            (0, chai_1.expect)(Math.max(...emulator.log.map((e) => e.path.length))).to.equal(512);
            (0, chai_1.expect)(emulator.log[emulator.log.length - 1].path).to.match(/^\/cloudapi\/v6\/399\//);
        }
        finally {
            await emulator.close();
        }
    });
});
//# sourceMappingURL=hardening.test.js.map