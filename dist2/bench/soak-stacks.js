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
exports.Hosts = exports.PROXIED_HOST = exports.STACKS = exports.PROJECT_DIR = void 0;
exports.soakUsers = soakUsers;
exports.startFaultyEmulator = startFaultyEmulator;
exports.soakKinds = soakKinds;
// The soak's world: an emulator injecting faults, two stacks with their states and plugin hosts, and
// the kinds of resource they run.
const pulumi = __importStar(require("@pulumi/pulumi"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const emulator_1 = require("../emulator");
const serializable_provider_1 = require("../provider/common/serializable-provider");
const plugin_host_1 = require("../tools/pulumi-driver/plugin-host");
const shifted_clock_1 = require("../tools/shifted-clock");
exports.PROJECT_DIR = (0, node_path_1.resolve)(__dirname, "..", "..");
exports.STACKS = ["a", "b"];
/** The emulator's name behind the soak's proxy, resolved by the proxy alone. */
exports.PROXIED_HOST = "ionos-emulator.test";
/** The users of a soak: two pairs of keys per user at most, four keys under the limit of five, racing in pairs. */
function soakUsers(keys) {
    return Array.from({ length: Math.ceil(keys / 4) }, (_, i) => `${(0x10000000 + i).toString(16)}-0000-4000-8000-000000000000`);
}
/** The emulator of a soak: 10 % 5xx, 5 % 429, 2 % dropped connections (half after the write), lagging reads. */
function startFaultyEmulator(seed) {
    return (0, emulator_1.startEmulator)({
        requestDelayMs: 30,
        // Reads lag behind writes, though not past the request's DONE.
        visibilityDelayMs: 20,
        requestListLagMs: 100,
        rateLimitPerMinute: 0,
        faults: {
            seed,
            errorRate: 0.1,
            rateLimitRate: 0.05,
            dropRate: 0.01,
            dropAfterWriteRate: 0.01,
            latencyMs: 2,
            latencyJitterMs: 10,
        },
    });
}
/** Plugin hosts that run against `emulator`, each machine with a journal and a clock of its own, as `pulumi up` would. */
class Hosts {
    log;
    journals = [];
    env;
    /**
     * With `proxy`, every request goes through it: the emulator is named `ionos-emulator.test`, which
     * only the proxy resolves (loopback is never proxied), over http, which that name needs allowed.
     */
    constructor(emulator, log, proxy) {
        this.log = log;
        const named = (url) => (proxy === undefined ? url : url.replace("127.0.0.1", exports.PROXIED_HOST));
        this.env = {
            ...process.env,
            IONOS_API_URL: named(emulator.url),
            IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: named(emulator.objectStorageUrl),
            ...(proxy !== undefined ? { HTTP_PROXY: proxy, IONOS_ALLOW_INSECURE_HTTP: "true", NO_PROXY: "" } : {}),
            IONOS_TOKEN: emulator.options.token,
            IONOS_REQUEST_LOG_SETTLE: "1",
        };
    }
    /** A fresh, empty journal directory: a new machine's disk. */
    newJournal() {
        const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), "ionos-soak-journal-"));
        this.journals.push(dir);
        return dir;
    }
    /** A plugin host on the stack's machine: its journal, its clock. */
    async start(stack) {
        const env = (0, shifted_clock_1.shiftedClockEnv)({ ...this.env, IONOS_CREATE_JOURNAL: stack.journal }, stack.clockOffsetMs);
        const host = await plugin_host_1.PluginHost.start(exports.PROJECT_DIR, "127.0.0.1:0", this.log, env);
        await host.configure({});
        return host;
    }
    /** The host a stack's next call goes to, once a replacement after a kill is up. */
    static async of(stack) {
        while (stack.restarting)
            await stack.restarting;
        return stack.host;
    }
    remove() {
        for (const dir of this.journals)
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
}
exports.Hosts = Hosts;
/** S3Key and AccessKey as the soak runs them, with the serialized providers a program would store. */
async function soakKinds(emulator, users, onSecretUnknown) {
    const serialized = async (fn) => (await pulumi.runtime.serializeFunction(fn, { allowSecrets: true })).text;
    const s3KeyProvider = await serialized(() => (0, serializable_provider_1.serializableProvider)());
    const accessKeyProvider = await serialized(() => (0, serializable_provider_1.serializableProvider)("AccessKeyProvider"));
    return {
        s3Key: {
            prefix: "key",
            type: "S3Key",
            inputs: (index, urn) => ({
                userId: users[Math.floor(index / 2) % users.length],
                active: true,
                identity: urn,
                __provider: s3KeyProvider,
            }),
            updated: { active: false },
            // The state's secret must be the key's, also for a key recover imported (its secret read since).
            check: (outputs) => {
                const key = emulator.keys(String(outputs.userId)).find((k) => k.id === outputs.keyId);
                if (key !== undefined && outputs.secretKey !== key.secretKey)
                    onSecretUnknown();
            },
        },
        accessKey: {
            prefix: "access-key",
            type: "AccessKey",
            inputs: (index, urn) => ({
                description: `access-key-${index}`,
                rotation: { month: "1" },
                identity: urn,
                __provider: accessKeyProvider,
            }),
            updated: { rotation: { month: "2" } },
            // The state's secret must be the key's: a create or renewal that lost its answer renews again.
            check: (outputs) => {
                const key = emulator.accessKeys().find((k) => k.id === outputs.keyId);
                if (key !== undefined && outputs.secretKey !== key.secretKey)
                    onSecretUnknown();
            },
        },
    };
}
//# sourceMappingURL=soak-stacks.js.map