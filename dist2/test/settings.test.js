"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const errors_1 = require("../provider/api/errors");
const config_1 = require("../provider/common/config");
const endpoints_1 = require("../provider/common/endpoints");
const access_key_provider_1 = require("../provider/access-key/access-key-provider");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const thrown = (fn) => {
    try {
        fn();
    }
    catch (error) {
        (0, chai_1.expect)(error).to.be.instanceOf(errors_1.IonosConfigError);
        return error;
    }
    throw new Error("expected readConfig to throw");
};
describe("readConfig: every setting through one boundary", () => {
    it("prefers the token when both a token and Basic credentials are set", () => {
        const s = (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t", IONOS_USERNAME: "u", IONOS_PASSWORD: "p" } }).api;
        (0, chai_1.expect)(s.auth).to.deep.equal({ kind: "token", token: "t" });
    });
    it("uses Basic credentials without a token", () => {
        (0, chai_1.expect)((0, config_1.readConfig)({ env: { IONOS_USERNAME: "u", IONOS_PASSWORD: "p" } }).api.auth).to.deep.equal({
            kind: "basic",
            username: "u",
            password: "p",
        });
    });
    it("names the variables to set when no credentials are given", () => {
        const error = thrown(() => (0, config_1.readConfig)({ env: {} }).api);
        (0, chai_1.expect)(error.message).to.contain("IONOS_TOKEN").and.contain("IONOS_USERNAME").and.contain("IONOS_PASSWORD");
    });
    it("says which half of Basic credentials is missing, without showing the other", () => {
        const error = thrown(() => (0, config_1.readConfig)({ env: { IONOS_USERNAME: "alice" } }).api);
        (0, chai_1.expect)(error.message).to.contain("IONOS_PASSWORD is not set");
    });
    it("reports every problem at once", () => {
        const error = thrown(() => (0, config_1.readConfig)({ env: { IONOS_API_URL: "ftp://x", IONOS_CONTRACT_NUMBER: "abc" } }).api);
        (0, chai_1.expect)(error.problems).to.have.length(3);
        (0, chai_1.expect)(error.message)
            .to.contain("IONOS_API_URL")
            .and.contain("IONOS_CONTRACT_NUMBER")
            .and.contain("no IONOS credentials");
    });
    it("reports bad timeouts, a bad body cap and missing credentials in one error", () => {
        const error = thrown(() => (0, config_1.readConfig)({
            env: {
                IONOS_WAIT_TIMEOUT: "ten",
                IONOS_HTTP_TIMEOUT: "-1",
                IONOS_MAX_RESPONSE_BYTES: "12",
                IONOS_USERNAME: "u",
            },
        }));
        (0, chai_1.expect)(error.problems).to.deep.equal([
            'IONOS_WAIT_TIMEOUT "ten" is not a number of seconds, e.g. 600',
            'IONOS_HTTP_TIMEOUT "-1" is not a number of seconds, e.g. 600',
            'IONOS_MAX_RESPONSE_BYTES "12" is not a whole number of bytes, 1024 or more',
            "IONOS_PASSWORD is not set: Basic authentication needs both IONOS_USERNAME and IONOS_PASSWORD (or set IONOS_TOKEN instead)",
        ]);
    });
    it("names the stack config key, not the variable, for a bad value that came from stack config", () => {
        const stackConfig = { get: (key) => ({ "ionoscloud:endpoint": "ftp://x" })[key] };
        const error = thrown(() => (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t", IONOS_API_URL: "https://ok.test" }, stackConfig }));
        (0, chai_1.expect)(error.problems).to.have.length(1);
        (0, chai_1.expect)(error.problems[0]).to.match(/^ionoscloud:endpoint "ftp:\/\/x" is not an http\(s\) URL/);
    });
    it("yields the waits, the create policy and the journal directory from the given env only", () => {
        const config = (0, config_1.readConfig)({
            env: { IONOS_TOKEN: "t", IONOS_WAIT_TIMEOUT: "12", IONOS_REQUEST_LOG_SETTLE: "0.5", XDG_STATE_HOME: "/state" },
        });
        (0, chai_1.expect)(config.wait.timeoutMs).to.equal(12_000);
        (0, chai_1.expect)(config.create.requestLogSettleMs).to.equal(500);
        (0, chai_1.expect)(config.httpTimeoutMs).to.equal(60_000);
        (0, chai_1.expect)(config.journalDir).to.equal("/state/pulumi-ionos-s3key/pending-creates");
        (0, chai_1.expect)((0, config_1.readConfig)({ env: { IONOS_TOKEN: "t", IONOS_CREATE_JOURNAL: "off" } }).journalDir).to.equal(undefined);
    });
    it("lets stack config win over the environment", () => {
        const config = {
            get: (key) => ({ "ionoscloud:token": "from-config", "ionoscloud:endpoint": "https://example.test" })[key],
        };
        const s = (0, config_1.readConfig)({ env: { IONOS_TOKEN: "from-env" }, stackConfig: config }).api;
        (0, chai_1.expect)(s.auth).to.deep.equal({ kind: "token", token: "from-config" });
        (0, chai_1.expect)(s.baseUrl).to.equal("https://example.test/cloudapi/v6");
    });
    it("defaults to the public API and passes the contract number", () => {
        const s = (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t", IONOS_CONTRACT_NUMBER: "31415" } }).api;
        (0, chai_1.expect)(s).to.deep.include({ baseUrl: "https://api.ionos.com/cloudapi/v6", contractNumber: "31415" });
    });
});
describe("normalizeApiUrl", () => {
    const table = [
        ["https://api.ionos.com", "https://api.ionos.com/cloudapi/v6"],
        ["https://api.ionos.com/", "https://api.ionos.com/cloudapi/v6"],
        ["https://api.ionos.com/cloudapi/v6", "https://api.ionos.com/cloudapi/v6"],
        ["https://api.ionos.com/cloudapi/v6/", "https://api.ionos.com/cloudapi/v6"],
        ["http://127.0.0.1:8080", "http://127.0.0.1:8080/cloudapi/v6"],
        ["api.ionos.com", undefined],
        ["ftp://api.ionos.com", undefined],
        ["https://user:pw@api.ionos.com", undefined],
        ["https://api.ionos.com/cloudapi/v5", undefined],
        ["https://api.ionos.com/cloudapi/v5/", undefined],
        ["https://api.ionos.com/cloudapi", undefined],
        ["https://api.ionos.com/cloudapi/v6/cloudapi/v6", undefined],
        ["https://api.ionos.com/v6", undefined],
        ["http://127.0.0.1:8080/prefix/cloudapi/v6", undefined],
    ];
    for (const [input, expected] of table) {
        it(`turns ${input} into ${expected ?? "an error"}`, () => (0, chai_1.expect)((0, endpoints_1.normalizeApiUrl)(input)).to.equal(expected));
    }
});
describe("the endpoint's API version", () => {
    it("names the version when IONOS_API_URL ends in another /cloudapi/vN, instead of appending /cloudapi/v6 to it", () => {
        let message = "";
        try {
            (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: "https://api.ionos.com/cloudapi/v5" } });
        }
        catch (error) {
            message = error.message;
        }
        (0, chai_1.expect)(message).to.contain('IONOS_API_URL "https://api.ionos.com/cloudapi/v5" names the Cloud API v5');
        (0, chai_1.expect)(message).to.contain("this provider speaks /cloudapi/v6");
    });
});
describe("endpoint paths that IONOS does not serve", () => {
    const problems = (env) => {
        try {
            (0, config_1.readConfig)({ env: { IONOS_TOKEN: "t0k", ...env } });
            return [];
        }
        catch (error) {
            return [...error.problems];
        }
    };
    it("refuses IONOS_API_URL with a path that is neither empty nor /cloudapi/v6, naming both fixes", () => {
        const [message] = problems({ IONOS_API_URL: "https://api.ionos.com/cloudapi" });
        (0, chai_1.expect)(message).to.equal('IONOS_API_URL "https://api.ionos.com/cloudapi" has the path /cloudapi, which is not the Cloud API\'s base: give the host alone (https://api.ionos.com) or the host with /cloudapi/v6 (https://api.ionos.com/cloudapi/v6); every other path answers 404');
    });
    it("refuses the access-key endpoint with any path, and accepts the server with or without a slash", () => {
        const [message] = problems({ IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: "https://s3.ionos.com/accesskeys" });
        (0, chai_1.expect)(message)
            .to.contain("has the path /accesskeys")
            .and.contain("give the server alone, e.g. https://s3.ionos.com");
        (0, chai_1.expect)(problems({ IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: "https://s3.ionos.com/" })).to.deep.equal([]);
    });
    it("cuts a long value in the message to 60 characters and says how long it was", () => {
        const [message] = problems({ IONOS_CONTRACT_NUMBER: "9".repeat(5129) });
        (0, chai_1.expect)(message).to.equal(`IONOS_CONTRACT_NUMBER "${"9".repeat(60)}… (5129 characters)" is not a number: use the contract number from the IONOS DCD`);
    });
});
describe("credentials that cannot be sent as IONOS expects them", () => {
    const table = [
        [
            "a token pasted with typographic quotes",
            { IONOS_TOKEN: "\u201ceyJhbGciOiJSUzI1NiJ9.abc\u201d" },
            "IONOS_TOKEN holds typographic quotes",
        ],
        ["a token with a space inside", { IONOS_TOKEN: "eyJhbGci OiJSUzI1NiJ9" }, "IONOS_TOKEN holds whitespace"],
        ["a token with a line break inside", { IONOS_TOKEN: "eyJhbGci\nOiJSUzI1NiJ9" }, "IONOS_TOKEN holds a line break"],
        ["a token in plain quotes", { IONOS_TOKEN: '"eyJhbGciOiJSUzI1NiJ9"' }, "IONOS_TOKEN holds quote characters"],
        [
            "a token with non-Latin-1 characters",
            { IONOS_TOKEN: "eyJhbGci\u4e2d\u6587" },
            "IONOS_TOKEN holds characters outside ASCII",
        ],
        [
            "a password with a line break",
            { IONOS_USERNAME: "u@example.com", IONOS_PASSWORD: "pass\nword1234" },
            "IONOS_PASSWORD holds a line break",
        ],
        [
            "a password with typographic quotes",
            { IONOS_USERNAME: "u@example.com", IONOS_PASSWORD: "\u2018passw0rd!\u2019" },
            "IONOS_PASSWORD holds typographic quotes",
        ],
    ];
    for (const [what, env, expected] of table) {
        it(`refuses ${what}, naming the setting and never the value`, () => {
            let error;
            try {
                (0, config_1.readConfig)({ env });
            }
            catch (e) {
                error = e;
            }
            (0, chai_1.expect)(error?.problems).to.have.length(1);
            (0, chai_1.expect)(error.problems[0]).to.contain(expected).and.contain("set it again, copied as plain text");
            for (const value of Object.values(env))
                (0, chai_1.expect)(error.message).not.to.contain(value);
        });
    }
    it("accepts a password with spaces and non-ASCII letters (Basic authentication encodes them)", () => {
        (0, chai_1.expect)(() => (0, config_1.readConfig)({ env: { IONOS_USERNAME: "jörg@example.com", IONOS_PASSWORD: "zwei Wörter €" } })).not.to.throw();
    });
});
describe("both APIs local, or neither by accident", () => {
    const USER_ID = "11111111-2222-4333-8444-555555555555";
    const local = "http://127.0.0.1:4010";
    const checks = async (env) => {
        const warnings = [];
        const options = {
            env: { IONOS_TOKEN: "t", IONOS_CREATE_JOURNAL: "off", ...env },
            log: () => { },
            warn: (m) => void warnings.push(m),
        };
        const accessKeys = new access_key_provider_1.AccessKeyProvider(options);
        const s3Keys = new s3_key_provider_1.S3KeyProvider(options);
        for (let i = 0; i < 2; i++) {
            await accessKeys.check({}, { description: "d" });
            await s3Keys.check({}, { userId: USER_ID, active: true });
        }
        return warnings;
    };
    it("warns once when the Cloud API is this machine's emulator and access keys would go to IONOS's public service", async () => {
        const warnings = await checks({ IONOS_API_URL: local });
        (0, chai_1.expect)(warnings).to.have.length(1);
        (0, chai_1.expect)(warnings[0]).to.contain("IONOS_API_URL").and.contain("127.0.0.1:4010").and.contain("https://s3.ionos.com");
        (0, chai_1.expect)(warnings[0]).to.contain("IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT").and.contain("--print-env");
    });
    it("warns once, for S3Key, when only the access-key API is local", async () => {
        const warnings = await checks({ IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: local });
        (0, chai_1.expect)(warnings).to.have.length(1);
        (0, chai_1.expect)(warnings[0]).to.match(/the Cloud API \(S3Key, IONOS_API_URL\) is https:\/\/api\.ionos\.com\/cloudapi\/v6, a remote service/);
    });
    it("says nothing when both are local, or both are IONOS's", async () => {
        (0, chai_1.expect)(await checks({ IONOS_API_URL: local, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: local })).to.deep.equal([]);
        (0, chai_1.expect)(await checks({})).to.deep.equal([]);
    });
});
//# sourceMappingURL=settings.test.js.map