import { Configuration, RequestsApi, UserS3KeysApi, waitForRequest } from "@ionos-cloud/sdk-nodejs";
import { expect } from "chai";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type Emulator } from "../emulator";
import { OTHER_USER, USER } from "./helpers/emulator";

const KEY_USER = "cccccccc-1466-11e7-87d3-d7bb7dac0087";

const sdk = (emulator: Emulator, auth: "token" | "basic" = "token") => {
  const config = new Configuration({
    basePath: `${emulator.url}/cloudapi/v6`,
    ...(auth === "token"
      ? { apiKey: emulator.options.token }
      : { username: emulator.options.username, password: emulator.options.password }),
  });
  config.setMaxRetries(0);
  // The SDK sleeps before every first attempt (min(1 s, maxWaitTime)); tests need no such pause.
  config.setMaxWaitTime(0);
  return { config, keys: new UserS3KeysApi(config), requests: new RequestsApi(config) };
};

/** A raw request, for what the SDK would never send. */
function raw(
  emulator: Emulator,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: any }>((resolve, reject) => {
    const req = httpRequest(
      `${emulator.url}${path}`,
      { method, headers: { Authorization: `Bearer ${emulator.options.token}`, ...init.headers } },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // keep the text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}

/** `n` keys POSTed one after the other at `path`: their ids. */
async function postKeys(emulator: Emulator, path: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await raw(emulator, "POST", path)).body.id);
  return ids;
}

const errorOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    return (error as { response: { status: number; data: any } }).response;
  }
  throw new Error("expected the SDK call to fail");
};

