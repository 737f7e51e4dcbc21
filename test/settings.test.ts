import { expect } from "chai";
import { IonosConfigError } from "../provider/api/errors";
import { readConfig } from "../provider/common/config";
import { normalizeApiUrl } from "../provider/common/endpoints";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";

const thrown = (fn: () => unknown): IonosConfigError => {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(IonosConfigError);
    return error as IonosConfigError;
  }
  throw new Error("expected readConfig to throw");
};

describe("readConfig: every setting through one boundary", () => {
  it("prefers the token when both a token and Basic credentials are set", () => {
    const s = readConfig({ env: { IONOS_TOKEN: "t", IONOS_USERNAME: "u", IONOS_PASSWORD: "p" } }).api;
    expect(s.auth).to.deep.equal({ kind: "token", token: "t" });
  });

  it("uses Basic credentials without a token", () => {
    expect(readConfig({ env: { IONOS_USERNAME: "u", IONOS_PASSWORD: "p" } }).api.auth).to.deep.equal({
      kind: "basic",
      username: "u",
      password: "p",
    });
  });

  it("names the variables to set when no credentials are given", () => {
    const error = thrown(() => readConfig({ env: {} }).api);
    expect(error.message).to.contain("IONOS_TOKEN").and.contain("IONOS_USERNAME").and.contain("IONOS_PASSWORD");
  });

  it("says which half of Basic credentials is missing, without showing the other", () => {
    const error = thrown(() => readConfig({ env: { IONOS_USERNAME: "alice" } }).api);
    expect(error.message).to.contain("IONOS_PASSWORD is not set");
  });

  it("reports every problem at once", () => {
    const error = thrown(() => readConfig({ env: { IONOS_API_URL: "ftp://x", IONOS_CONTRACT_NUMBER: "abc" } }).api);
    expect(error.problems).to.have.length(3);
    expect(error.message)
      .to.contain("IONOS_API_URL")
      .and.contain("IONOS_CONTRACT_NUMBER")
      .and.contain("no IONOS credentials");
  });

  it("reports bad timeouts, a bad body cap and missing credentials in one error", () => {
    const error = thrown(() =>
      readConfig({
        env: {
          IONOS_WAIT_TIMEOUT: "ten",
          IONOS_HTTP_TIMEOUT: "-1",
          IONOS_MAX_RESPONSE_BYTES: "12",
          IONOS_USERNAME: "u",
        },
      }),
    );
    expect(error.problems).to.deep.equal([
      'IONOS_WAIT_TIMEOUT "ten" is not a number of seconds, e.g. 600',
      'IONOS_HTTP_TIMEOUT "-1" is not a number of seconds, e.g. 600',
      'IONOS_MAX_RESPONSE_BYTES "12" is not a whole number of bytes, 1024 or more',
      "IONOS_PASSWORD is not set: Basic authentication needs both IONOS_USERNAME and IONOS_PASSWORD (or set IONOS_TOKEN instead)",
    ]);
  });

  it("names the stack config key, not the variable, for a bad value that came from stack config", () => {
    const stackConfig = { get: (key: string) => ({ "ionoscloud:endpoint": "ftp://x" })[key] };
    const error = thrown(() =>
      readConfig({ env: { IONOS_TOKEN: "t", IONOS_API_URL: "https://ok.test" }, stackConfig }),
    );
    expect(error.problems).to.have.length(1);
    expect(error.problems[0]).to.match(/^ionoscloud:endpoint "ftp:\/\/x" is not an http\(s\) URL/);
  });

  it("yields the waits, the create policy and the journal directory from the given env only", () => {
    const config = readConfig({
      env: { IONOS_TOKEN: "t", IONOS_WAIT_TIMEOUT: "12", IONOS_REQUEST_LOG_SETTLE: "0.5", XDG_STATE_HOME: "/state" },
    });
    expect(config.wait.timeoutMs).to.equal(12_000);
    expect(config.create.requestLogSettleMs).to.equal(500);
    expect(config.httpTimeoutMs).to.equal(60_000);
    expect(config.journalDir).to.equal("/state/pulumi-ionos-s3key/pending-creates");
    expect(readConfig({ env: { IONOS_TOKEN: "t", IONOS_CREATE_JOURNAL: "off" } }).journalDir).to.equal(undefined);
  });

  it("lets stack config win over the environment", () => {
    const config = {
      get: (key: string) => ({ "ionoscloud:token": "from-config", "ionoscloud:endpoint": "https://example.test" })[key],
    };
    const s = readConfig({ env: { IONOS_TOKEN: "from-env" }, stackConfig: config }).api;
    expect(s.auth).to.deep.equal({ kind: "token", token: "from-config" });
    expect(s.baseUrl).to.equal("https://example.test/cloudapi/v6");
  });

  it("defaults to the public API and passes the contract number", () => {
    const s = readConfig({ env: { IONOS_TOKEN: "t", IONOS_CONTRACT_NUMBER: "31415" } }).api;
    expect(s).to.deep.include({ baseUrl: "https://api.ionos.com/cloudapi/v6", contractNumber: "31415" });
  });
});

