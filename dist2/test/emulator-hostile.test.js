"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const node_http_1 = require("node:http");
const node_net_1 = require("node:net");
const node_v8_1 = require("node:v8");
const node_vm_1 = require("node:vm");
const emulator_1 = require("../emulator");
const emulator_2 = require("./helpers/emulator");
// The emulator as an adversary's target: junk that must not grow its memory, bodies built to break
// a parser, values built to be echoed back.
(0, node_v8_1.setFlagsFromString)("--expose-gc");
const gc = (0, node_vm_1.runInNewContext)("gc");
function send(emulator, agent, { method = "GET", path, body, token = true }) {
    return new Promise((resolve, reject) => {
        const req = (0, node_http_1.request)(`${emulator.url}${path}`, {
            method,
            agent,
            headers: {
                ...(token ? { Authorization: `Bearer ${emulator.options.token}` } : {}),
                ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
            },
        }, (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (d) => (text += d));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on("error", reject);
        req.end(body);
    });
}
describe("the emulator under hostile clients", function () {
    this.timeout(60_000);
    let emulator;
    const agent = new node_http_1.Agent({ keepAlive: true, maxSockets: 8 });
    before(async () => {
        emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 10, rateLimitPerMinute: 0 });
    });
    after(async () => {
        agent.destroy();
        await emulator.close();
    });
    it("keeps its memory flat under junk: each log entry copies what it keeps of an 8 KB URL", async () => {
        const junk = `/cloudapi/v6/${"x".repeat(8 * 1024)}`;
        const retained = [];
        for (let round = 0; round < 4; round++) {
            for (let batch = 0; batch < 25; batch++)
                await Promise.all(Array.from({ length: 80 }, () => send(emulator, agent, { path: junk, token: false })));
            gc();
            retained.push(process.memoryUsage().heapUsed);
        }
        const growth = retained.slice(1).map((heap, i) => (heap - retained[i]) / 1024 / 1024);
        // 2000 requests a round: a kept URL would be 16 MB a round; a copy of 512 bytes about 1.5 MB.
        (0, chai_1.expect)(Math.max(...growth), `retained MB per round: ${growth.map((g) => g.toFixed(1)).join(", ")}`).to.be.below(8);
    });
    it("answers a 200,000-deep JSON body with a short 400, not a 500", async () => {
        const deep = `${'{"properties":'.repeat(1)}${"[".repeat(200_000)}${"]".repeat(200_000)}}`;
        const created = await send(emulator, agent, { method: "POST", path: `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys` });
        const { id } = JSON.parse(created.text);
        const reply = await send(emulator, agent, {
            method: "PUT",
            path: `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys/${id}`,
            body: deep,
        });
        emulator.deleteKeyOutside(id);
        (0, chai_1.expect)(reply.status).to.equal(400);
        (0, chai_1.expect)(reply.text.length).to.be.below(600);
        (0, chai_1.expect)(reply.text).to.contain("nests deeper than 32 levels");
    });
    it("never echoes more than 200 characters of a huge invalid value", async () => {
        const huge = JSON.stringify({ properties: { active: "y".repeat(900 * 1024) } });
        const created = await send(emulator, agent, { method: "POST", path: `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys` });
        const { id } = JSON.parse(created.text);
        const reply = await send(emulator, agent, {
            method: "PUT",
            path: `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys/${id}`,
            body: huge,
        });
        (0, chai_1.expect)(reply.status).to.be.within(400, 499);
        (0, chai_1.expect)(reply.text.length).to.be.below(600);
        (0, chai_1.expect)(reply.text).to.contain("yyyy").and.contain("characters)");
        emulator.deleteKeyOutside(id);
    });
});
describe("the emulator under slow clients", function () {
    this.timeout(60_000);
    it("120 clients trickling their bodies hold no rate-limit slot: everyone else is answered, and each trickler gets a 408 at the deadline", async () => {
        // The default limits: 100 requests at once, 6000 a minute.
        const emulator = await (0, emulator_1.startEmulator)({ requestDelayMs: 10, bodyTimeoutMs: 1_500 });
        const sockets = [];
        try {
            const answers = Array.from({ length: 120 }, () => {
                const socket = (0, node_net_1.connect)(emulator.port, "127.0.0.1");
                sockets.push(socket);
                socket.write(`POST /cloudapi/v6/um/users/${emulator_2.USER}/s3keys HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${emulator.options.token}\r\n` +
                    "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
                const drip = setInterval(() => socket.write(" "), 100);
                return new Promise((resolve) => {
                    let head = "";
                    socket.on("data", (d) => (head += d.toString("utf8")));
                    socket.on("close", () => {
                        clearInterval(drip);
                        resolve({ head, closed: true });
                    });
                    socket.on("error", () => undefined);
                });
            });
            await new Promise((r) => setTimeout(r, 300));
            // While they trickle, a well-behaved client is served, not told 429.
            const agent = new node_http_1.Agent();
            const polite = await send(emulator, agent, { path: `/cloudapi/v6/um/users/${emulator_2.USER}/s3keys` });
            agent.destroy();
            (0, chai_1.expect)(polite.status, polite.text).to.equal(200);
            const trickled = await Promise.all(answers);
            for (const { head, closed } of trickled) {
                (0, chai_1.expect)(head).to.match(/^HTTP\/1\.1 408/);
                (0, chai_1.expect)(head).to.contain("did not arrive within 2 s");
                (0, chai_1.expect)(closed).to.equal(true);
            }
            // Nothing was created from a body that never arrived.
            (0, chai_1.expect)(emulator.keys(emulator_2.USER)).to.have.length(0);
        }
        finally {
            for (const socket of sockets)
                socket.destroy();
            await emulator.close();
        }
    });
});
//# sourceMappingURL=emulator-hostile.test.js.map