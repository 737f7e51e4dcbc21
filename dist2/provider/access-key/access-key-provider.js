"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessKeyProvider = void 0;
const access_keys_api_1 = require("../api/access-keys-api");
const create_journal_1 = require("../common/create-journal");
const provider_base_1 = require("../common/provider-base");
const wire_1 = require("../common/wire");
const access_key_diff_1 = require("./access-key-diff");
const access_key_inputs_1 = require("./access-key-inputs");
const access_key_operations_1 = require("./access-key-operations");
const access_key_outputs_1 = require("./access-key-outputs");
/**
 * The dynamic provider behind `AccessKey`, for the Object Storage Management API. Every create
 * "ensures" (PUT) a key id it chose itself, at random, and journals that id before the first PUT:
 * a repeated PUT to the id can only find the key this create made (another party's id answers 409,
 * and nobody else knows this one), so a lost answer or a crash never makes a second key and never
 * takes over someone else's. The secret key appears only in the answer that made or renewed the key:
 * when that answer is lost, the key's secret is renewed, so a key whose secret nobody has is never
 * left behind.
 */
class AccessKeyProvider extends provider_base_1.ProviderBase {
    api = "objectStorage";
    /** Validates inputs and reads the settings, so that preview reports both before any request. */
    async check(olds, news) {
        const settings = this.settingsFailures();
        const { [wire_1.PROVIDER_KEY]: _provider, ...raw } = news;
        const { inputs, failures } = (0, access_key_inputs_1.checkAccessKeyInputs)(raw);
        if (settings.length > 0)
            return { inputs: news, failures: [...settings, ...failures] };
        if (inputs === undefined)
            return { inputs: news, failures };
        // The id the next create will ensure, chosen now so that the engine's pending create holds it;
        // chained from the state's, so that a replacement (`--replace`) never ensures the key it replaces.
        return { inputs: { ...inputs, createId: (0, access_key_operations_1.nextCreateId)(olds.createId) } };
    }
    /** See `diffAccessKey`: description and rotation update in place; nothing replaces. Sends no request. */
    async diff(_id, olds, news) {
        this.stateHolds(olds.identity, (0, access_key_operations_1.tokenOf)(olds.keyId));
        return (0, access_key_diff_1.diffAccessKey)(olds, news);
    }
    async create(inputs) {
        return this.guard.during(() => (0, access_key_operations_1.createAccessKey)(this.context(inputs.identity), inputs));
    }
    /** `rotation` renews the secret in place; `description` is updated in place. */
    async update(id, olds, news) {
        return { outs: await (0, access_key_operations_1.updateAccessKey)(this.context(news.identity ?? olds.identity), id, olds, news) };
    }
    /** 404 means gone: no id back. The secret (which GETs leave empty) is kept from the state. */
    async read(id, props) {
        if (props !== undefined)
            this.stateHolds(props.identity, (0, access_key_operations_1.tokenOf)(id));
        const key = await new access_keys_api_1.AccessKeysApi(this.context(props?.identity).client).get(id);
        return key === undefined ? {} : { id: key.id, props: (0, access_key_operations_1.echo)((0, access_key_outputs_1.accessKeyOutputs)(key, props), props ?? {}) };
    }
    /** DELETE, then wait until the key answers 404. */
    async delete(id, props) {
        const ctx = this.context(props.identity);
        await (0, access_key_operations_1.deleteAndWait)(ctx, new access_keys_api_1.AccessKeysApi(ctx.client), id);
        this.stateHolds(props.identity, (0, access_key_operations_1.tokenOf)(id));
    }
    context(identity) {
        const config = this.config();
        return {
            client: this.connection.client({ ...config, api: config.objectStorage }, this.logFor(identity)),
            journal: new create_journal_1.CreateJournal(config.journalDir, this.log, Date.now, (end) => this.guard.handOver(end)),
            timings: this.connection.learnedTimings(config, this.log),
            wait: config.wait,
            projectDir: this.projectDir,
        };
    }
}
exports.AccessKeyProvider = AccessKeyProvider;
//# sourceMappingURL=access-key-provider.js.map