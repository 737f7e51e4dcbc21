"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const errors_1 = require("../provider/api/errors");
const poll_schedule_1 = require("../provider/api/poll-schedule");
const poll_until_1 = require("../provider/api/poll-until");
const access_key_provider_1 = require("../provider/access-key/access-key-provider");
const emulator_1 = require("./helpers/emulator");
/** A client on a simulated clock: sleeping moves it; what it logs is kept. */
function simulated() {
    let now = 0;
    const slept = [];
    const lines = [];
    const client = {
        now: () => now,
        sleep: async (ms) => {
            slept.push(ms);
            now += ms;
        },
        log: (line) => void lines.push(line),
    };
    return { client, slept, lines, elapsed: () => now };
}
describe("pollUntil, the one way to wait", () => {
    it("returns the value once a poll is done", async () => {
        const { client } = simulated();
        let polls = 0;
        const value = await (0, poll_until_1.pollUntil)(client, {
            what: "a thing",
            options: poll_schedule_1.defaultWaitOptions,
            hint: "",
            poll: async () => (++polls === 3 ? { done: true, value: "ready" } : { done: false, status: "busy" }),
        });
        (0, chai_1.expect)(value).to.equal("ready");
        (0, chai_1.expect)(polls).to.equal(3);
    });
    it("never sleeps past the deadline, tells its progress every 10 s, and fails with one wait-timeout error", async () => {
        const { client, slept, lines, elapsed } = simulated();
        const error = await (0, emulator_1.rejection)(() => (0, poll_until_1.pollUntil)(client, {
            what: "the thing to be ready",
            options: { ...poll_schedule_1.defaultWaitOptions, timeoutMs: 45_000 },
            hint: "Try later.",
            poll: async () => ({ done: false, status: "BUSY" }),
        }));
        (0, chai_1.expect)(error).to.be.instanceOf(errors_1.IonosWaitTimeoutError);
        (0, chai_1.expect)(error.message).to.equal("Timed out after 45 s waiting for the thing to be ready; it was still BUSY. Try later. IONOS_WAIT_TIMEOUT (seconds) waits longer.");
        (0, chai_1.expect)(elapsed()).to.equal(45_000);
        (0, chai_1.expect)(Math.max(...slept)).to.be.at.most(5_000);
        (0, chai_1.expect)(lines.length).to.be.within(3, 4);
        (0, chai_1.expect)(lines[0]).to.match(/^still waiting for the thing to be ready \(BUSY, 1\d s so far\)$/);
    });
});
describe("progress while a wait sleeps long", () => {
    it("says it is still waiting every 10 s, even when the next poll is a minute away", async () => {
        const { client, lines, elapsed } = simulated();
        let round = 0;
        await (0, poll_until_1.pollUntil)(client, {
            what: "request r-1 (creating key k)",
            options: { ...poll_schedule_1.defaultWaitOptions, timeoutMs: 120_000 },
            hint: "Try later.",
            delayMs: () => 60_000,
            poll: async () => (++round < 2 ? { done: false, status: "RUNNING" } : { done: true, value: undefined }),
        });
        (0, chai_1.expect)(elapsed()).to.equal(120_000);
        (0, chai_1.expect)(lines).to.have.length(12);
        (0, chai_1.expect)(lines[0]).to.equal("still waiting for request r-1 (creating key k) (pending, 10 s so far)");
        (0, chai_1.expect)(lines[6]).to.equal("still waiting for request r-1 (creating key k) (RUNNING, 70 s so far)");
    });
});
describe("every wait times out the same way", function () {
    this.timeout(20_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 2_000 });
    it("an access key that stays PROVISIONING", async () => {
        const provider = new access_key_provider_1.AccessKeyProvider(env.options({ env: { IONOS_WAIT_TIMEOUT: "0.3" }, log: () => undefined }));
        const error = await (0, emulator_1.rejection)(() => provider.create({ description: "slow" }));
        (0, chai_1.expect)(error.cause).to.be.instanceOf(errors_1.IonosWaitTimeoutError);
        (0, chai_1.expect)(error.message).to.match(/Timed out after 0 s waiting for access key [0-9a-f-]{36} to be AVAILABLE; it was still PROVISIONING/);
        (0, chai_1.expect)(error.message).to.contain("IONOS_WAIT_TIMEOUT");
        env.emulator.setRequestDelay(10);
        const id = env.emulator.accessKeys()[0].id;
        await new access_key_provider_1.AccessKeyProvider(env.options({ log: () => undefined })).delete(id, {});
    });
});
//# sourceMappingURL=poll-until.test.js.map