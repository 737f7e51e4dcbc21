import { expect } from "chai";
import type { IonosHttpClient } from "../provider/api/client";
import { IonosWaitTimeoutError } from "../provider/api/errors";
import { defaultWaitOptions, nextPollDelay } from "../provider/api/poll-schedule";
import { pollUntil } from "../provider/api/poll-until";
import { AccessKeyProvider } from "../provider/access-key/access-key-provider";
import { rejection, useEmulator } from "./helpers/emulator";

/** A client on a simulated clock: sleeping moves it; what it logs is kept. */
function simulated() {
  let now = 0;
  const slept: number[] = [];
  const lines: string[] = [];
  const client = {
    now: () => now,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    log: (line: string) => void lines.push(line),
  } as unknown as IonosHttpClient;
  return { client, slept, lines, elapsed: () => now };
}

describe("pollUntil, the one way to wait", () => {
  it("returns the value once a poll is done", async () => {
    const { client } = simulated();
    let polls = 0;
    const value = await pollUntil(client, {
      what: "a thing",
      options: defaultWaitOptions,
      hint: "",
      poll: async () => (++polls === 3 ? { done: true, value: "ready" } : { done: false, status: "busy" }),
    });
    expect(value).to.equal("ready");
    expect(polls).to.equal(3);
  });

  it("never sleeps past the deadline, tells its progress every 10 s, and fails with one wait-timeout error", async () => {
    const { client, slept, lines, elapsed } = simulated();
    const error = await rejection(() =>
      pollUntil(client, {
        what: "the thing to be ready",
        options: { ...defaultWaitOptions, timeoutMs: 45_000 },
        hint: "Try later.",
        poll: async () => ({ done: false, status: "BUSY" }),
      }),
    );
    expect(error).to.be.instanceOf(IonosWaitTimeoutError);
    expect(error.message).to.equal(
      "Timed out after 45 s waiting for the thing to be ready; it was still BUSY. Try later. IONOS_WAIT_TIMEOUT (seconds) waits longer.",
    );
    expect(elapsed()).to.equal(45_000);
    expect(Math.max(...slept)).to.be.at.most(5_000);
    expect(lines.length).to.be.within(3, 4);
    expect(lines[0]).to.match(/^still waiting for the thing to be ready \(BUSY, 1\d s so far\)$/);
  });
});

describe("the one schedule", () => {
  /** When a wait on `options` polls, in ms after it began, until `untilMs`. */
  async function pollTimes(options: typeof defaultWaitOptions, untilMs: number, pollAt?: number): Promise<number[]> {
    const { client, elapsed } = simulated();
    const times: number[] = [];
    await pollUntil(client, {
      what: "a thing",
      options,
      ...(pollAt !== undefined ? { pollAt } : {}),
      hint: "",
      poll: async () => {
        times.push(elapsed());
        return elapsed() >= untilMs ? { done: true, value: undefined } : { done: false, status: "busy" };
      },
    });
    return times;
  }

  it("polls after 100 ms plus 15 % of the time elapsed, at most 5 s apart", async () => {
    expect((await pollTimes(defaultWaitOptions, 1_000)).slice(0, 6)).to.deep.equal([100, 215, 347, 499, 674, 875]);
    expect(nextPollDelay(10_000, defaultWaitOptions)).to.equal(1_600);
    expect(nextPollDelay(60_000, defaultWaitOptions)).to.equal(5_000);
  });

  it("notices DONE within 15 % of the duration plus 100 ms, for durations from 0.1 s to 30 s", async () => {
    for (const durationMs of [100, 300, 1_500, 3_200, 6_500, 30_000]) {
      const times = await pollTimes(defaultWaitOptions, durationMs);
      const noticed = times[times.length - 1];
      expect(noticed - durationMs, `${durationMs} ms`).to.be.within(0, 0.15 * durationMs + 100);
    }
  });

  it("is the same for every wait: what one wait saw does not move the next one's polls", async () => {
    const slow = await pollTimes(defaultWaitOptions, 4_000);
    const fast = await pollTimes(defaultWaitOptions, 300);
    expect(fast).to.deep.equal(slow.slice(0, fast.length));
  });

  it("a factor of 2 doubles the delay; a poll comes at `pollAt` however the schedule falls", async () => {
    const backoff = { timeoutMs: 60_000, initialDelayMs: 250, factor: 2, maxDelayMs: 5_000 };
    expect(await pollTimes(backoff, 1_750)).to.deep.equal([250, 750, 1_750]);
    expect(await pollTimes(backoff, 1_000, 1_000)).to.deep.equal([250, 750, 1_000]);
  });
});

describe("progress while a wait sleeps long", () => {
  it("says it is still waiting every 10 s, even when the next poll is a minute away", async () => {
    const { client, lines, elapsed } = simulated();
    let round = 0;
    await pollUntil(client, {
      what: "request r-1 (creating key k)",
      options: { timeoutMs: 120_000, initialDelayMs: 60_000, factor: 1, maxDelayMs: 60_000 },
      hint: "Try later.",
      poll: async () => (++round < 2 ? { done: false, status: "RUNNING" } : { done: true, value: undefined }),
    });
    expect(elapsed()).to.equal(120_000);
    expect(lines).to.have.length(12);
    expect(lines[0]).to.equal("still waiting for request r-1 (creating key k) (pending, 10 s so far)");
    expect(lines[6]).to.equal("still waiting for request r-1 (creating key k) (RUNNING, 70 s so far)");
  });
});

describe("every wait times out the same way", function () {
  this.timeout(20_000);
  const env = useEmulator({ requestDelayMs: 2_000 });

  it("an access key that stays PROVISIONING", async () => {
    const provider = new AccessKeyProvider(env.options({ env: { IONOS_WAIT_TIMEOUT: "0.3" }, log: () => undefined }));
    const error = await rejection(() => provider.create({ description: "slow" }));
    expect(error.cause).to.be.instanceOf(IonosWaitTimeoutError);
    expect(error.message).to.match(
      /Timed out after 0 s waiting for access key [0-9a-f-]{36} to be AVAILABLE; it was still PROVISIONING/,
    );
    expect(error.message).to.contain("IONOS_WAIT_TIMEOUT");
    env.emulator.setRequestDelay(10);
    const id = env.emulator.accessKeys()[0].id;
    await new AccessKeyProvider(env.options({ log: () => undefined })).delete(id, {});
  });
});
