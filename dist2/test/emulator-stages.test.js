"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_http_1 = require("node:http");
const emulator_1 = require("../emulator");
const auth_1 = require("../emulator/auth");
const fault_decision_1 = require("../emulator/fault-decision");
const options_1 = require("../emulator/options");
const routes_1 = require("../emulator/routes");
const accesskey_endpoints_1 = require("../emulator/accesskey-endpoints");
const controls_1 = require("../emulator/controls");
const key_endpoints_1 = require("../emulator/key-endpoints");
const requests_api_1 = require("../emulator/requests-api");
const store_1 = require("../emulator/store");
const seeded_random_1 = require("../emulator/seeded-random");
const emulator_2 = require("./helpers/emulator");
// The emulator's stages on their own: routing, auth and the fault decision are pure functions; the
// clock is injectable, so request timelines can be driven by a test.
describe("emulator stages", () => {
    it("routes every endpoint from the modules' route lists, with 405 naming the methods a path takes, and nothing else", () => {
        const options = options_1.defaultEmulatorOptions;
        const store = new store_1.Store();
        const controls = new controls_1.Controls(options, Date.now);
        const routes = [
            ...new key_endpoints_1.KeyEndpoints({ store, options, controls, origin: () => "" }).routes(),
            ...(0, requests_api_1.requestRoutes)(store.requests, () => "", Date.now),
            ...new accesskey_endpoints_1.AccessKeyEndpoints({ store, options, controls }).routes("owner"),
        ];
        const route = (method, path) => {
            const match = (0, routes_1.matchRoute)(routes, method, path);
            return match !== undefined && match !== "bad" && "route" in match
                ? { pattern: match.route.pattern, params: match.params }
                : match;
        };
        const keys = "/cloudapi/v6/um/users/:userId/s3keys";
        (0, chai_1.expect)(route("GET", `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys`)).to.deep.equal({
            pattern: keys,
            params: { userId: emulator_2.USER },
        });
        (0, chai_1.expect)(route("DELETE", `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys/abc`)).to.deep.equal({
            pattern: `${keys}/:keyId`,
            params: { userId: emulator_2.USER, keyId: "abc" },
        });
        (0, chai_1.expect)(route("GET", "/cloudapi/v6/requests")).to.deep.equal({ pattern: "/cloudapi/v6/requests", params: {} });
        (0, chai_1.expect)(route("GET", "/cloudapi/v6/requests/r1/status")).to.deep.equal({
            pattern: "/cloudapi/v6/requests/:requestId/status",
            params: { requestId: "r1" },
        });
        (0, chai_1.expect)(route("PUT", "/accesskeys/k%201/renew")).to.deep.equal({
            pattern: "/accesskeys/:id/renew",
            params: { id: "k 1" },
        });
        (0, chai_1.expect)(route("PATCH", `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys/abc`)).to.deep.equal({
            allowed: ["GET", "PUT", "DELETE"],
        });
        (0, chai_1.expect)(route("DELETE", "/cloudapi/v6/requests")).to.deep.equal({ allowed: ["GET"] });
        (0, chai_1.expect)(route("GET", "/cloudapi/v6/requests/r1/other")).to.equal(undefined);
        (0, chai_1.expect)(route("GET", `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys/`)).to.equal(undefined);
        (0, chai_1.expect)(route("GET", "/accesskeys/")).to.equal(undefined);
        (0, chai_1.expect)(route("GET", "/cloudapi/v5/requests")).to.equal(undefined);
        (0, chai_1.expect)(route("GET", "/cloudapi/v6/um/users/%E0%A4%A/s3keys")).to.equal("bad");
    });
    it("authenticates the token, the restricted token and Basic credentials, and nobody else", () => {
        const o = options_1.defaultEmulatorOptions;
        const basic = (u, p) => `Basic ${Buffer.from(`${u}:${p}`).toString("base64")}`;
        (0, chai_1.expect)((0, auth_1.authenticate)(`Bearer ${o.token}`, o)).to.equal("full");
        (0, chai_1.expect)((0, auth_1.authenticate)(`Bearer ${o.restrictedToken}`, o)).to.equal("restricted");
        (0, chai_1.expect)((0, auth_1.authenticate)(basic(o.username, o.password), o)).to.equal("full");
        (0, chai_1.expect)((0, auth_1.authenticate)(basic(o.username, "wrong"), o)).to.equal(undefined);
        (0, chai_1.expect)((0, auth_1.authenticate)("Bearer nope", o)).to.equal(undefined);
        (0, chai_1.expect)((0, auth_1.authenticate)(undefined, o)).to.equal(undefined);
    });
    it("decides faults: drawn ones first, a one-off only when none was drawn, injected after-write faults always", () => {
        const never = () => undefined;
        (0, chai_1.expect)((0, fault_decision_1.decideFaults)(options_1.defaultFaults, (0, seeded_random_1.seededRandom)(1), never)).to.deep.equal({ latencyMs: 0 });
        const always = { ...options_1.defaultFaults, errorRate: 1 };
        let taken = 0;
        const take = () => (taken++, { kind: "drop" });
        (0, chai_1.expect)((0, fault_decision_1.decideFaults)(always, (0, seeded_random_1.seededRandom)(1), take).before).to.have.property("kind", "status");
        (0, chai_1.expect)(taken, "the one-off waits for the next request").to.equal(0);
        (0, chai_1.expect)((0, fault_decision_1.decideFaults)(options_1.defaultFaults, (0, seeded_random_1.seededRandom)(1), take).before).to.deep.equal({ kind: "drop" });
        (0, chai_1.expect)(taken).to.equal(1);
        (0, chai_1.expect)((0, fault_decision_1.decideFaults)(options_1.defaultFaults, (0, seeded_random_1.seededRandom)(1), () => ({ kind: "status", status: 502, afterWrite: true }))).to.deep.equal({ latencyMs: 0, afterWrite: { kind: "status", status: 502 } });
        (0, chai_1.expect)((0, fault_decision_1.decideFaults)({ ...options_1.defaultFaults, dropAfterWriteRate: 1 }, (0, seeded_random_1.seededRandom)(1), never).afterWrite).to.deep.equal({
            kind: "drop",
            drawn: true,
        });
    });
    it("repeats its faults for a seed: the same rates and seed give the same decisions", () => {
        const faults = { ...options_1.defaultFaults, errorRate: 0.3, dropRate: 0.1, rateLimitRate: 0.1, latencyJitterMs: 5 };
        const run = () => {
            const random = (0, seeded_random_1.seededRandom)(42);
            return Array.from({ length: 50 }, () => (0, fault_decision_1.decideFaults)(faults, random, () => undefined));
        };
        (0, chai_1.expect)(run()).to.deep.equal(run());
    });
    it("runs on an injected clock: a request is DONE only when the test moves time past its delay", async () => {
        let now = Date.UTC(2026, 10, 22, 12, 0, 0);
        const emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 60_000 }, { clock: () => now });
        try {
            const call = (method, path) => new Promise((resolve, reject) => {
                const req = (0, node_http_1.request)(`${emulator.url}${path}`, { method, headers: { Authorization: `Bearer ${emulator.options.token}` } }, (res) => {
                    let text = "";
                    res.on("data", (c) => (text += c));
                    res.on("end", () => resolve({ status: res.statusCode, body: JSON.parse(text || "null"), location: res.headers.location }));
                });
                req.on("error", reject);
                req.end();
            });
            const post = await call("POST", `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys`);
            (0, chai_1.expect)(post.body.metadata.createdDate).to.equal("2026-11-22T12:00:00.000Z");
            const statusPath = new URL(post.location).pathname;
            (0, chai_1.expect)((await call("GET", statusPath)).body.metadata.status).to.equal("QUEUED");
            now += 30_000;
            (0, chai_1.expect)((await call("GET", statusPath)).body.metadata.status).to.equal("RUNNING");
            now += 30_000;
            (0, chai_1.expect)((await call("GET", statusPath)).body.metadata.status).to.equal("DONE");
        }
        finally {
            await emulator.close();
        }
    });
    it("names the field a malformed PUT body gets wrong", async () => {
        const emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 1 });
        try {
            const put = (body) => new Promise((resolve, reject) => {
                const key = emulator.keys(emulator_2.USER)[0];
                const req = (0, node_http_1.request)(`${emulator.url}/cloudapi/v6/um/users/${emulator_2.USER}/s3keys/${key.id}`, {
                    method: "PUT",
                    headers: { Authorization: `Bearer ${emulator.options.token}`, "Content-Type": "application/json" },
                }, (res) => {
                    let text = "";
                    res.on("data", (c) => (text += c));
                    res.on("end", () => resolve({ status: res.statusCode, message: JSON.parse(text).messages?.[0]?.message ?? "" }));
                });
                req.on("error", reject);
                req.end(body);
            });
            await new Promise((resolve, reject) => {
                const req = (0, node_http_1.request)(`${emulator.url}/cloudapi/v6/um/users/${emulator_2.USER}/s3keys`, { method: "POST", headers: { Authorization: `Bearer ${emulator.options.token}` } }, (res) => res.resume().on("end", () => resolve()));
                req.on("error", reject);
                req.end();
            });
            (0, chai_1.expect)(await put('{"properties":{"active":"yes"}}')).to.deep.equal({
                status: 422,
                message: `Attribute 'properties.active' is invalid: expected a boolean, got "yes".`,
            });
            (0, chai_1.expect)((await put("[]")).message).to.contain('the body must be {"properties": {"active": true|false}}');
            (0, chai_1.expect)((await put('{"properties":{"active":false}}')).status).to.equal(202);
        }
        finally {
            await emulator.close();
        }
    });
});
//# sourceMappingURL=emulator-stages.test.js.map