describe("the emulator, driven by the official IONOS Node SDK", () => {
  let emulator: Emulator;
  before(async () => (emulator = await startEmulator({ requestDelayMs: 30 })));
  after(() => emulator.close());

  it("creates a key (202 with Location), and the SDK's waitForRequest sees it DONE", async () => {
    const { config, keys } = sdk(emulator);
    const created = await keys.umUsersS3keysPost({ userId: USER });
    expect(created.status).to.equal(202);
    expect(created.data.id).to.match(/^[0-9a-f]{20}$/);
    expect(created.data.properties?.secretKey).to.match(/^[A-Za-z0-9+/]{40}$/);
    expect(created.data.properties?.active).to.equal(true);
    expect(created.headers.location).to.match(new RegExp(`^${emulator.url}/cloudapi/v6/requests/[0-9a-f-]+/status$`));
    const done = await waitForRequest(config, created.headers.location);
    expect(done.data.metadata.status).to.equal("DONE");
  });

  it("lists keys with properties at depth 1 and only references at depth 0", async () => {
    const { keys } = sdk(emulator);
    const deep = await keys.umUsersS3keysGet({ userId: USER, depth: 1 });
    expect(deep.data.items?.[0].properties?.secretKey).to.be.a("string");
    expect(deep.data.items?.[0].metadata?.createdDate).to.be.a("string");
    const shallow = await keys.umUsersS3keysGet({ userId: USER, depth: 0 });
    expect(shallow.data.items?.[0]).to.have.keys("id", "type", "href");
  });

  it("reads, disables and deletes a key, each write waited for with waitForRequest", async () => {
    const { config, keys } = sdk(emulator, "basic");
    const { data: key, headers } = await keys.umUsersS3keysPost({ userId: USER });
    await waitForRequest(config, headers.location);
    const found = await keys.umUsersS3keysFindByKeyId({ userId: USER, keyId: key.id! });
    expect(found.data.properties?.secretKey).to.equal(key.properties?.secretKey);
    const put = await keys.umUsersS3keysPut({ userId: USER, keyId: key.id!, s3Key: { properties: { active: false } } });
    expect(put.status).to.equal(202);
    await waitForRequest(config, put.headers.location);
    expect((await keys.umUsersS3keysFindByKeyId({ userId: USER, keyId: key.id! })).data.properties?.active).to.equal(
      false,
    );
    const deleted = await keys.umUsersS3keysDelete({ userId: USER, keyId: key.id! });
    expect(deleted.status).to.equal(202);
    await waitForRequest(config, deleted.headers.location);
    const gone = await errorOf(keys.umUsersS3keysFindByKeyId({ userId: USER, keyId: key.id! }));
    expect(gone.status).to.equal(422);
    expect(gone.data.messages[0].message).to.match(/^\[VDC-21-2\] The access key cannot be found/);
  });

  it("walks a request through QUEUED, RUNNING and DONE, on the emulator's clock", async () => {
    let now = Date.UTC(2026, 11, 1);
    const staged = await startEmulator({ requestDelayMs: 300 }, { clock: () => now });
    try {
      const { keys, requests } = sdk(staged);
      const { headers } = await keys.umUsersS3keysPost({ userId: OTHER_USER });
      const id = /requests\/([^/]+)\/status/.exec(headers.location)![1];
      const seen: string[] = [];
      // A third of the delay queued, the rest running, DONE from the delay on.
      for (const at of [0, 99, 100, 299, 300]) {
        now = Date.UTC(2026, 11, 1) + at;
        seen.push((await requests.requestsStatusGet({ requestId: id })).data.metadata!.status!);
      }
      expect(seen).to.deep.equal(["QUEUED", "QUEUED", "RUNNING", "RUNNING", "DONE"]);
    } finally {
      await staged.close();
    }
  });

  it("returns an SSO URL", async () => {
    const { data } = await sdk(emulator).keys.umUsersS3ssourlGet({ userId: USER });
    expect(data.ssoUrl).to.match(/^http:\/\/127\.0\.0\.1:\d+\/ssosecurelogin\.htm\?user=/);
  });

  it("refuses a sixth key with 422 and keeps five", async () => {
    const user = "aaaaaaaa-1466-11e7-87d3-d7bb7dac0087";
    const { keys } = sdk(emulator);
    for (let i = 0; i < 5; i++) await keys.umUsersS3keysPost({ userId: user });
    const error = await errorOf(keys.umUsersS3keysPost({ userId: user }));
    expect(error.status).to.equal(422);
    expect(error.data).to.deep.equal({
      httpStatus: 422,
      messages: [
        {
          errorCode: "[VDC-21-5]",
          message: "The user has reached the maximum of 5 access keys; delete a key before creating a new one.",
        },
      ],
    });
    expect(emulator.keys(user)).to.have.length(5);
  });

  it("never exceeds five keys under 20 parallel creates for one user", async () => {
    const user = "bbbbbbbb-1466-11e7-87d3-d7bb7dac0087";
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        raw(emulator, "POST", `/cloudapi/v6/um/users/${user}/s3keys`).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 202)).to.have.length(5);
    expect(statuses.filter((s) => s === 422)).to.have.length(15);
    expect(emulator.keys(user)).to.have.length(5);
  });

  it("answers 401 in the IONOS shape for a wrong token and for none", async () => {
    const wrong = await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys`, {
      headers: { Authorization: "Bearer nope" },
    });
    expect(wrong.status).to.equal(401);
    expect(wrong.body.httpStatus).to.equal(401);
    const none = await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys`, { headers: { Authorization: "" } });
    expect(none.status).to.equal(401);
  });

  const errorTable: Array<
    [string, string, string, { headers?: Record<string, string>; body?: string }, number, RegExp]
  > = [
    ["an unknown path", "GET", "/cloudapi/v6/nothing/here", {}, 404, /Resource does not exist/],
    ["a wrong method", "PATCH", `/cloudapi/v6/um/users/${USER}/s3keys`, {}, 405, /PATCH is not allowed/],
    [
      "malformed JSON on PUT",
      "PUT",
      `/cloudapi/v6/um/users/${KEY_USER}/s3keys/KEY`,
      { body: "{nope" },
      400,
      /Malformed JSON/,
    ],
    [
      "malformed JSON on POST (which takes no body), creating nothing",
      "POST",
      `/cloudapi/v6/um/users/${USER}/s3keys`,
      { body: "{nope" },
      400,
      /Malformed JSON/,
    ],
    [
      "a PUT without properties.active",
      "PUT",
      `/cloudapi/v6/um/users/${KEY_USER}/s3keys/KEY`,
      { body: '{"properties":{"active":"yes"}}' },
      422,
      /properties\.active/,
    ],
    [
      "a PUT with a non-JSON content type",
      "PUT",
      `/cloudapi/v6/um/users/${KEY_USER}/s3keys/KEY`,
      { headers: { "Content-Type": "text/plain" }, body: "x" },
      415,
      /Unsupported content type/,
    ],
    ["a depth out of range", "GET", `/cloudapi/v6/um/users/${USER}/s3keys?depth=11`, {}, 422, /depth/],
    [
      "a malformed X-Contract-Number",
      "GET",
      `/cloudapi/v6/um/users/${USER}/s3keys`,
      { headers: { "X-Contract-Number": "abc" } },
      422,
      /X-Contract-Number/,
    ],
    ["an unknown key", "GET", `/cloudapi/v6/um/users/${USER}/s3keys/0000000000ffffffffff`, {}, 422, /VDC-21-2/],
    ["bad percent-encoding", "GET", `/cloudapi/v6/um/users/%E0%A4%A/s3keys`, {}, 400, /percent-encoding/],
    ["an unknown request", "GET", "/cloudapi/v6/requests/nope/status", {}, 404, /does not exist/],
  ];
  for (const [name, method, path, init, status, message] of errorTable) {
    it(`answers ${status} in the IONOS shape for ${name}`, async () => {
      let target = path;
      if (path.includes("KEY")) {
        const { data } = await sdk(emulator).keys.umUsersS3keysPost({ userId: KEY_USER });
        target = path.replace("KEY", data.id!);
      }
      const keysBefore = [...emulator.keys(USER), ...emulator.keys(KEY_USER)];
      const response = await raw(emulator, method, target, init);
      expect(response.status).to.equal(status);
      expect(response.body.httpStatus).to.equal(status);
      expect(response.body.messages[0].message).to.match(message);
      // An error changes nothing.
      expect([...emulator.keys(USER), ...emulator.keys(KEY_USER)]).to.deep.equal(keysBefore);
    });
  }

  it("puts rate-limit headers on every answer", async () => {
    const response = await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys`);
    expect(response.headers).to.include.keys("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-burst");
  });

  it("keeps answering with IONOS-shaped errors after garbage on the wire", async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(emulator.port, "127.0.0.1", () => socket.end("GARBAGE \x00\x01 HTTP/9\r\n\r\n"));
      socket.on("data", (d) => expect(d.toString()).to.contain("400"));
      socket.on("close", () => resolve());
      socket.on("error", () => resolve());
    });
    const huge = await raw(emulator, "PUT", `/cloudapi/v6/um/users/${USER}/s3keys/x`, {
      body: "x".repeat(2 << 20),
    }).catch(() => ({ status: 413 }));
    expect(huge.status).to.equal(413);
    const weird = await raw(emulator, "GET", "/cloudapi/v6/um/users/../../etc/passwd");
    expect(weird.status).to.equal(404);
    expect((await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys`)).status).to.equal(200);
  });

  it("logs every request with method, path, status and time", async () => {
    emulator.clearLog();
    await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys`);
    expect(emulator.log).to.have.length(1);
    expect(emulator.log[0]).to.include({
      method: "GET",
      path: `/cloudapi/v6/um/users/${USER}/s3keys`,
      status: 200,
      outcome: "answered",
    });
    expect(emulator.log[0].durationMs).to.be.a("number");
  });
});

describe("the emulator's limits and faults", () => {
  it("answers 404 for a user it does not know when users are seeded", async () => {
    const emulator = await startEmulator({ users: [USER] });
    try {
      const response = await raw(emulator, "POST", `/cloudapi/v6/um/users/${OTHER_USER}/s3keys`);
      expect(response.status).to.equal(404);
      expect(response.body.messages[0].message).to.contain(OTHER_USER);
    } finally {
      await emulator.close();
    }
  });

  it("answers 429 with Retry-After past the per-minute budget", async () => {
    const emulator = await startEmulator({ rateLimitPerMinute: 60, rateLimitBurst: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push(await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys`));
      expect(statuses.map((s) => s.status)).to.deep.equal([200, 200, 200, 429, 429]);
      expect(statuses[3].headers["retry-after"]).to.equal("1");
      expect(statuses[3].body.httpStatus).to.equal(429);
      expect(statuses[2].headers["x-ratelimit-remaining"]).to.equal("0");
    } finally {
      await emulator.close();
    }
  });

  it("answers 429 past the concurrency budget", async () => {
    const emulator = await startEmulator({
      rateLimitPerMinute: 100_000,
      rateLimitBurst: 2,
      faults: { latencyMs: 100 },
    });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 4 }, () =>
          raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys`).then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 429)).to.have.length(2);
    } finally {
      await emulator.close();
    }
  });

  it("injects the same 5xx answers for the same seed", async () => {
    const run = async () => {
      const emulator = await startEmulator({ faults: { seed: 42, errorRate: 0.3 } });
      try {
        const statuses = [];
        for (let i = 0; i < 30; i++)
          statuses.push((await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys`)).status);
        return statuses;
      } finally {
        await emulator.close();
      }
    };
    const first = await run();
    expect(first).to.deep.equal(await run());
    expect(first.filter((s) => s >= 500).length).to.be.within(3, 20);
    expect(first.every((s) => [200, 500, 503].includes(s))).to.equal(true);
  });

  it("drops connections after applying a write, so the client cannot know", async () => {
    const emulator = await startEmulator({ faults: { dropAfterWriteRate: 1 } });
    try {
      const error = await raw(emulator, "POST", `/cloudapi/v6/um/users/${USER}/s3keys`).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error?.message).to.match(/socket hang up|ECONNRESET/);
      expect(emulator.keys(USER)).to.have.length(1);
      expect(emulator.log[0].outcome).to.equal("dropped-after-write");
    } finally {
      await emulator.close();
    }
  });

  it("drops connections before applying anything", async () => {
    const emulator = await startEmulator({ faults: { dropRate: 1 } });
    try {
      const error = await raw(emulator, "POST", `/cloudapi/v6/um/users/${USER}/s3keys`).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error).to.be.instanceOf(Error);
      expect(emulator.keys(USER)).to.have.length(0);
    } finally {
      await emulator.close();
    }
  });

  it("ends a chosen request FAILED and does not apply it", async () => {
    const emulator = await startEmulator({ requestDelayMs: 0 });
    try {
      emulator.failNextRequest("Backend unavailable");
      const { config, keys } = sdk(emulator);
      const { headers } = await keys.umUsersS3keysPost({ userId: USER });
      const status = await waitForRequest(config, headers.location);
      expect(status.data.metadata).to.include({ status: "FAILED", message: "Backend unavailable" });
      expect(emulator.keys(USER)).to.have.length(0);
    } finally {
      await emulator.close();
    }
  });

  it("refuses creates without the object-storage privilege until it propagates", async () => {
    let now = Date.UTC(2026, 11, 1);
    const emulator = await startEmulator({ privilegeDelays: { [USER]: 150 } }, { clock: () => now });
    try {
      const first = await raw(emulator, "POST", `/cloudapi/v6/um/users/${USER}/s3keys`);
      expect(first.status).to.equal(422);
      expect(first.body.messages[0].message).to.contain("ACCESS_S3_OBJECT_STORAGE");
      now += 149;
      expect((await raw(emulator, "POST", `/cloudapi/v6/um/users/${USER}/s3keys`)).status).to.equal(422);
      now += 1;
      expect((await raw(emulator, "POST", `/cloudapi/v6/um/users/${USER}/s3keys`)).status).to.equal(202);
    } finally {
      await emulator.close();
    }
  });

  it("hides new keys from GET and list for the visibility delay", async () => {
    let now = Date.UTC(2026, 11, 1);
    const emulator = await startEmulator({ visibilityDelayMs: 150 }, { clock: () => now });
    try {
      const created = await raw(emulator, "POST", `/cloudapi/v6/um/users/${USER}/s3keys`);
      expect((await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys/${created.body.id}`)).status).to.equal(
        422,
      );
      expect((await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys?depth=1`)).body.items).to.have.length(0);
      now += 150;
      expect((await raw(emulator, "GET", `/cloudapi/v6/um/users/${USER}/s3keys/${created.body.id}`)).status).to.equal(
        200,
      );
    } finally {
      await emulator.close();
    }
  });

  it("honours IONOS's list options on a user's keys: filter.<property>, orderBy, maxResults; an unknown one is a 422 naming what is known", async () => {
    const emulator = await startEmulator({ requestDelayMs: 0 });
    try {
      const path = `/cloudapi/v6/um/users/${USER}/s3keys`;
      const ids = await postKeys(emulator, path, 3);
      await raw(emulator, "PUT", `${path}/${ids[1]}`, {
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ properties: { active: false } }),
      });
      const list = async (query: string) => (await raw(emulator, "GET", `${path}?depth=1&${query}`)).body;
      expect((await list("maxResults=1")).items).to.have.length(1);
      expect((await list("filter.active=false")).items.map((k: { id: string }) => k.id)).to.deep.equal([ids[1]]);
      expect((await list("filter.active=TRUE")).items, "contains, case ignored").to.have.length(2);
      const ordered = (await list("orderBy=id")).items.map((k: { id: string }) => k.id);
      expect(ordered).to.deep.equal([...ids].sort());
      expect((await list("orderBy=id&maxResults=2")).items.map((k: { id: string }) => k.id)).to.deep.equal(
        ordered.slice(0, 2),
      );
      const unknown = await raw(emulator, "GET", `${path}?colour=red`);
      expect(unknown.status).to.equal(422);
      expect(unknown.body.messages[0].message).to.contain("colour").and.contain("maxResults");
      const badFilter = await raw(emulator, "GET", `${path}?filter.colour=red`);
      expect(badFilter.status).to.equal(422);
      expect(badFilter.body.messages[0].message).to.contain("active");
      expect((await raw(emulator, "GET", `${path}?maxResults=-1`)).status).to.equal(422);
      expect((await raw(emulator, "GET", `${path}?orderBy=colour`)).status).to.equal(422);
    } finally {
      await emulator.close();
    }
  });

  it("pages /requests by offset, limit and maxResults alike, orders by a property on request, and refuses an unknown parameter", async () => {
    const emulator = await startEmulator({ requestDelayMs: 0 });
    try {
      const path = `/cloudapi/v6/um/users/${USER}/s3keys`;
      const keys = await postKeys(emulator, path, 3);
      await raw(emulator, "DELETE", `${path}/${keys[0]}`);
      const list = async (query: string) => (await raw(emulator, "GET", `/cloudapi/v6/requests?depth=1&${query}`)).body;
      expect((await list("")).items).to.have.length(4);
      expect((await list("maxResults=2")).items).to.have.length(2);
      expect((await list("limit=3&maxResults=2")).items).to.have.length(2);
      expect((await list("offset=3&maxResults=2")).items).to.have.length(1);
      const methods = (await list("orderBy=method")).items.map(
        (r: { properties: { method: string } }) => r.properties.method,
      );
      expect(methods).to.deep.equal(["DELETE", "POST", "POST", "POST"]);
      const unknown = await raw(emulator, "GET", "/cloudapi/v6/requests?sort=up");
      expect(unknown.status).to.equal(422);
      expect(unknown.body.messages[0].message).to.contain("sort").and.contain("offset");
    } finally {
      await emulator.close();
    }
  });

  it("keeps access keys in the state file too, with their secrets, written without following a planted link", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ionos-emu-"));
    const stateFile = join(dir, "state.json");
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "untouched");
    symlinkSync(victim, stateFile);
    const first = await startEmulator({ stateFile });
    const id = "0b6c2a43-5bd4-4f1e-9c3e-6a4f8c9d2e11";
    const made = await raw(first, "PUT", `/accesskeys/${id}`, {
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ properties: { description: "kept" } }),
    });
    expect(made.status, JSON.stringify(made.body)).to.equal(201);
    await first.close();
    expect(readFileSync(victim, "utf8"), "the link's target").to.equal("untouched");
    expect(lstatSync(stateFile).isSymbolicLink(), "the link was replaced, not followed").to.equal(false);
    expect((statSync(stateFile).mode & 0o777).toString(8)).to.equal("600");
    const second = await startEmulator({ stateFile });
    try {
      const [key] = second.accessKeys();
      expect(key.id).to.equal(id);
      expect(key.secretKey).to.equal(made.body.properties.secretKey);
      expect((await raw(second, "GET", `/accesskeys/${id}`)).body.properties.description).to.equal("kept");
    } finally {
      await second.close();
    }
  });

  it("keeps keys in a state file across a restart", async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), "ionos-emu-")), "state.json");
    const first = await startEmulator({ stateFile });
    const created = await raw(first, "POST", `/cloudapi/v6/um/users/${USER}/s3keys`);
    await first.close();
    expect(JSON.parse(readFileSync(stateFile, "utf8")).keys).to.have.length(1);
    const second = await startEmulator({ stateFile });
    try {
      expect((await raw(second, "GET", `/cloudapi/v6/um/users/${USER}/s3keys/${created.body.id}`)).status).to.equal(
        200,
      );
    } finally {
      await second.close();
    }
  });
});
