"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const errors_1 = require("../provider/api/errors");
const wire_1 = require("../provider/common/wire");
const resource_init_error_1 = require("../provider/common/resource-init-error");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const emulator_1 = require("./helpers/emulator");
/** create(), with its outputs, which the provider always returns. */
async function create(provider, inputs) {
    const { id, outs } = await provider.create(inputs);
    if (outs === undefined)
        throw new Error("create returned no outputs");
    return { id, outs };
}
describe("S3KeyProvider against the emulator", () => {
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 20 });
    const provider = () => new s3_key_provider_1.S3KeyProvider(env.options());
    afterEach(async () => {
        // Each test starts with no keys.
        for (const user of [emulator_1.USER, emulator_1.OTHER_USER])
            for (const key of env.emulator.keys(user))
                env.emulator.deleteKeyOutside(key.id);
    });
    describe("check", () => {
        it("applies the default active: true and sends no request", async () => {
            const before = env.emulator.log.length;
            const result = await provider().check({}, { userId: emulator_1.USER, __provider: "p" });
            const { createToken, ...inputs } = result.inputs;
            (0, chai_1.expect)({ inputs }).to.deep.equal({ inputs: { userId: emulator_1.USER, active: true } });
            (0, chai_1.expect)(createToken).to.match(/^[0-9a-f]{32}$/);
            (0, chai_1.expect)(env.emulator.log.length).to.equal(before);
        });
        it("reports every bad input at once, naming the property and the fix, before any request", async () => {
            const before = env.emulator.log.length;
            const result = await provider().check({}, { userId: "not-a-uuid", active: "yes", color: "red", __provider: "p" });
            (0, chai_1.expect)(result.failures).to.have.deep.members([
                {
                    property: "userId",
                    reason: `"not-a-uuid" is not a UUID: use the IONOS user's id, e.g. 9b1b4c62-1466-11e7-87d3-d7bb7dac0087`,
                },
                { property: "active", reason: "not true or false: give a boolean, not a string" },
                { property: "color", reason: "not an input of S3Key, which takes userId, active, keepers and adoptKeyId" },
            ]);
            (0, chai_1.expect)(env.emulator.log.length).to.equal(before);
        });
        it("says userId is required when it is missing", async () => {
            const result = await provider().check({}, { __provider: "p" });
            (0, chai_1.expect)(result.failures).to.deep.equal([
                { property: "userId", reason: "required: set it to the IONOS user's UUID (e.g. user.id)" },
            ]);
        });
        it("accepts a userId that is unknown during preview", async () => {
            const result = await provider().check({}, { userId: wire_1.UNKNOWN, __provider: "p" });
            (0, chai_1.expect)(result.failures).to.equal(undefined);
        });
    });
    describe("diff", () => {
        const olds = { keyId: "0123456789abcdef0123", userId: emulator_1.USER, active: true, secretKey: "s" };
        const table = [
            ["reports no change when nothing changed", { userId: emulator_1.USER, active: true }, { changes: false, replaces: [] }],
            ["updates in place when active changes", { userId: emulator_1.USER, active: false }, { changes: true, replaces: [] }],
            ["replaces when userId changes", { userId: emulator_1.OTHER_USER, active: true }, { changes: true, replaces: ["userId"] }],
            [
                "replaces when userId is unknown in preview",
                { userId: wire_1.UNKNOWN, active: true },
                { changes: true, replaces: ["userId"] },
            ],
            [
                "reports a change when active is unknown in preview",
                { userId: emulator_1.USER, active: wire_1.UNKNOWN },
                { changes: true, replaces: [] },
            ],
        ];
        for (const [name, news, expected] of table) {
            it(`${name}, without a request`, async () => {
                const before = env.emulator.log.length;
                (0, chai_1.expect)(await provider().diff(olds.keyId, olds, news)).to.deep.equal(expected);
                (0, chai_1.expect)(env.emulator.log.length).to.equal(before);
            });
        }
    });
    describe("create", () => {
        it("POSTs, waits for the request, and sends no PUT for an active key", async () => {
            const before = env.emulator.log.length;
            const { id, outs } = await create(provider(), { userId: emulator_1.USER, active: true });
            (0, chai_1.expect)(id).to.match(/^[0-9a-f]{20}$/);
            (0, chai_1.expect)(outs).to.include({ keyId: id, userId: emulator_1.USER, active: true });
            (0, chai_1.expect)(outs.secretKey).to.have.length(40);
            (0, chai_1.expect)(outs.createdDate).to.be.a("string");
            const requests = (0, emulator_1.requestsSince)(env.emulator, before);
            // At the floor: the POST, then polls of its status, nothing else.
            (0, chai_1.expect)(requests[0]).to.equal(`POST /um/users/${emulator_1.USER}/s3keys`);
            (0, chai_1.expect)(requests.length).to.be.greaterThan(1);
            (0, chai_1.expect)(requests.slice(1).every((r) => r === "GET status")).to.equal(true);
            (0, chai_1.expect)(env.emulator.keys(emulator_1.USER).map((k) => k.id)).to.deep.equal([id]);
        });
        it("disables an inactive key with exactly one PUT", async () => {
            const before = env.emulator.log.length;
            const { id, outs } = await create(provider(), { userId: emulator_1.USER, active: false });
            (0, chai_1.expect)((0, emulator_1.writesSince)(env.emulator, before)).to.deep.equal([
                `POST /um/users/${emulator_1.USER}/s3keys`,
                `PUT /um/users/${emulator_1.USER}/s3keys/${id}`,
            ]);
            (0, chai_1.expect)(outs.active).to.equal(false);
            (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)[0].active).to.equal(false);
        });
        it("fails with the API's message when the request ends FAILED, and leaves no key", async () => {
            env.emulator.failNextRequest("Quota check failed in the backend");
            const before = env.emulator.log.length;
            const error = await (0, emulator_1.rejection)(() => provider().create({ userId: emulator_1.USER, active: true }));
            (0, chai_1.expect)(error).to.be.instanceOf(errors_1.IonosRequestError);
            (0, chai_1.expect)(error.message).to.contain("FAILED: Quota check failed in the backend").and.contain("Nothing was changed");
            (0, chai_1.expect)(error.status).to.equal("FAILED");
            (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)).to.have.length(0);
            // It made sure: the last request looked the key up and found it gone.
            (0, chai_1.expect)((0, emulator_1.requestsSince)(env.emulator, before).pop()).to.match(/^GET \/um\/users\/.+\/s3keys\/[0-9a-f]{20}$/);
        });
        it("keeps the key's id when the PUT for active: false fails, so the key is not lost", async () => {
            env.emulator.failNextRequest("Backend busy", "PUT");
            const error = (await (0, emulator_1.rejection)(() => provider().create({ userId: emulator_1.USER, active: false })));
            (0, chai_1.expect)(error).to.be.instanceOf(resource_init_error_1.ResourceInitError);
            const [key] = env.emulator.keys(emulator_1.USER);
            (0, chai_1.expect)(error.id).to.equal(key.id);
            (0, chai_1.expect)(error.properties).to.include({ keyId: key.id, userId: emulator_1.USER, active: true });
            (0, chai_1.expect)(error.message).to.contain("Backend busy").and.contain("run `pulumi up` again");
            (0, chai_1.expect)(error.message).to.not.contain(key.secretKey);
        });
        it("refuses a sixth key with the five-key limit and what to do", async () => {
            for (let i = 0; i < 5; i++)
                await create(provider(), { userId: emulator_1.USER, active: true });
            const error = await (0, emulator_1.rejection)(() => provider().create({ userId: emulator_1.USER, active: true }));
            (0, chai_1.expect)(error).to.be.instanceOf(errors_1.IonosApiError);
            (0, chai_1.expect)(error.status).to.equal(422);
            (0, chai_1.expect)(error.message).to.contain("maximum of 5 access keys").and.contain("deleteBeforeReplace");
            (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)).to.have.length(5);
        });
        it("waits for a new object-storage privilege to propagate, saying what it waits for", async () => {
            const messages = [];
            env.emulator.withholdPrivilege(emulator_1.OTHER_USER, 300);
            const { outs } = await create(new s3_key_provider_1.S3KeyProvider(env.options({ log: (m) => messages.push(m) })), {
                userId: emulator_1.OTHER_USER,
                active: true,
            });
            (0, chai_1.expect)(env.emulator.keys(emulator_1.OTHER_USER).map((k) => k.id)).to.deep.equal([outs.keyId]);
            (0, chai_1.expect)(messages[0]).to.contain(`user ${emulator_1.OTHER_USER} cannot have keys yet: waiting for the ACCESS_S3_OBJECT_STORAGE privilege to propagate`);
        });
        it("gives up on the privilege after IONOS_PRIVILEGE_WAIT and explains it", async () => {
            env.emulator.withholdPrivilege(emulator_1.OTHER_USER, 60_000);
            try {
                const options = env.options({ log: () => undefined, env: { IONOS_PRIVILEGE_WAIT: "0.3" } });
                const error = await (0, emulator_1.rejection)(() => new s3_key_provider_1.S3KeyProvider(options).create({ userId: emulator_1.OTHER_USER, active: true }));
                (0, chai_1.expect)(error.message)
                    .to.contain("HTTP 422")
                    .and.contain("ACCESS_S3_OBJECT_STORAGE")
                    .and.contain("Add the user to a group");
                (0, chai_1.expect)(error.message).to.match(/Waited 0 s for the privilege to propagate \(IONOS_PRIVILEGE_WAIT=0.3\)/);
            }
            finally {
                env.emulator.withholdPrivilege(emulator_1.OTHER_USER, 0);
            }
            (0, chai_1.expect)(env.emulator.keys(emulator_1.OTHER_USER)).to.have.length(0);
        });
    });
    describe("read", () => {
        it("returns every output, the secret key included, with one GET", async () => {
            const { id, outs } = await create(provider(), { userId: emulator_1.USER, active: true });
            const before = env.emulator.log.length;
            const result = await provider().read(id, outs);
            (0, chai_1.expect)(result).to.deep.equal({ id, props: outs });
            (0, chai_1.expect)((0, emulator_1.requestsSince)(env.emulator, before)).to.deep.equal([`GET /um/users/${emulator_1.USER}/s3keys/${id}`]);
        });
        it("reads by userId/keyId, the form IONOS's Terraform and Pulumi providers use", async () => {
            const { id } = await create(provider(), { userId: emulator_1.USER, active: true });
            const result = await provider().read(`${emulator_1.USER}/${id}`, {});
            (0, chai_1.expect)(result.id).to.equal(id);
            (0, chai_1.expect)(result.props).to.include({ userId: emulator_1.USER, keyId: id });
        });
        it("treats 422 [VDC-21-2] as gone: no id, so refresh drops it", async () => {
            const { id } = await create(provider(), { userId: emulator_1.USER, active: true });
            env.emulator.deleteKeyOutside(id);
            (0, chai_1.expect)(await provider().read(id, { userId: emulator_1.USER })).to.deep.equal({});
        });
        it("asks for the user id when a bare key id comes without state", async () => {
            const error = await (0, emulator_1.rejection)(() => provider().read("0123456789abcdef0123", {}));
            (0, chai_1.expect)(error.message).to.contain(`S3Key.get(name, "<userId>/0123456789abcdef0123")`);
        });
    });
    describe("update", () => {
        it("PUTs active, waits, and returns every output", async () => {
            const { id, outs } = await create(provider(), { userId: emulator_1.USER, active: true });
            const before = env.emulator.log.length;
            const result = await provider().update(id, outs, { userId: emulator_1.USER, active: false });
            (0, chai_1.expect)((0, emulator_1.writesSince)(env.emulator, before)).to.deep.equal([`PUT /um/users/${emulator_1.USER}/s3keys/${id}`]);
            (0, chai_1.expect)(result.outs).to.include({ keyId: id, userId: emulator_1.USER, active: false, secretKey: outs.secretKey });
        });
    });
    describe("delete", () => {
        it("DELETEs and waits until the key is gone", async () => {
            const { id, outs } = await create(provider(), { userId: emulator_1.USER, active: true });
            const before = env.emulator.log.length;
            await provider().delete(id, outs);
            (0, chai_1.expect)((0, emulator_1.requestsSince)(env.emulator, before)[0]).to.equal(`DELETE /um/users/${emulator_1.USER}/s3keys/${id}`);
            (0, chai_1.expect)((0, emulator_1.requestsSince)(env.emulator, before).slice(1)).to.include("GET status");
            (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)).to.have.length(0);
        });
        it("counts a key already gone as deleted", async () => {
            const { id, outs } = await create(provider(), { userId: emulator_1.USER, active: true });
            env.emulator.deleteKeyOutside(id);
            await provider().delete(id, outs);
        });
    });
});
describe("S3KeyProvider when IONOS reports an unknown key as 404", () => {
    const env = (0, emulator_1.useEmulator)({ keyNotFoundStatus: 404, requestDelayMs: 10 });
    it("treats 404 as gone on read and as deleted on delete", async () => {
        const provider = new s3_key_provider_1.S3KeyProvider(env.options());
        const { id, outs } = await create(provider, { userId: emulator_1.USER, active: true });
        env.emulator.deleteKeyOutside(id);
        (0, chai_1.expect)(await provider.read(id, { userId: emulator_1.USER })).to.deep.equal({});
        await provider.delete(id, outs);
    });
});
describe("S3KeyProvider's errors", () => {
    const env = (0, emulator_1.useEmulator)({ users: [emulator_1.USER], requestDelayMs: 10 });
    it("names the credentials on 401, without showing them", async () => {
        const provider = new s3_key_provider_1.S3KeyProvider(env.options({ env: { IONOS_TOKEN: "wrong-token-value" } }));
        const error = await (0, emulator_1.rejection)(() => provider.create({ userId: emulator_1.USER, active: true }));
        (0, chai_1.expect)(error).to.be.instanceOf(errors_1.IonosApiError);
        (0, chai_1.expect)(error.message).to.contain("HTTP 401").and.contain("Check IONOS_TOKEN");
        (0, chai_1.expect)(error.message).to.not.contain("wrong-token-value");
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER)).to.have.length(0);
    });
    it("says what privilege is missing on 403", async () => {
        const provider = new s3_key_provider_1.S3KeyProvider(env.options({ env: { IONOS_TOKEN: env.emulator.options.restrictedToken } }));
        const error = await (0, emulator_1.rejection)(() => provider.create({ userId: emulator_1.USER, active: true }));
        (0, chai_1.expect)(error.message).to.contain("HTTP 403").and.contain("not authorized").and.contain("lack the privilege");
    });
    it("says to check userId when the user does not exist", async () => {
        const error = await (0, emulator_1.rejection)(() => new s3_key_provider_1.S3KeyProvider(env.options()).create({ userId: emulator_1.OTHER_USER, active: true }));
        (0, chai_1.expect)(error.message).to.contain("HTTP 404").and.contain(emulator_1.OTHER_USER).and.contain("check `userId`");
    });
    it("fails before any request when credentials are missing", async () => {
        const before = env.emulator.log.length;
        const provider = new s3_key_provider_1.S3KeyProvider(env.options({ env: { IONOS_TOKEN: undefined } }));
        const error = await (0, emulator_1.rejection)(() => provider.create({ userId: emulator_1.USER, active: true }));
        (0, chai_1.expect)(error.message).to.contain("set IONOS_TOKEN");
        (0, chai_1.expect)(env.emulator.log.length).to.equal(before);
    });
    it("authenticates with IONOS_USERNAME and IONOS_PASSWORD", async () => {
        const basic = {
            IONOS_TOKEN: undefined,
            IONOS_USERNAME: env.emulator.options.username,
            IONOS_PASSWORD: env.emulator.options.password,
        };
        const { id, outs } = await create(new s3_key_provider_1.S3KeyProvider(env.options({ env: basic })), { userId: emulator_1.USER, active: true });
        await new s3_key_provider_1.S3KeyProvider(env.options({ env: basic })).delete(id, outs);
    });
    it("takes credentials from stack config given to configure()", async () => {
        const provider = new s3_key_provider_1.S3KeyProvider(env.options({ env: { IONOS_TOKEN: undefined } }));
        const values = { "ionoscloud:token": env.emulator.options.token };
        await provider.configure({
            config: { get: (key) => values[key], require: (key) => values[key] },
        });
        const { id, outs } = await create(provider, { userId: emulator_1.USER, active: true });
        await provider.delete(id, outs);
    });
});
//# sourceMappingURL=s3-key-provider.test.js.map