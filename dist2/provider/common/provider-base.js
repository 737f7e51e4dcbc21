"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProviderBase = void 0;
const pulumi = __importStar(require("@pulumi/pulumi"));
const connection_1 = require("./connection");
const errors_1 = require("../api/errors");
const config_1 = require("./config");
const create_journal_1 = require("./create-journal");
const engine_watch_1 = require("./engine-watch");
const endpoints_1 = require("./endpoints");
/**
 * What both dynamic providers share: stack config from `configure`, every setting read through one
 * boundary when an operation runs (never captured into the serialized provider), one connection per
 * process (rate gate, keep-alive, learned timings), and the create journal.
 */
class ProviderBase {
    connection;
    log;
    logOption;
    warn;
    warnedMixed = new Set();
    /** Counts operations in flight, so the plugin host ends itself only when none is (see `EngineGuard`). */
    guard;
    stackConfig;
    env;
    projectDirOption;
    constructor(options = {}) {
        this.logOption = options.log;
        this.log = options.log ?? ((message) => void pulumi.log.info(message));
        this.warn = options.warn ?? ((message) => void pulumi.log.warn(message));
        this.env = options.env;
        this.projectDirOption = options.projectDir;
        this.guard = (0, engine_watch_1.engineGuard)();
        this.connection = new connection_1.IonosConnection(options.client);
    }
    async configure(req) {
        const config = req.config;
        this.stackConfig = {
            get: (key) => {
                const value = config.get(key);
                return value === undefined || value === null ? undefined : String(value);
            },
        };
    }
    /**
     * The messages of one resource's operation (progress, retries, recovery): on that resource's row
     * of Pulumi's output, by its URN (`identity`), so they name it; with the `log` option, that one.
     */
    logFor(identity) {
        const urn = (0, create_journal_1.identityOf)({ identity });
        if (urn === undefined || this.logOption !== undefined)
            return this.log;
        // pulumi.log attaches a message to a resource by the resource's URN output; a provider has only the URN.
        const resource = { urn: { promise: () => Promise.resolve(urn) } };
        return (message) => void pulumi.log.info(message, resource);
    }
    /** The project directory: the option, else the working directory when an operation runs (the plugin host runs in the project). */
    get projectDir() {
        return this.projectDirOption ?? process.cwd();
    }
    /** Every setting, read now; an `IonosConfigError` lists every problem. */
    config() {
        const config = (0, config_1.readConfig)({ env: this.env ?? process.env, stackConfig: this.stackConfig });
        const mixed = (0, endpoints_1.mixedEndpoints)(config, this.api);
        if (mixed !== undefined && !this.warnedMixed.has(mixed)) {
            this.warnedMixed.add(mixed);
            this.warn(mixed);
        }
        return config;
    }
    /**
     * The settings' problems as check failures, so that `pulumi preview` shows a missing token or a bad
     * endpoint as one clean line per resource, like a bad input (a check that throws is printed by the
     * plugin host with its stack, and again by the engine). Empty when the settings are good.
     */
    settingsFailures() {
        try {
            this.config();
            return [];
        }
        catch (error) {
            if (!(error instanceof errors_1.IonosConfigError))
                throw error;
            return [{ property: "", reason: error.message }];
        }
    }
    /**
     * A state holds the key a create made: that create is over, and its journal entry (keyed by the
     * resource's URN and the project directory) goes, if it is still the one for `token`.
     */
    stateHolds(identity, token) {
        const urn = (0, create_journal_1.identityOf)({ identity });
        if (urn === undefined || token === undefined)
            return;
        let journalDir;
        try {
            journalDir = this.config().journalDir;
        }
        catch (error) {
            if (error instanceof errors_1.IonosConfigError)
                return; // the operation itself reports it
            throw error;
        }
        new create_journal_1.CreateJournal(journalDir, this.log).end((0, create_journal_1.journalKey)(urn, this.projectDir), token);
    }
}
exports.ProviderBase = ProviderBase;
//# sourceMappingURL=provider-base.js.map