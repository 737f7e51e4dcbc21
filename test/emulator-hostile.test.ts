import { expect } from "chai";
import { Agent, request } from "node:http";
import { connect, type Socket } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { startEmulator, type Emulator } from "../emulator";
import { USER } from "./helpers/emulator";

// The emulator as an adversary's target: junk that must not grow its memory, bodies built to break
// a parser, values built to be echoed back.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function send(
  emulator: Emulator,
  agent: Agent,
  { method = "GET", path, body, token = true }: { method?: string; path: string; body?: string; token?: boolean },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${emulator.url}${path}`,
      {
        method,
        agent,
        headers: {
          ...(token ? { Authorization: `Bearer ${emulator.options.token}` } : {}),
          ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("the emulator under hostile clients", function () {
  this.timeout(60_000);
  let emulator: Emulator;
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  before(async () => {
    emulator = await startEmulator({ requestDelayMs: 10, rateLimitPerMinute: 0 });
  });
  after(async () => {
    agent.destroy();
    await emulator.close();
  });

  it("keeps its memory flat under junk: each log entry copies what it keeps of an 8 KB URL", async () => {
    const junk = `/cloudapi/v6/${"x".repeat(8 * 1024)}`;
    const retained: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (let batch = 0; batch < 25; batch++)
        await Promise.all(Array.from({ length: 80 }, () => send(emulator, agent, { path: junk, token: false })));
      gc();
      retained.push(process.memoryUsage().heapUsed);
    }
    const growth = retained.slice(1).map((heap, i) => (heap - retained[i]) / 1024 / 1024);
    // 2000 requests a round: a kept URL would be 16 MB a round; a copy of 512 bytes about 1.5 MB.
    expect(Math.max(...growth), `retained MB per round: ${growth.map((g) => g.toFixed(1)).join(", ")}`).to.be.below(8);
  });

  it("answers a 200,000-deep JSON body with a short 400, not a 500", async () => {
    const deep = `${'{"properties":'.repeat(1)}${"[".repeat(200_000)}${"]".repeat(200_000)}}`;
    const created = await send(emulator, agent, { method: "POST", path: `/cloudapi/v6/um/users/${USER}/s3keys` });
    const { id } = JSON.parse(created.text) as { id: string };
    const reply = await send(emulator, agent, {
      method: "PUT",
      path: `/cloudapi/v6/um/users/${USER}/s3keys/${id}`,
      body: deep,
    });
    emulator.deleteKeyOutside(id);
    expect(reply.status).to.equal(400);
    expect(reply.text.length).to.be.below(600);
    expect(reply.text).to.contain("nests deeper than 32 levels");
  });

  it("never echoes more than 200 characters of a huge invalid value", async () => {
    const huge = JSON.stringify({ properties: { active: "y".repeat(900 * 1024) } });
    const created = await send(emulator, agent, { method: "POST", path: `/cloudapi/v6/um/users/${USER}/s3keys` });
    const { id } = JSON.parse(created.text) as { id: string };
    const reply = await send(emulator, agent, {
      method: "PUT",
      path: `/cloudapi/v6/um/users/${USER}/s3keys/${id}`,
      body: huge,
    });
    expect(reply.status).to.be.within(400, 499);
    expect(reply.text.length).to.be.below(600);
    expect(reply.text).to.contain("yyyy").and.contain("characters)");
    emulator.deleteKeyOutside(id);
  });
});

describe("the emulator under slow clients", function () {
  this.timeout(60_000);

  it("120 clients trickling their bodies hold no rate-limit slot: everyone else is answered, and each trickler gets a 408 at the deadline", async () => {
    // The default limits: 100 requests at once, 6000 a minute.
    const emulator = await startEmulator({ requestDelayMs: 10, bodyTimeoutMs: 1_500 });
    const sockets: Socket[] = [];
    try {
      const answers = Array.from({ length: 120 }, () => {
        const socket = connect(emulator.port, "127.0.0.1");
        sockets.push(socket);
        socket.write(
          `POST /cloudapi/v6/um/users/${USER}/s3keys HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${emulator.options.token}\r\n` +
            "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
        );
        const drip = setInterval(() => socket.write(" "), 100);
        return new Promise<{ head: string; closed: boolean }>((resolve) => {
          let head = "";
          socket.on("data", (d: Buffer) => (head += d.toString("utf8")));
          socket.on("close", () => {
            clearInterval(drip);
            resolve({ head, closed: true });
          });
          socket.on("error", () => undefined);
        });
      });
      await new Promise((r) => setTimeout(r, 300));
      // While they trickle, a well-behaved client is served, not told 429.
      const agent = new Agent();
      const polite = await send(emulator, agent, { path: `/cloudapi/v6/um/users/${USER}/s3keys` });
      agent.destroy();
      expect(polite.status, polite.text).to.equal(200);
      const trickled = await Promise.all(answers);
      for (const { head, closed } of trickled) {
        expect(head).to.match(/^HTTP\/1\.1 408/);
        expect(head).to.contain("did not arrive within 2 s");
        expect(closed).to.equal(true);
      }
      // Nothing was created from a body that never arrived.
      expect(emulator.keys(USER)).to.have.length(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await emulator.close();
    }
  });
});