describe("normalizeApiUrl", () => {
  const table: Array<[string, string | undefined]> = [
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
    it(`turns ${input} into ${expected ?? "an error"}`, () => expect(normalizeApiUrl(input)).to.equal(expected));
  }
});

describe("the endpoint's API version", () => {
  it("names the version when IONOS_API_URL ends in another /cloudapi/vN, instead of appending /cloudapi/v6 to it", () => {
    let message = "";
    try {
      readConfig({ env: { IONOS_TOKEN: "t0k", IONOS_API_URL: "https://api.ionos.com/cloudapi/v5" } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('IONOS_API_URL "https://api.ionos.com/cloudapi/v5" names the Cloud API v5');
    expect(message).to.contain("this provider speaks /cloudapi/v6");
  });
});

describe("endpoint paths that IONOS does not serve", () => {
  const problems = (env: NodeJS.ProcessEnv): string[] => {
    try {
      readConfig({ env: { IONOS_TOKEN: "t0k", ...env } });
      return [];
    } catch (error) {
      return [...(error as IonosConfigError).problems];
    }
  };

  it("refuses IONOS_API_URL with a path that is neither empty nor /cloudapi/v6, naming both fixes", () => {
    const [message] = problems({ IONOS_API_URL: "https://api.ionos.com/cloudapi" });
    expect(message).to.equal(
      'IONOS_API_URL "https://api.ionos.com/cloudapi" has the path /cloudapi, which is not the Cloud API\'s base: give the host alone (https://api.ionos.com) or the host with /cloudapi/v6 (https://api.ionos.com/cloudapi/v6); every other path answers 404',
    );
  });

  it("refuses the access-key endpoint with any path, and accepts the server with or without a slash", () => {
    const [message] = problems({ IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: "https://s3.ionos.com/accesskeys" });
    expect(message)
      .to.contain("has the path /accesskeys")
      .and.contain("give the server alone, e.g. https://s3.ionos.com");
    expect(problems({ IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: "https://s3.ionos.com/" })).to.deep.equal([]);
  });

  it("cuts a long value in the message to 60 characters and says how long it was", () => {
    const [message] = problems({ IONOS_CONTRACT_NUMBER: "9".repeat(5129) });
    expect(message).to.equal(
      `IONOS_CONTRACT_NUMBER "${"9".repeat(60)}… (5129 characters)" is not a number: use the contract number from the IONOS DCD`,
    );
  });
});

describe("credentials that cannot be sent as IONOS expects them", () => {
  const table: Array<[string, NodeJS.ProcessEnv, string]> = [
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
      let error: IonosConfigError | undefined;
      try {
        readConfig({ env });
      } catch (e) {
        error = e as IonosConfigError;
      }
      expect(error?.problems).to.have.length(1);
      expect(error!.problems[0]).to.contain(expected).and.contain("set it again, copied as plain text");
      for (const value of Object.values(env)) expect(error!.message).not.to.contain(value);
    });
  }

  it("accepts a password with spaces and non-ASCII letters (Basic authentication encodes them)", () => {
    expect(() =>
      readConfig({ env: { IONOS_USERNAME: "jörg@example.com", IONOS_PASSWORD: "zwei Wörter €" } }),
    ).not.to.throw();
  });
});

describe("both APIs local, or neither by accident", () => {
  const USER_ID = "11111111-2222-4333-8444-555555555555";
  const local = "http://127.0.0.1:4010";
  const checks = async (env: NodeJS.ProcessEnv) => {
    const warnings: string[] = [];
    const options = {
      env: { IONOS_TOKEN: "t", IONOS_CREATE_JOURNAL: "off", ...env },
      log: () => {},
      warn: (m: string) => void warnings.push(m),
    };
    const accessKeys = new AccessKeyProvider(options);
    const s3Keys = new S3KeyProvider(options);
    for (let i = 0; i < 2; i++) {
      await accessKeys.check({}, { description: "d" });
      await s3Keys.check({}, { userId: USER_ID, active: true });
    }
    return warnings;
  };

  it("warns once when the Cloud API is this machine's emulator and access keys would go to IONOS's public service", async () => {
    const warnings = await checks({ IONOS_API_URL: local });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain("IONOS_API_URL").and.contain("127.0.0.1:4010").and.contain("https://s3.ionos.com");
    expect(warnings[0]).to.contain("IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT").and.contain("--print-env");
  });

  it("warns once, for S3Key, when only the access-key API is local", async () => {
    const warnings = await checks({ IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: local });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /the Cloud API \(S3Key, IONOS_API_URL\) is https:\/\/api\.ionos\.com\/cloudapi\/v6, a remote service/,
    );
  });

  it("says nothing when both are local, or both are IONOS's", async () => {
    expect(await checks({ IONOS_API_URL: local, IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: local })).to.deep.equal([]);
    expect(await checks({})).to.deep.equal([]);
  });
});
