// The gRPC and protobuf modules exactly as @pulumi/pulumi loads them, so that messages built here are
// the classes the SDK's stubs expect (a second copy of google-protobuf would not be).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const SDK_DIR = dirname(require.resolve("@pulumi/pulumi/package.json"));
const sdkRequire = createRequire(join(SDK_DIR, "index.js"));

export const grpc: typeof import("@grpc/grpc-js") = sdkRequire("@grpc/grpc-js");
export const structproto: typeof import("google-protobuf/google/protobuf/struct_pb") = sdkRequire(
  "google-protobuf/google/protobuf/struct_pb",
);
export const emptyproto: typeof import("google-protobuf/google/protobuf/empty_pb") = sdkRequire(
  "google-protobuf/google/protobuf/empty_pb",
);
export const anyproto: typeof import("google-protobuf/google/protobuf/any_pb") = sdkRequire(
  "google-protobuf/google/protobuf/any_pb",
);
export const provproto: typeof import("@pulumi/pulumi/proto/provider_pb") = sdkRequire("./proto/provider_pb");
export const provrpc: typeof import("@pulumi/pulumi/proto/provider_grpc_pb") = sdkRequire("./proto/provider_grpc_pb");
export const resproto: typeof import("@pulumi/pulumi/proto/resource_pb") = sdkRequire("./proto/resource_pb");
export const resrpc: typeof import("@pulumi/pulumi/proto/resource_grpc_pb") = sdkRequire("./proto/resource_grpc_pb");
export const engrpc: typeof import("@pulumi/pulumi/proto/engine_grpc_pb") = sdkRequire("./proto/engine_grpc_pb");
export const engproto: typeof import("@pulumi/pulumi/proto/engine_pb") = sdkRequire("./proto/engine_pb");
export const statusproto: typeof import("@pulumi/pulumi/proto/status_pb") = sdkRequire("./proto/status_pb");

/** The marker Pulumi puts on a secret value on the wire and in state files. */
export const SECRET_SIG = "4dabf18193072939515e22adb298388d";
export const SECRET_VALUE = "1b47061264138c4ac30d75fd1eb44270";
export { PROVIDER_KEY, UNKNOWN } from "../../provider/common/wire";

export type Props = Record<string, unknown>;

export function isSecret(value: unknown): value is { value: unknown } {
  return (
    typeof value === "object" && value !== null && (value as Props)[SECRET_SIG] === SECRET_VALUE && "value" in value
  );
}

export function secret(value: unknown): Props {
  return { [SECRET_SIG]: SECRET_VALUE, value };
}

/** Removes secret wrappers from top-level properties; returns the plain values and the secret names. */
export function unwrapSecrets(props: Props): { plain: Props; secretNames: string[] } {
  const plain: Props = {};
  const secretNames: string[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (isSecret(value)) {
      plain[key] = value.value;
      secretNames.push(key);
    } else {
      plain[key] = value;
    }
  }
  return { plain, secretNames };
}

/** Wraps the named top-level properties as secrets. */
export function wrapSecrets(props: Props, names: readonly string[]): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props))
    out[key] = names.includes(key) && !isSecret(value) ? secret(value) : value;
  return out;
}

export function toStruct(props: Props) {
  return structproto.Struct.fromJavaScript(props as Parameters<typeof structproto.Struct.fromJavaScript>[0]);
}

/** A Struct from the wire as plain properties (an absent one as `{}`). */
export function fromStruct(struct: { toJavaScript(): Props } | undefined): Props {
  return struct?.toJavaScript() ?? {};
}
