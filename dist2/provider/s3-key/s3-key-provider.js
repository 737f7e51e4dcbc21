"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3KeyProvider = void 0;
exports.parseId = parseId;
const errors_1 = require("../api/errors");
const create_journal_1 = require("../common/create-journal");
const s3_key_inputs_1 = require("./s3-key-inputs");
const s3_key_outputs_1 = require("./s3-key-outputs");
const resource_init_error_1 = require("../common/resource-init-error");
const s3_key_diff_1 = require("./s3-key-diff");
const s3_key_operations_1 = require("./s3-key-operations");
const provider_base_1 = require("../common/provider-base");
const wire_1 = require("../common/wire");
const key_owners_1 = require("./key-owners");
const resource_lines_1 = require("./resource-lines");
/**
 * The dynamic provider behind `S3Key`. It holds no credentials when it is serialized: every setting
 * is read when it runs, from the stack config given to `configure` and from the environment, through
 * one boundary (`readConfig`).
 */
class S3KeyProvider extends provider_base_1.ProviderBase {
    api = "cloud";
    /** Which resource of this program owns each key, so that no two resources own one (one plugin host serves a program). */
    owners = new key_owners_1.KeyOwners();
    /** The resources of the state this run saw, so that a replacement's create knows what it replaces. */
    lines = new resource_lines_1.ResourceLines();
    /**
     * Validates inputs and applies defaults, and reads the settings, so that `pulumi preview` reports
     * bad inputs and missing or invalid credentials before anything is written. Sends no request.
     */
    async check(olds, news) {
        const settings = this.settingsFailures();
        const { [wire_1.PROVIDER_KEY]: _provider, ...raw } = news;
        const { inputs, failures } = (0, s3_key_inputs_1.checkInputs)(raw);
        if (settings.length > 0)
            return { inputs: news, failures: [...settings, ...failures] };
        // With failures the engine stops here and shows them; the inputs go back as they came.
        if (inputs === undefined)
            return { inputs: news, failures };
        const owner = this.owners.claim(inputs);
        if (owner !== undefined)
            return {
                inputs: news,
                failures: [{ property: "adoptKeyId", reason: (0, key_owners_1.alreadyOwned)(inputs.adoptKeyId, owner) }],
            };
        const { adoptedBefore: _asGiven, ...checked } = inputs;
        // The engine checks a replacement a second time without its old inputs: this run's first check saw them.
        const previous = this.lines.previous((0, create_journal_1.identityOf)(inputs), olds);
        // The state's inputs adopted this key already: it is this resource's own, never adopted twice.
        const adoptedBefore = inputs.adoptKeyId !== undefined && previous.adoptKeyId === inputs.adoptKeyId;
        return {
            inputs: {
                ...checked,
                createToken: (0, create_journal_1.nextCreateToken)(previous.createToken),
                ...(adoptedBefore ? { adoptedBefore } : {}),
            },
        };
    }
    /** See `diffS3Key`. Sends no request. */
    async diff(_id, olds, news) {
        this.stateHolds(olds.identity, olds.createToken);
        this.owners.holds(olds);
        this.lines.holds(olds);
        return (0, s3_key_diff_1.diffS3Key)(olds, news);
    }
    /** Creates a key, or adopts the existing key named by `adoptKeyId`. */
    async create(inputs) {
        return this.guard.during(() => this.createOrAdopt(inputs));
    }
    async createOrAdopt(inputs) {
        const ctx = this.context(inputs.identity);
        const active = inputs.active !== false;
        try {
            const adopting = inputs.adoptKeyId !== undefined && inputs.adoptedBefore !== true;
            const owner = adopting ? this.owners.claim(inputs) : undefined;
            if (owner !== undefined)
                throw new errors_1.IonosError((0, key_owners_1.alreadyOwned)(inputs.adoptKeyId, owner));
            const outs = adopting
                ? await (0, s3_key_operations_1.adoptKey)(ctx, inputs.userId, inputs.adoptKeyId, active)
                : await (0, s3_key_operations_1.createKey)(ctx, inputs.userId, active, (0, create_journal_1.identityOf)(inputs), inputs.createToken, this.lines.replaced((0, create_journal_1.identityOf)(inputs))?.keyId);
            return { id: outs.keyId, outs: (0, s3_key_outputs_1.echoInputs)(outs, inputs) };
        }
        catch (error) {
            // The key that stays in the state carries the inputs diff compares, like any created key.
            if (error instanceof resource_init_error_1.ResourceInitError)
                throw new resource_init_error_1.ResourceInitError(error.id, (0, s3_key_outputs_1.echoInputs)(error.properties, inputs), error.cause);
            throw error;
        }
    }
    /** Accepts the key id (with `userId` in the state) or `userId/keyId`; no id back means the key is gone. */
    async read(id, props) {
        const { userId, keyId } = parseId(id, props?.userId);
        if (props !== undefined) {
            this.stateHolds(props.identity, props.createToken);
            this.owners.holds({ ...props, keyId });
        }
        const outs = await (0, s3_key_operations_1.readKey)(this.context(props?.identity), userId, keyId, props);
        return outs === undefined ? {} : { id: outs.keyId, props: (0, s3_key_outputs_1.echoInputs)(outs, props ?? {}) };
    }
    /** PUTs `active`; a key whose secret the state does not hold (brought in by `recover`) is read first. */
    async update(_id, olds, news) {
        const ctx = this.context(news.identity ?? olds.identity);
        const active = news.active !== false;
        let current = olds;
        if (olds.secretKey === "") {
            const read = await (0, s3_key_operations_1.readKey)(ctx, olds.userId, olds.keyId, olds);
            if (read === undefined)
                throw new errors_1.IonosError(`Key ${olds.keyId} of user ${olds.userId} is gone: run \`pulumi refresh\` to drop it from the state.`);
            current = read;
            if (current.active === active)
                return { outs: (0, s3_key_outputs_1.echoInputs)(current, news) };
        }
        return { outs: (0, s3_key_outputs_1.echoInputs)(await (0, s3_key_operations_1.setActive)(ctx, current, active), news) };
    }
    async delete(id, props) {
        const { userId, keyId } = parseId(id, props.userId);
        await (0, s3_key_operations_1.deleteKey)(this.context(props.identity), userId, keyId);
        this.stateHolds(props.identity, props.createToken);
    }
    context(identity) {
        const config = this.config();
        return {
            client: this.connection.client(config, this.logFor(identity)),
            journal: new create_journal_1.CreateJournal(config.journalDir, this.log, Date.now, (end) => this.guard.handOver(end)),
            timings: this.connection.learnedTimings(config, this.log),
            wait: config.wait,
            create: config.create,
            projectDir: this.projectDir,
        };
    }
}
exports.S3KeyProvider = S3KeyProvider;
/** `userId/keyId`, or a bare key id with the user id from the state. */
function parseId(id, userIdFromState) {
    const slash = id.indexOf("/");
    if (slash >= 0)
        return { userId: id.slice(0, slash), keyId: id.slice(slash + 1) };
    if (!userIdFromState) {
        throw new errors_1.IonosConfigError([
            `key "${id}" has no user id: look it up with S3Key.get(name, "<userId>/${id}") or pass { userId } as its state`,
        ]);
    }
    return { userId: userIdFromState, keyId: id };
}
//# sourceMappingURL=s3-key-provider.js.map