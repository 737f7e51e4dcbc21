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
exports.scaleSection = void 0;
const pulumi = __importStar(require("@pulumi/pulumi"));
const node_fs_1 = require("node:fs");
const serializable_provider_1 = require("../provider/common/serializable-provider");
const plugin_host_1 = require("../tools/pulumi-driver/plugin-host");
const measure_1 = require("./measure");
const bench_common_1 = require("./bench-common");
/** A key created and destroyed at the floor: POST + one status poll, DELETE + one status poll. */
const FLOOR_REQUESTS_PER_KEY = 4;
/** 4. Scale: users × 5 keys created and destroyed through the plugin host under 600 requests/min, burst 20. */
async function scale(size, providerText) {
    const perMinute = 600;
    return (0, bench_common_1.withEmulator)({ requestDelayMs: 200, rateLimitPerMinute: perMinute, rateLimitBurst: 20 }, async (e) => {
        const run = await hostRun(size, providerText);
        const answered = e.log.filter((l) => l.status !== 429).length;
        const throttled = e.log.length - answered;
        const polls = e.log.filter((l) => l.path.includes("/requests/")).length;
        // The bound: the floor's requests (a write and one status poll for each create and each delete),
        // at the allowed rate, less the burst the bucket starts with. Requests beyond the floor cost time.
        const floorRequests = run.keys * FLOOR_REQUESTS_PER_KEY;
        const boundSeconds = Math.max(0, floorRequests - 20) / (perMinute / 60);
        return {
            ...run,
            floorRequests,
            answered,
            throttled,
            pollsPerKey: polls / run.keys,
            boundSeconds,
            ratio: run.seconds / boundSeconds,
        };
    });
}
/**
 * The same keys created and destroyed through a plugin host whose provider only sleeps 0.2 s per call:
 * the memory the SDK's host takes for this load with no provider code of ours, measured beside ours.
 */
async function hostBaseline(size) {
    const { text } = await pulumi.runtime.serializeFunction(() => ({
        create: async (inputs) => {
            await new Promise((r) => setTimeout(r, 200));
            return { id: String(Math.random()).slice(2), outs: inputs };
        },
        delete: () => new Promise((r) => setTimeout(r, 200)),
    }), { allowSecrets: true });
    return hostRun(size, text);
}
/** Creates and deletes users × 5 keys through one plugin host, parallelism 16, sampling its RSS. */
async function hostRun(size, providerText) {
    const plugin = await plugin_host_1.PluginHost.start(bench_common_1.ROOT, "127.0.0.1:0", bench_common_1.quiet, { ...process.env });
    await plugin.configure({});
    const startKb = rssKb(plugin.pid);
    const users = Array.from({ length: bench_common_1.SIZES[size].users }, bench_common_1.newUser);
    const items = users.flatMap((u) => Array.from({ length: 5 }, (_, i) => ({ user: u, name: `${u}-${i}` })));
    let failures = 0;
    let peakKb = 0;
    const sampler = setInterval(() => (peakKb = Math.max(peakKb, rssKb(plugin.pid))), 200);
    const started = Date.now();
    await (0, measure_1.pool)(items, 16, async ({ user, name }) => {
        const urn = `urn:pulumi:bench::bench::pulumi-nodejs:dynamic/ionos:S3Key::${name}`;
        try {
            const created = await plugin.create(urn, { userId: user, active: true, __provider: providerText });
            await plugin.delete(created.id, urn, created.properties);
        }
        catch {
            failures++;
        }
    });
    const seconds = (Date.now() - started) / 1000;
    clearInterval(sampler);
    peakKb = Math.max(peakKb, hwmKb(plugin.pid));
    await plugin.stop();
    return { keys: items.length, seconds, failures, startMb: startKb / 1024, peakMb: peakKb / 1024 };
}
function rssKb(pid) {
    try {
        return Number(/VmRSS:\s+(\d+)/.exec((0, node_fs_1.readFileSync)(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    }
    catch {
        return 0;
    }
}
function hwmKb(pid) {
    try {
        return Number(/VmHWM:\s+(\d+)/.exec((0, node_fs_1.readFileSync)(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    }
    catch {
        return 0;
    }
}
const SCALE_COLUMNS = (floorRequests) => [
    "wall s",
    `bound s (floor: ${floorRequests} requests − 20 burst, at 10/s)`,
    "wall / bound (target ≤ 1.05)",
    "requests answered",
    "429s",
    "status polls per key",
    "failures",
    "plugin RSS at start MB",
    "plugin peak RSS MB (target ≤ 150)",
    "same load, provider that only sleeps: start / peak MB",
];
exports.scaleSection = (0, bench_common_1.benchSection)("scale", async (size) => {
    const { text: providerText } = await pulumi.runtime.serializeFunction(() => (0, serializable_provider_1.serializableProvider)(), {
        allowSecrets: true,
    });
    return { scaled: await scale(size, providerText), hostBaseline: await hostBaseline(size) };
}, ({ scaled, hostBaseline: baseline }) => [
    `## Scale: ${scaled.keys} keys (${scaled.keys / 5} users × 5) created and destroyed through the plugin host, parallelism 16, 600 requests/min, burst 20`,
    (0, measure_1.table)(SCALE_COLUMNS(scaled.floorRequests), [
        [
            scaled.seconds.toFixed(1),
            scaled.boundSeconds.toFixed(1),
            scaled.ratio.toFixed(3),
            scaled.answered,
            scaled.throttled,
            scaled.pollsPerKey.toFixed(2),
            scaled.failures,
            scaled.startMb.toFixed(0),
            scaled.peakMb.toFixed(0),
            `${baseline.startMb.toFixed(0)} / ${baseline.peakMb.toFixed(0)}`,
        ],
    ]),
]);
//# sourceMappingURL=scale.js.map