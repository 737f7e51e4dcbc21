import { expect } from "chai";
import { request as httpRequest } from "node:http";
import { startEmulator } from "../emulator";
import { authenticate } from "../emulator/auth";
import { decideFaults } from "../emulator/fault-decision";
import { defaultEmulatorOptions, defaultFaults } from "../emulator/options";
import { matchRoute } from "../emulator/routes";
import { AccessKeyEndpoints } from "../emulator/accesskey-endpoints";
import { Controls } from "../emulator/controls";
import { KeyEndpoints } from "../emulator/key-endpoints";
import { requestRoutes } from "../emulator/requests-api";
import { Store } from "../emulator/store";
import { seededRandom } from "../emulator/seeded-random";
import { USER } from "./helpers/emulator";

// The emulator's stages on their own: routing, auth and the fault decision are pure functions; the
// clock is injectable, so request timelines can be driven by a test.
describe("emulator stages", () => {
  it("routes every endpoint from the modules' route lists, with 405 naming the methods a path takes, and nothing else", () => {
    const options = defaultEmulatorOptions;
    const store = new Store();
    const controls = new Controls(options, Date.now);
    const routes = [
      ...new KeyEndpoints({ store, options, controls, origin: () => "" }).routes(),
      ...requestRoutes(store.requests, () => "", Date.now),
      ...new AccessKeyEndpoints({ store, options, controls }).routes(() => "owner"),
    ];
    const route = (method: string, path: string) => {
      const match = matchRoute(routes, method, path);
      return match !== undefined && match !== "bad" && "route" in match
        ? { pattern: match.route.pattern, params: match.params }
        : match;
    };
    const keys = "/cloudapi/v6/um/users/:userId/s3keys";
    expect(route("GET", `/cloudapi/v6/um/users/${USER}/s3keys`)).to.deep.equal({
      pattern: keys,
      params: { userId: USER },
    });
    expect(route("DELETE", `/cloudapi/v6/um/users/${USER}/s3keys/abc`)).to.deep.equal({
      pattern: `${keys}/:keyId`,
      params: { userId: USER, keyId: "abc" },
    });
    expect(route("GET", "/cloudapi/v6/requests")).to.deep.equal({ pattern: "/cloudapi/v6/requests", params: {} });
    expect(route("GET", "/cloudapi/v6/requests/r1/status")).to.deep.equal({
      pattern: "/cloudapi/v6/requests/:requestId/status",
      params: { requestId: "r1" },
    });
    expect(route("PUT", "/accesskeys/k%201/renew")).to.deep.equal({
      pattern: "/accesskeys/:id/renew",
      params: { id: "k 1" },
    });
    expect(route("PATCH", `/cloudapi/v6/um/users/${USER}/s3keys/abc`)).to.deep.equal({
      allowed: ["GET", "PUT", "DELETE"],
    });
    expect(route("DELETE", "/cloudapi/v6/requests")).to.deep.equal({ allowed: ["GET"] });
    expect(route("GET", "/cloudapi/v6/requests/r1/other")).to.equal(undefined);
    expect(route("GET", `/cloudapi/v6/um/users/${USER}/s3keys/`)).to.equal(undefined);
    expect(route("GET", "/accesskeys/")).to.equal(undefined);
    expect(route("GET", "/cloudapi/v5/requests")).to.equal(undefined);
    expect(route("GET", "/cloudapi/v6/um/users/%E0%A4%A/s3keys")).to.equal("bad");
  });

  it("authenticates the token, the restricted token, Basic credentials and other accounts' tokens, each for its contract, and nobody else", () => {
    const o = { ...defaultEmulatorOptions, accounts: [{ token: "token-b", contractNumber: 31000002 }] };
    const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString("base64")}`;
    expect(authenticate(`Bearer ${o.token}`, o)).to.deep.equal({ kind: "full", contract: 31000001 });
    expect(authenticate(`Bearer ${o.restrictedToken}`, o)).to.deep.equal({ kind: "restricted", contract: 31000001 });
    expect(authenticate(basic(o.username, o.password), o)).to.deep.equal({ kind: "full", contract: 31000001 });
    expect(authenticate("Bearer token-b", o)).to.deep.equal({ kind: "full", contract: 31000002 });
    expect(authenticate(basic(o.username, "wrong"), o)).to.equal(undefined);
    expect(authenticate("Bearer nope", o)).to.equal(undefined);
    expect(authenticate(undefined, o)).to.equal(undefined);
  });

  it("decides faults: drawn ones first, a one-off only when none was drawn, injected after-write faults always", () => {
    const never = () => undefined;
    expect(decideFaults(defaultFaults, seededRandom(1), never)).to.deep.equal({ latencyMs: 0 });
    const always = { ...defaultFaults, errorRate: 1 };
    let taken = 0;
    const take = () => (taken++, { kind: "drop" as const });
    expect(decideFaults(always, seededRandom(1), take).before).to.have.property("kind", "status");
    expect(taken, "the one-off waits for the next request").to.equal(0);
    expect(decideFaults(defaultFaults, seededRandom(1), take).before).to.deep.equal({ kind: "drop" });
    expect(taken).to.equal(1);
    expect(
      decideFaults(defaultFaults, seededRandom(1), () => ({ kind: "status", status: 502, afterWrite: true })),
    ).to.deep.equal({ latencyMs: 0, afterWrite: { kind: "status", status: 502 } });
    expect(decideFaults({ ...defaultFaults, dropAfterWriteRate: 1 }, seededRandom(1), never).afterWrite).to.deep.equal({
      kind: "drop",
      drawn: true,
    });
  });

  it("repeats its faults for a seed: the same rates and seed give the same decisions", () => {
    const faults = { ...defaultFaults, errorRate: 0.3, dropRate: 0.1, rateLimitRate: 0.1, latencyJitterMs: 5 };
    const run = () => {
      const random = seededRandom(42);
      return Array.from({ length: 50 }, () => decideFaults(faults, random, () => undefined));
    };
    expect(run()).to.deep.equal(run());
  });

  it("runs on an injected clock: a request is DONE only when the test moves time past its delay", async () => {
    let now = Date.UTC(2026, 10, 22, 12, 0, 0);
    const emulator = await startEmulator({ requestDelayMs: 60_000 }, { clock: () => now });
    try {
      const call = (method: string, path: string) =>
        new Promise<{ status: number; body: any; location?: string }>((resolve, reject) => {
          const req = httpRequest(
            `${emulator.url}${path}`,
            { method, headers: { Authorization: `Bearer ${emulator.options.token}` } },
            (res) => {
              let text = "";
              res.on("data", (c) => (text += c));
              res.on("end", () =>
                resolve({ status: res.statusCode!, body: JSON.parse(text || "null"), location: res.headers.location }),
              );
            },
          );
          req.on("error", reject);
          req.end();
        });
      const post = await call("POST", `/cloudapi/v6/um/users/${USER}/s3keys`);
      expect(post.body.metadata.createdDate).to.equal("2026-11-22T12:00:00.000Z");
      const statusPath = new URL(post.location!).pathname;
      expect((await call("GET", statusPath)).body.metadata.status).to.equal("QUEUED");
      now += 30_000;
      expect((await call("GET", statusPath)).body.metadata.status).to.equal("RUNNING");
      now += 30_000;
      expect((await call("GET", statusPath)).body.metadata.status).to.equal("DONE");
    } finally {
      await emulator.close();
    }
  });

  it("names the field a malformed PUT body gets wrong", async () => {
    const emulator = await startEmulator({ requestDelayMs: 1 });
    try {
      const put = (body: string) =>
        new Promise<{ status: number; message: string }>((resolve, reject) => {
          const key = emulator.keys(USER)[0];
          const req = httpRequest(
            `${emulator.url}/cloudapi/v6/um/users/${USER}/s3keys/${key.id}`,
            {
              method: "PUT",
              headers: { Authorization: `Bearer ${emulator.options.token}`, "Content-Type": "application/json" },
            },
            (res) => {
              let text = "";
              res.on("data", (c) => (text += c));
              res.on("end", () =>
                resolve({ status: res.statusCode!, message: JSON.parse(text).messages?.[0]?.message ?? "" }),
              );
            },
          );
          req.on("error", reject);
          req.end(body);
        });
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest(
          `${emulator.url}/cloudapi/v6/um/users/${USER}/s3keys`,
          { method: "POST", headers: { Authorization: `Bearer ${emulator.options.token}` } },
          (res) => res.resume().on("end", () => resolve()),
        );
        req.on("error", reject);
        req.end();
      });
      expect(await put('{"properties":{"active":"yes"}}')).to.deep.equal({
        status: 422,
        message: `Attribute 'properties.active' is invalid: expected a boolean, got "yes".`,
      });
      expect((await put("[]")).message).to.contain('the body must be {"properties": {"active": true|false}}');
      expect((await put('{"properties":{"active":false}}')).status).to.equal(202);
    } finally {
      await emulator.close();
    }
  });
});
