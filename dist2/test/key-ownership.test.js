"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const chai_1 = require("chai");
const s3_key_provider_1 = require("../provider/s3-key/s3-key-provider");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const emulator_1 = require("./helpers/emulator");
const urn = (name) => `urn:pulumi:dev::proj::pulumi-nodejs:dynamic/ionos:S3Key::${name}`;
describe("every key has exactly one owner", function () {
    this.timeout(20_000);
    const env = (0, emulator_1.useEmulator)({ requestDelayMs: 10 });
    const provider = () => new s3_key_provider_1.S3KeyProvider(env.options({ log: () => undefined }));
    afterEach(() => {
        for (const key of env.emulator.keys(emulator_1.USER))
            env.emulator.deleteKeyOutside(key.id);
    });
    /** A key made outside Pulumi, as someone in the DCD would, to adopt. */
    const keyMadeOutside = async () => {
        const { id } = await provider().create({ userId: emulator_1.USER, active: true });
        return id;
    };
    /** check then create, as the engine runs them for a new resource or a replacement. */
    const checkAndCreate = async (p, olds, news) => {
        const checked = await p.check(olds, news);
        (0, chai_1.expect)(checked.failures ?? []).to.deep.equal([]);
        const created = await p.create(checked.inputs);
        return { inputs: checked.inputs, id: created.id, outs: created.outs };
    };
    it("rotating an adopted key makes a new key, then the old resource's delete removes the adopted one", async () => {
        const adopted = await keyMadeOutside();
        const first = await checkAndCreate(provider(), {}, { userId: emulator_1.USER, adoptKeyId: adopted, identity: urn("ci") });
        (0, chai_1.expect)(first.id).to.equal(adopted);
        // The next run, as the engine runs a replacement: check with the old inputs, diff, then check again
        // with none ("recompute the default values"), and create with what that second check returned.
        const p = provider();
        const news = { userId: emulator_1.USER, adoptKeyId: adopted, keepers: { rotation: "2026-12" }, identity: urn("ci") };
        const checked = await p.check(first.inputs, news);
        (0, chai_1.expect)((await p.diff(first.id, first.outs, checked.inputs)).replaces).to.deep.equal(["keepers"]);
        const rechecked = await p.check({}, news);
        (0, chai_1.expect)(rechecked.inputs.adoptedBefore).to.equal(true);
        (0, chai_1.expect)(rechecked.inputs.createToken, "the token chain survives the second check").to.equal(checked.inputs.createToken);
        const rotated = await p.create(rechecked.inputs);
        (0, chai_1.expect)(rotated.id).not.to.equal(adopted);
        await p.delete(first.id, first.outs);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER).map((k) => k.id)).to.deep.equal([rotated.id]);
    });
    it("`up --replace` of an adopted key (same inputs) also makes a new key instead of adopting its own key again", async () => {
        const adopted = await keyMadeOutside();
        const p = provider();
        const first = await checkAndCreate(p, {}, { userId: emulator_1.USER, adoptKeyId: adopted, identity: urn("ci") });
        const again = await checkAndCreate(p, first.inputs, {
            userId: emulator_1.USER,
            adoptKeyId: adopted,
            identity: urn("ci"),
        });
        (0, chai_1.expect)(again.id).not.to.equal(adopted);
        (0, chai_1.expect)(again.outs.adoptKeyId, "adoptKeyId still names the adopted key, so no diff follows").to.equal(adopted);
    });
    it("fails the second of two resources that adopt one key at check, naming the first, and sends no request", async () => {
        const adopted = await keyMadeOutside();
        const p = provider();
        const from = env.emulator.log.length;
        (0, chai_1.expect)((await p.check({}, { userId: emulator_1.USER, adoptKeyId: adopted, identity: urn("a") })).failures ?? []).to.deep.equal([]);
        const second = await p.check({}, { userId: emulator_1.USER, adoptKeyId: adopted, identity: urn("b") });
        (0, chai_1.expect)(second.failures).to.deep.equal([
            {
                property: "adoptKeyId",
                reason: `key ${adopted} is already owned by ${urn("a")} in this program: two resources would each delete it when removed, while the other still hands it out. Give each key one resource: remove adoptKeyId here, or use S3Key.get to read the key without owning it.`,
            },
        ]);
        (0, chai_1.expect)(env.emulator.log.length).to.equal(from);
    });
    it("fails a resource that adopts a key another resource of the state holds, at check or at create", async () => {
        const p = provider();
        const holder = await checkAndCreate(p, {}, { userId: emulator_1.USER, identity: urn("holder") });
        await p.diff(holder.id, holder.outs, holder.inputs);
        const adopter = await p.check({}, { userId: emulator_1.USER, adoptKeyId: holder.id, identity: urn("adopter") });
        (0, chai_1.expect)(adopter.failures?.[0].reason).to.contain(`key ${holder.id} is already owned by ${urn("holder")}`);
        const late = provider();
        const checked = await late.check({}, { userId: emulator_1.USER, adoptKeyId: holder.id, identity: urn("adopter") });
        await late.read(holder.id, holder.outs);
        const error = await (0, emulator_1.rejection)(() => late.create(checked.inputs));
        (0, chai_1.expect)(error.message).to.contain(`key ${holder.id} is already owned by ${urn("holder")}`);
        (0, chai_1.expect)(env.emulator.keys(emulator_1.USER).map((k) => k.id)).to.deep.equal([holder.id]);
    });
    describe("a plugin host that died alone on a runner since thrown away (the engine recorded a failed create)", () => {
        /** A provider on a fresh machine: a create journal of its own, empty. */
        const onFreshMachine = () => new s3_key_provider_1.S3KeyProvider(env.options({
            log: () => undefined,
            env: { IONOS_CREATE_JOURNAL: (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "fresh-runner-")) },
        }));
        it("the next create on a fresh machine finds the key in IONOS's request log and fails naming it: no second key", async () => {
            const first = await onFreshMachine().check({}, { userId: emulator_1.USER, identity: urn("runner") });
            const { id: orphan } = await onFreshMachine().create(first.inputs); // its host died: the engine never got the key
            const from = env.emulator.log.length;
            const p = onFreshMachine();
            const again = await p.check({}, { userId: emulator_1.USER, identity: urn("runner") });
            const error = await (0, emulator_1.rejection)(() => p.create(again.inputs));
            (0, chai_1.expect)(error.message).to.contain(`An earlier create of ${urn("runner")} made key(s) ${orphan} (request `);
            (0, chai_1.expect)(error.message).to.contain(`set \`adoptKeyId: "${orphan}"\` on this resource`);
            (0, chai_1.expect)((0, emulator_1.writesSince)(env.emulator, from), "no POST").to.deep.equal([]);
            (0, chai_1.expect)(env.emulator.keys(emulator_1.USER).map((k) => k.id)).to.deep.equal([orphan]);
            // As the message says: adopting it gives the resource that key, and still one key.
            const adopting = await p.check({}, { userId: emulator_1.USER, adoptKeyId: orphan, identity: urn("runner") });
            (0, chai_1.expect)((await p.create(adopting.inputs)).id).to.equal(orphan);
            (0, chai_1.expect)(env.emulator.keys(emulator_1.USER).map((k) => k.id)).to.deep.equal([orphan]);
        });
        it("a retry with the same token (a cut-off replacement, rechained by check) adopts its own earlier POST's key", async () => {
            const p = onFreshMachine();
            const original = await checkAndCreate(p, {}, { userId: emulator_1.USER, identity: urn("rotating") });
            const news = { userId: emulator_1.USER, keepers: { r: "2" }, identity: urn("rotating") };
            const replacement = await p.check(original.inputs, news);
            const { id: cutOff } = await onFreshMachine().create(replacement.inputs); // cut off, runner gone
            const retried = await onFreshMachine().check(original.inputs, news);
            (0, chai_1.expect)(retried.inputs.createToken).to.equal(replacement.inputs.createToken);
            const from = env.emulator.log.length;
            (0, chai_1.expect)((await onFreshMachine().create(retried.inputs)).id).to.equal(cutOff);
            (0, chai_1.expect)((0, emulator_1.writesSince)(env.emulator, from)).to.deep.equal([]);
            (0, chai_1.expect)(env.emulator
                .keys(emulator_1.USER)
                .map((k) => k.id)
                .sort()).to.deep.equal([original.id, cutOff].sort());
        });
        it("a rotation is not stopped by the key it replaces (the engine's second check has no old inputs)", async () => {
            const original = await checkAndCreate(onFreshMachine(), {}, { userId: emulator_1.USER, identity: urn("kept") });
            const p = onFreshMachine();
            const news = { userId: emulator_1.USER, keepers: { r: "2" }, identity: urn("kept") };
            const checked = await p.check(original.inputs, news);
            await p.diff(original.id, original.outs, checked.inputs);
            const rotated = await p.create((await p.check({}, news)).inputs);
            (0, chai_1.expect)(rotated.id).not.to.equal(original.id);
            (0, chai_1.expect)(env.emulator
                .keys(emulator_1.USER)
                .map((k) => k.id)
                .sort()).to.deep.equal([original.id, rotated.id].sort());
        });
    });
});
//# sourceMappingURL=key-ownership.test.js.map