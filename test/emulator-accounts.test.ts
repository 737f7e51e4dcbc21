import { Configuration, ContractResourcesApi, UserS3KeysApi } from "@ionos-cloud/sdk-nodejs";
import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../emulator";
import { USER } from "./helpers/emulator";

const OTHER = { token: "token-of-contract-b", contractNumber: 31000002 };

/** IONOS's own Node SDK, acting with `token`. */
function sdk(emulator: Emulator, token: string) {
  const config = new Configuration({ basePath: `${emulator.url}/cloudapi/v6`, apiKey: token });
  config.setMaxRetries(0);
  config.setMaxWaitTime(0);
  return { contracts: new ContractResourcesApi(config), keys: new UserS3KeysApi(config) };
}

/** A request with `token`, answered as JSON. */
async function call(emulator: Emulator, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === "" ? undefined : (JSON.parse(text) as any) };
}

// Every IONOS account reaches the same endpoint; the token says which contract a call acts for, and
// one contract's users, keys, access keys and requests are unknown to another's credentials.
describe("emulator accounts", () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator({ requestDelayMs: 0, contractNumber: 31000001, accounts: [OTHER] });
  });
  afterEach(() => emulator.close());

  it("answers GET /contracts with the contract each token acts for, as IONOS's Node SDK reads it", async () => {
    const own = await sdk(emulator, emulator.options.token).contracts.contractsGet();
    const other = await sdk(emulator, OTHER.token).contracts.contractsGet();
    expect(own.data.items?.map((c) => c.properties?.contractNumber)).to.deep.equal([31000001]);
    expect(other.data.items?.map((c) => c.properties?.contractNumber)).to.deep.equal([31000002]);
  });

  it("is an account of its own unless told otherwise: two emulators answer two contracts, a restart with its state file the same one", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "emulator-accounts-")), "state.json");
    const first = await startEmulator({ stateFile: file });
    const second = await startEmulator();
    try {
      expect(first.options.contractNumber).to.not.equal(second.options.contractNumber);
      await call(first, first.options.token, "POST", `/cloudapi/v6/um/users/${USER}/s3keys`);
    } finally {
      await first.close();
      await second.close();
    }
    const restarted = await startEmulator({ stateFile: file });
    try {
      const answer = await call(restarted, restarted.options.token, "GET", "/cloudapi/v6/contracts");
      expect(answer.body.items[0].properties.contractNumber).to.equal(first.options.contractNumber);
      expect(restarted.contractKeys(first.options.contractNumber)).to.have.length(1);
    } finally {
      await restarted.close();
    }
  });

  it("keeps each contract's users and keys to itself: another contract's user answers 404, as an unknown one", async () => {
    const made = await sdk(emulator, emulator.options.token).keys.umUsersS3keysPost({ userId: USER });
    const keyId = made.data.id!;
    const asOther = await call(emulator, OTHER.token, "GET", `/cloudapi/v6/um/users/${USER}/s3keys/${keyId}`);
    expect(asOther.status).to.equal(404);
    expect(asOther.body.messages[0].message).to.contain(`the user ${USER} was not found`);
    const deleted = await call(emulator, OTHER.token, "DELETE", `/cloudapi/v6/um/users/${USER}/s3keys/${keyId}`);
    expect(deleted.status).to.equal(404);
    expect(emulator.contractKeys(31000001).map((k) => k.id)).to.deep.equal([keyId]);
    expect(emulator.contractKeys(31000002)).to.deep.equal([]);
  });

  it("lists only the caller's contract's access keys and requests", async () => {
    const mine = await call(emulator, emulator.options.token, "POST", "/accesskeys", {
      properties: { description: "mine" },
    });
    const theirs = await call(emulator, OTHER.token, "POST", "/accesskeys", { properties: { description: "theirs" } });
    expect(mine.status).to.equal(201);
    expect(theirs.body.properties.contractUserId).to.match(/^31000002:/);
    const listed = await call(emulator, OTHER.token, "GET", "/accesskeys");
    expect(listed.body.items.map((k: { id: string }) => k.id)).to.deep.equal([theirs.body.id]);
    expect((await call(emulator, OTHER.token, "GET", `/accesskeys/${mine.body.id}`)).status).to.equal(404);
    expect(emulator.accessKeys().map((k) => k.id)).to.deep.equal([mine.body.id]);
    expect(emulator.accessKeys(31000002).map((k) => k.id)).to.deep.equal([theirs.body.id]);

    await call(emulator, emulator.options.token, "POST", `/cloudapi/v6/um/users/${USER}/s3keys`);
    const ownRequests = await call(emulator, emulator.options.token, "GET", "/cloudapi/v6/requests");
    const otherRequests = await call(emulator, OTHER.token, "GET", "/cloudapi/v6/requests");
    expect(ownRequests.body.items).to.have.length(1);
    expect(otherRequests.body.items).to.deep.equal([]);
    const status = await call(emulator, OTHER.token, "GET", `/cloudapi/v6/requests/${ownRequests.body.items[0].id}`);
    expect(status.status).to.equal(404);
  });
});
