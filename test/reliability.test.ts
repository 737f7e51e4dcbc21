import { expect } from "chai";
import { startEmulator } from "../emulator";
import { IonosRequestError } from "../provider/api/errors";
import type { S3KeyOutputs } from "../provider/s3-key/s3-key-outputs";
import { ResourceInitError } from "../provider/common/resource-init-error";
import { S3KeyProvider } from "../provider/s3-key/s3-key-provider";
import { FAST_CLIENT, rejection, USER, useEmulator, writesSince } from "./helpers/emulator";

// Faults injected one at a time, so each test knows exactly what happened on the wire.
describe("reliability under faults", () => {
  const env = useEmulator({ requestDelayMs: 20 });
  let messages: string[] = [];
  // Retries in milliseconds rather than seconds: the time unit is an option.
  const provider = (settings: NodeJS.ProcessEnv = {}) =>
    new S3KeyProvider(env.options({ log: (m) => messages.push(m), client: FAST_CLIENT, env: settings }));

  beforeEach(() => (messages = []));
  afterEach(() => {
    for (const key of env.emulator.keys(USER)) env.emulator.deleteKeyOutside(key.id);
  });

  it("adopts the key when a POST is applied but its answer is lost, creating no second key", async () => {
    env.emulator.injectFault({ method: "POST", kind: "drop-after-write" });
    const { id, outs } = await provider().create({ userId: USER, active: true });
    const keys = env.emulator.keys(USER);
    expect(keys.map((k) => k.id)).to.deep.equal([id]);
    expect((outs as S3KeyOutputs).secretKey).to.equal(keys[0].secretKey);
    expect(messages.join("\n")).to.contain(`IONOS's request log shows its POST made key ${id}: adopting it`);
  });

  it("sends the POST again when it was dropped before being applied", async () => {
    env.emulator.injectFault({ method: "POST", kind: "drop" });
    const start = env.emulator.log.length;
    const { id } = await provider().create({ userId: USER, active: true });
    expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([id]);
    expect(writesSince(env.emulator, start).filter((w) => w.startsWith("POST"))).to.have.length(2);
    expect(messages.join("\n")).to.contain("IONOS's request log shows it was not applied: sending it again");
  });

  it("adopts the key when a POST is applied and answered 500", async () => {
    env.emulator.injectFault({ method: "POST", kind: "status", status: 500, afterWrite: true });
    const { id } = await provider().create({ userId: USER, active: true });
    expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([id]);
  });

  it("sends the POST again after a 503 that applied nothing", async () => {
    env.emulator.injectFault({ method: "POST", kind: "status", status: 503 });
    const { id } = await provider().create({ userId: USER, active: true });
    expect(env.emulator.keys(USER).map((k) => k.id)).to.deep.equal([id]);
  });

  it("retries GET, PUT and DELETE on 5xx and dropped connections", async () => {
    const p = provider();
    const { id, outs } = await p.create({ userId: USER, active: true });
    env.emulator.injectFault({ method: "GET", kind: "status", status: 503 });
    expect((await p.read(id, { userId: USER })).id).to.equal(id);
    env.emulator.injectFault({ method: "PUT", kind: "drop" });
    expect((await p.update(id, outs as S3KeyOutputs, { userId: USER, active: false })).outs?.active).to.equal(false);
    env.emulator.injectFault({ method: "DELETE", kind: "status", status: 502 });
    await p.delete(id, outs as S3KeyOutputs);
    expect(env.emulator.keys(USER)).to.have.length(0);
    expect(messages.filter((m) => m.includes("retrying in"))).to.have.length(3);
  });

  it("counts a DELETE whose answer was lost after it was applied as done", async () => {
    const p = provider();
    const { id, outs } = await p.create({ userId: USER, active: true });
    env.emulator.injectFault({ method: "DELETE", kind: "drop-after-write" });
    await p.delete(id, outs as S3KeyOutputs);
    expect(env.emulator.keys(USER)).to.have.length(0);
  });

  it("keeps the key in view when the wait for its creation times out", async () => {
    env.emulator.setRequestDelay(5_000);
    try {
      const error = (await rejection(() =>
        provider({ IONOS_WAIT_TIMEOUT: "0.3" }).create({ userId: USER, active: true }),
      )) as ResourceInitError;
      expect(error).to.be.instanceOf(ResourceInitError);
      expect(error.id).to.equal(env.emulator.keys(USER)[0].id);
      expect((error.cause as IonosRequestError).status).to.be.oneOf(["QUEUED", "RUNNING"]);
      expect(error.message)
        .to.contain("Timed out after 0 s waiting for IONOS request")
        .and.contain("IONOS_WAIT_TIMEOUT");
      expect(error.message).to.contain("The key is kept in the state; run `pulumi up` again");
    } finally {
      env.emulator.setRequestDelay(20);
    }
  });

  it("polls fast at first and then backs off: a 1.5 s request polled at the schedule's times, on one clock for the emulator and the provider", async () => {
    let now = Date.UTC(2026, 11, 1);
    const emulator = await startEmulator({ requestDelayMs: 1_500 }, { clock: () => now });
    try {
      const p = new S3KeyProvider({
        env: { IONOS_API_URL: emulator.url, IONOS_TOKEN: emulator.options.token, IONOS_CREATE_JOURNAL: "off" },
        log: () => undefined,
        client: { now: () => now, sleep: async (ms) => void (now += ms) },
      });
      const started = now;
      await p.create({ userId: USER, active: true });
      const polls = emulator.log.filter((l) => l.path.includes("/requests/")).map((l) => l.startedAt - started);
      // 100 ms growing by 1.15 (100, 215, 347 ms…): 9 polls, not 15 at a fixed 100 ms; DONE seen 178 ms late, within 15 % + 100 ms.
      expect(polls).to.deep.equal([100, 215, 347, 499, 674, 875, 1106, 1372, 1678]);
    } finally {
      await emulator.close();
    }
  });
});

describe("reliability under rate limits", () => {
  const env = useEmulator({ requestDelayMs: 10, rateLimitPerMinute: 600, rateLimitBurst: 3 });

  it("rides out a 429 storm by honouring Retry-After, with every key created once", async () => {
    const messages: string[] = [];
    const p = new S3KeyProvider(
      env.options({
        log: (m) => messages.push(m),
        client: { retry: { maxAttempts: 20, baseDelayMs: 5, maxDelayMs: 50, maxRetryAfterMs: 200 } },
      }),
    );
    const results = await Promise.all([1, 2, 3, 4].map(() => p.create({ userId: USER, active: true })));
    expect(new Set(results.map((r) => r.id)).size).to.equal(4);
    expect(env.emulator.keys(USER)).to.have.length(4);
    expect(env.emulator.log.some((e) => e.status === 429)).to.equal(true);
    expect(messages.some((m) => m.includes("rate limited (HTTP 429)"))).to.equal(true);
  });
});
