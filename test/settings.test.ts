import { expect } from "chai";
import { IonosConfigError } from "../provider/api/errors";
import { normalizeApiUrl, readSettings } from "../provider/settings";

const thrown = (fn: () => unknown): IonosConfigError => {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(IonosConfigError);
    return error as IonosConfigError;
  }
  throw new Error("expected readSettings to throw");
};

describe("readSettings", () => {
  it("prefers the token when both a token and Basic credentials are set", () => {
    const s = readSettings({ IONOS_TOKEN: "t", IONOS_USERNAME: "u", IONOS_PASSWORD: "p" });
    expect(s.auth).to.deep.equal({ kind: "token", token: "t" });
  });

  it("uses Basic credentials without a token", () => {
    expect(readSettings({ IONOS_USERNAME: "u", IONOS_PASSWORD: "p" }).auth).to.deep.equal({
      kind: "basic",
      username: "u",
      password: "p",
    });
  });

  it("names the variables to set when no credentials are given", () => {
    const error = thrown(() => readSettings({}));
    expect(error.message).to.contain("IONOS_TOKEN").and.contain("IONOS_USERNAME").and.contain("IONOS_PASSWORD");
  });

  it("says which half of Basic credentials is missing, without showing the other", () => {
    const error = thrown(() => readSettings({ IONOS_USERNAME: "alice" }));
    expect(error.message).to.contain("IONOS_PASSWORD is not set");
  });

  it("reports every problem at once", () => {
    const error = thrown(() => readSettings({ IONOS_API_URL: "ftp://x", IONOS_CONTRACT_NUMBER: "abc" }));
    expect(error.problems).to.have.length(3);
    expect(error.message)
      .to.contain("IONOS_API_URL")
      .and.contain("IONOS_CONTRACT_NUMBER")
      .and.contain("no IONOS credentials");
  });

  it("lets stack config win over the environment", () => {
    const config = {
      get: (key: string) => ({ "ionoscloud:token": "from-config", "ionoscloud:endpoint": "https://example.test" })[key],
    };
    const s = readSettings({ IONOS_TOKEN: "from-env" }, config);
    expect(s.auth).to.deep.equal({ kind: "token", token: "from-config" });
    expect(s.baseUrl).to.equal("https://example.test/cloudapi/v6");
  });

  it("defaults to the public API and passes the contract number", () => {
    const s = readSettings({ IONOS_TOKEN: "t", IONOS_CONTRACT_NUMBER: "31415" });
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
  ];
  for (const [input, expected] of table) {
    it(`turns ${input} into ${expected ?? "an error"}`, () => expect(normalizeApiUrl(input)).to.equal(expected));
  }
});

describe("the endpoint's API version", () => {
  it("names the version when IONOS_API_URL ends in another /cloudapi/vN, instead of appending /cloudapi/v6 to it", () => {
    let message = "";
    try {
      readSettings({ IONOS_TOKEN: "t0k", IONOS_API_URL: "https://api.ionos.com/cloudapi/v5" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('IONOS_API_URL "https://api.ionos.com/cloudapi/v5" names the Cloud API v5');
    expect(message).to.contain("this provider speaks /cloudapi/v6");
  });
});
