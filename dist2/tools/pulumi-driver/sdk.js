"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNKNOWN = exports.PROVIDER_KEY = exports.SECRET_VALUE = exports.SECRET_SIG = exports.statusproto = exports.engproto = exports.engrpc = exports.resrpc = exports.resproto = exports.provrpc = exports.provproto = exports.anyproto = exports.emptyproto = exports.structproto = exports.grpc = exports.SDK_DIR = void 0;
exports.isSecret = isSecret;
exports.secret = secret;
exports.unwrapSecrets = unwrapSecrets;
exports.wrapSecrets = wrapSecrets;
exports.toStruct = toStruct;
exports.fromStruct = fromStruct;
// The gRPC and protobuf modules exactly as @pulumi/pulumi loads them, so that messages built here are
// the classes the SDK's stubs expect (a second copy of google-protobuf would not be).
const node_module_1 = require("node:module");
const node_path_1 = require("node:path");
exports.SDK_DIR = (0, node_path_1.dirname)(require.resolve("@pulumi/pulumi/package.json"));
const sdkRequire = (0, node_module_1.createRequire)((0, node_path_1.join)(exports.SDK_DIR, "index.js"));
exports.grpc = sdkRequire("@grpc/grpc-js");
exports.structproto = sdkRequire("google-protobuf/google/protobuf/struct_pb");
exports.emptyproto = sdkRequire("google-protobuf/google/protobuf/empty_pb");
exports.anyproto = sdkRequire("google-protobuf/google/protobuf/any_pb");
exports.provproto = sdkRequire("./proto/provider_pb");
exports.provrpc = sdkRequire("./proto/provider_grpc_pb");
exports.resproto = sdkRequire("./proto/resource_pb");
exports.resrpc = sdkRequire("./proto/resource_grpc_pb");
exports.engrpc = sdkRequire("./proto/engine_grpc_pb");
exports.engproto = sdkRequire("./proto/engine_pb");
exports.statusproto = sdkRequire("./proto/status_pb");
/** The marker Pulumi puts on a secret value on the wire and in state files. */
exports.SECRET_SIG = "4dabf18193072939515e22adb298388d";
exports.SECRET_VALUE = "1b47061264138c4ac30d75fd1eb44270";
var wire_1 = require("../../provider/common/wire");
Object.defineProperty(exports, "PROVIDER_KEY", { enumerable: true, get: function () { return wire_1.PROVIDER_KEY; } });
Object.defineProperty(exports, "UNKNOWN", { enumerable: true, get: function () { return wire_1.UNKNOWN; } });
function isSecret(value) {
    return (typeof value === "object" && value !== null && value[exports.SECRET_SIG] === exports.SECRET_VALUE && "value" in value);
}
function secret(value) {
    return { [exports.SECRET_SIG]: exports.SECRET_VALUE, value };
}
/** Removes secret wrappers from top-level properties; returns the plain values and the secret names. */
function unwrapSecrets(props) {
    const plain = {};
    const secretNames = [];
    for (const [key, value] of Object.entries(props)) {
        if (isSecret(value)) {
            plain[key] = value.value;
            secretNames.push(key);
        }
        else {
            plain[key] = value;
        }
    }
    return { plain, secretNames };
}
/** Wraps the named top-level properties as secrets. */
function wrapSecrets(props, names) {
    const out = {};
    for (const [key, value] of Object.entries(props))
        out[key] = names.includes(key) && !isSecret(value) ? secret(value) : value;
    return out;
}
function toStruct(props) {
    return exports.structproto.Struct.fromJavaScript(props);
}
/** A Struct from the wire as plain properties (an absent one as `{}`). */
function fromStruct(struct) {
    return struct?.toJavaScript() ?? {};
}
//# sourceMappingURL=sdk.js.map