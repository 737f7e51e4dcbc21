export declare const SDK_DIR: string;
export declare const grpc: typeof import("@grpc/grpc-js");
export declare const structproto: typeof import("google-protobuf/google/protobuf/struct_pb");
export declare const emptyproto: typeof import("google-protobuf/google/protobuf/empty_pb");
export declare const anyproto: typeof import("google-protobuf/google/protobuf/any_pb");
export declare const provproto: typeof import("@pulumi/pulumi/proto/provider_pb");
export declare const provrpc: typeof import("@pulumi/pulumi/proto/provider_grpc_pb");
export declare const resproto: typeof import("@pulumi/pulumi/proto/resource_pb");
export declare const resrpc: typeof import("@pulumi/pulumi/proto/resource_grpc_pb");
export declare const engrpc: typeof import("@pulumi/pulumi/proto/engine_grpc_pb");
export declare const engproto: typeof import("@pulumi/pulumi/proto/engine_pb");
export declare const statusproto: typeof import("@pulumi/pulumi/proto/status_pb");
/** The marker Pulumi puts on a secret value on the wire and in state files. */
export declare const SECRET_SIG = "4dabf18193072939515e22adb298388d";
export declare const SECRET_VALUE = "1b47061264138c4ac30d75fd1eb44270";
export { PROVIDER_KEY, UNKNOWN } from "../../provider/common/wire";
export type Props = Record<string, unknown>;
export declare function isSecret(value: unknown): value is {
    value: unknown;
};
export declare function secret(value: unknown): Props;
/** Removes secret wrappers from top-level properties; returns the plain values and the secret names. */
export declare function unwrapSecrets(props: Props): {
    plain: Props;
    secretNames: string[];
};
/** Wraps the named top-level properties as secrets. */
export declare function wrapSecrets(props: Props, names: readonly string[]): Props;
export declare function toStruct(props: Props): import("google-protobuf/google/protobuf/struct_pb").Struct;
/** A Struct from the wire as plain properties (an absent one as `{}`). */
export declare function fromStruct(struct: {
    toJavaScript(): Props;
} | undefined): Props;
