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
exports.lookupClient = lookupClient;
exports.lookupOutput = lookupOutput;
const pulumi = __importStar(require("@pulumi/pulumi"));
const config_1 = require("./config");
const connection_1 = require("./connection");
const errors_1 = require("../api/errors");
const user_agent_1 = require("../api/user-agent");
// Lookups without client overrides share one connection per program: one rate gate and keep-alive pool.
let shared;
/**
 * A client for a lookup, made the providers' way, with the settings read now (stack config, then
 * `opts.env` or the environment). `which` picks the Cloud API or the Object Storage Management API.
 */
function lookupClient(opts, which) {
    invokeOptionsProblem(opts);
    const connection = opts?.client !== undefined ? new connection_1.IonosConnection(opts.client) : (shared ??= new connection_1.IonosConnection());
    const config = (0, config_1.readConfig)({
        env: opts?.env ?? process.env,
        stackConfig: { get: (key) => pulumi.runtime.getConfig(key) },
    });
    const log = opts?.log ?? ((message) => void pulumi.log.info(message));
    return connection.client({ ...config, api: config[which] }, log);
}
/**
 * Pulumi's invoke options, as a lookup can honour them: `version` must be this package's (the code
 * that runs is the installed package); `provider` has nothing to pick, since a dynamic provider's
 * lookups run in the program with the settings of stack config and the environment, so one given is
 * refused rather than ignored; `parent` only lends default options, of which there are none here.
 */
function invokeOptionsProblem(opts) {
    if (opts?.version !== undefined && opts.version !== user_agent_1.PACKAGE_VERSION)
        throw new errors_1.IonosError(`The lookup asks for version ${opts.version}, but this program runs pulumi-ionos-s3key ${user_agent_1.PACKAGE_VERSION}: install ${opts.version}, or drop the option.`);
    if (opts?.provider !== undefined)
        throw new errors_1.IonosError("A pulumi-ionos-s3key lookup takes no `provider`: it runs in the program with the settings of stack config and the environment (IONOS_TOKEN, IONOS_API_URL, …). Drop the option, or pass `env` for other settings.");
}
/**
 * The Output form of a lookup, run as Pulumi runs an invoke with these options: once every resource
 * in `dependsOn` exists (a custom resource's id is known, a component's URN), and its result
 * depends on them. During a preview in which a dependency is still to be created, the result is
 * unknown, as an invoke's would be.
 */
function lookupOutput(args, opts, run) {
    const { dependsOn, ...rest } = opts ?? {};
    const ready = pulumi.output(dependsOn ?? []).apply((deps) => {
        const list = (Array.isArray(deps) ? deps : [deps]);
        return pulumi.all(list.map((r) => (pulumi.CustomResource.isInstance(r) ? r.id : r.urn)));
    });
    return pulumi
        .all([pulumi.output(args), ready])
        .apply(([a]) => run(a, rest));
}
//# sourceMappingURL=lookup-options.js.map