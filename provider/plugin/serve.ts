import * as grpc from "@grpc/grpc-js";
import * as provrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import * as plugproto from "@pulumi/pulumi/proto/plugin_pb";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import * as anyproto from "google-protobuf/google/protobuf/any_pb";
import * as emptyproto from "google-protobuf/google/protobuf/empty_pb";
import * as statusproto from "@pulumi/pulumi/proto/status_pb";
import { PACKAGE_VERSION } from "../api/user-agent";
import { IonosS3KeyPlugin } from "./plugin-provider";
import { pluginConfigSource } from "../common/config-sources";
import { checkPluginConfig, configuredValues } from "./plugin-config";
import { pluginSchema } from "./schema";
import { addDetailedDiff } from "./detailed-diff";
import { setEngineAddress } from "../common/engine-watch";

type Callback<T> = (error: grpc.ServiceError | Partial<grpc.StatusObject> | null, response?: T) => void;
interface Call<T> {
  readonly request: T;
}
type Props = Record<string, unknown>;

/** The struct's fields as plain values (an absent struct is empty). */
function plain(struct: structproto.Struct | undefined): Props {
  return (struct?.toJavaScript() ?? {}) as Props;
}

function struct(values: object | undefined): structproto.Struct {
  return structproto.Struct.fromJavaScript((values ?? {}) as never);
}

function checkFailures(failures: readonly { property: string; reason: string }[]): provproto.CheckFailure[] {
  return failures.map((f) => {
    const failure = new provproto.CheckFailure();
    failure.setProperty(f.property);
    failure.setReason(f.reason);
    return failure;
  });
}

/**
 * The error the engine gets for a failed create or update. A key that was made but not finished
 * (`ResourceInitError`: an `id` and its outputs) goes as Pulumi's `ErrorResourceInitFailed` detail,
 * so that the engine keeps it in the state; any other error is its message, once, with no stack.
 */
function operationError(error: unknown): Partial<grpc.StatusObject> {
  const { message, id, properties, reasons } = error as {
    message?: string;
    id?: string;
    properties?: object;
    reasons?: string[];
  };
  const metadata = new grpc.Metadata();
  if (typeof id === "string") {
    const detail = new provproto.ErrorResourceInitFailed();
    detail.setId(id);
    detail.setProperties(struct(properties));
    detail.setReasonsList(reasons ?? []);
    const any = new anyproto.Any();
    any.pack(detail.serializeBinary(), "pulumirpc.ErrorResourceInitFailed");
    const status = new statusproto.Status();
    status.setCode(grpc.status.UNKNOWN);
    status.setMessage(String(message));
    status.addDetails(any);
    metadata.add("grpc-status-details-bin", Buffer.from(status.serializeBinary()));
  }
  return { code: grpc.status.UNKNOWN, details: String(message ?? error), metadata };
}

/** Answers with `respond`'s result, or with its error (a handler that throws would leave the engine waiting). */
function answer<T>(callback: Callback<T>, respond: () => Promise<T> | T, onError = operationError): void {
  Promise.resolve()
    .then(respond)
    .then(
      (response) => callback(null, response),
      (error: unknown) => callback(onError(error)),
    );
}

/**
 * Pulumi's ResourceProvider service over the plugin, method by method: this package's own server, on
 * Pulumi's protocol, not the SDK's (whose server drops Configure's config, has no CheckConfig and no
 * detailed diff, and prints a stack with every error). Methods not here (Construct, Call, DiffConfig,
 * Parameterize, …) answer UNIMPLEMENTED, which the engine takes as "not supported".
 */
export function resourceProviderService(plugin: IonosS3KeyPlugin): grpc.UntypedServiceImplementation {
  const service = {
    ...pluginHandlers(plugin),
    ...configHandlers(plugin),
    ...planHandlers(plugin),
    ...applyHandlers(plugin),
  };
  return service as unknown as grpc.UntypedServiceImplementation;
}

/** What the plugin is: its version, its schema; and the engine's Cancel and Attach. */
function pluginHandlers(plugin: IonosS3KeyPlugin) {
  return {
    getPluginInfo(_call: Call<unknown>, callback: Callback<plugproto.PluginInfo>) {
      answer(callback, () => {
        const info = new plugproto.PluginInfo();
        info.setVersion(plugin.version);
        return info;
      });
    },
    getSchema(call: Call<provproto.GetSchemaRequest>, callback: Callback<provproto.GetSchemaResponse>) {
      answer(callback, async () => {
        if (call.request.getVersion() !== 0) throw new Error(`unsupported schema version ${call.request.getVersion()}`);
        const response = new provproto.GetSchemaResponse();
        response.setSchema(await plugin.getSchema());
        return response;
      });
    },
    cancel(_call: Call<unknown>, callback: Callback<emptyproto.Empty>) {
      callback(null, new emptyproto.Empty());
    },
    /** `PULUMI_DEBUG_PROVIDERS`: an engine attaches to a plugin started by hand, giving its address. */
    attach(call: Call<plugproto.PluginAttach>, callback: Callback<emptyproto.Empty>) {
      setEngineAddress(call.request.getAddress());
      callback(null, new emptyproto.Empty());
    },
  };
}

/** The provider resource's config: CheckConfig and Configure. */
function configHandlers(plugin: IonosS3KeyPlugin) {
  return {
    /** Validates a provider's config and marks its credentials secret; one failure per problem. */
    checkConfig(call: Call<provproto.CheckRequest>, callback: Callback<provproto.CheckResponse>) {
      answer(callback, () => {
        plugin.servesProvider(call.request.getUrn());
        const { inputs, failures } = checkPluginConfig(plain(call.request.getNews()), process.env);
        const response = new provproto.CheckResponse();
        response.setInputs(struct(inputs));
        response.setFailuresList(checkFailures(failures));
        return response;
      });
    },
    /**
     * Hands the config to the plugin and asks the engine to keep secrets to itself: inputs arrive
     * plain; the outputs the plugin marks secret stay secret.
     */
    configure(call: Call<provproto.ConfigureRequest>, callback: Callback<provproto.ConfigureResponse>) {
      answer(callback, () => {
        // Newer engines name the provider resource here too (a refresh or destroy may send no CheckConfig).
        // Typed by hand: @pulumi/pulumi 3.142 (the peer floor) has no ConfigureRequest.getUrn.
        const urn = (call.request as { getUrn?: () => string | undefined }).getUrn?.();
        if (urn) plugin.servesProvider(urn);
        plugin.configure(pluginConfigSource(configuredValues(call.request.getVariablesMap().entries())));
        const response = new provproto.ConfigureResponse();
        response.setAcceptsecrets(false);
        response.setAcceptresources(false);
        return response;
      });
    },
  };
}

/** What the engine asks to plan: Check and Diff. */
function planHandlers(plugin: IonosS3KeyPlugin) {
  return {
    check(call: Call<provproto.CheckRequest>, callback: Callback<provproto.CheckResponse>) {
      answer(callback, async () => {
        const request = call.request;
        const result = await plugin.check(request.getUrn(), plain(request.getOlds()), plain(request.getNews()));
        const response = new provproto.CheckResponse();
        response.setInputs(struct(result.inputs));
        response.setFailuresList(checkFailures(result.failures ?? []));
        return response;
      });
    },
    /** The plugin's diff, with a detailed diff of the user's own inputs (see `addDetailedDiff`). */
    diff(call: Call<provproto.DiffRequest>, callback: Callback<provproto.DiffResponse>) {
      answer(callback, async () => {
        const request = call.request;
        const result = await plugin.diff(
          request.getId(),
          request.getUrn(),
          plain(request.getOlds()),
          plain(request.getNews()),
        );
        const response = new provproto.DiffResponse();
        const { DIFF_SOME, DIFF_NONE, DIFF_UNKNOWN } = provproto.DiffResponse.DiffChanges;
        response.setChanges(result.changes === true ? DIFF_SOME : result.changes === false ? DIFF_NONE : DIFF_UNKNOWN);
        response.setReplacesList([...(result.replaces ?? [])]);
        response.setDeletebeforereplace(result.deleteBeforeReplace === true);
        addDetailedDiff(request, response);
        return response;
      });
    },
  };
}

/** What the engine asks to apply, read and look up: Create, Read, Update, Delete and Invoke. */
function applyHandlers(plugin: IonosS3KeyPlugin) {
  return {
    create(call: Call<provproto.CreateRequest>, callback: Callback<provproto.CreateResponse>) {
      answer(callback, async () => {
        const result = await plugin.create(call.request.getUrn(), plain(call.request.getProperties()));
        const response = new provproto.CreateResponse();
        response.setId(result.id);
        response.setProperties(struct(result.outs));
        return response;
      });
    },
    read(call: Call<provproto.ReadRequest>, callback: Callback<provproto.ReadResponse>) {
      answer(callback, async () => {
        const request = call.request;
        const result = await plugin.read(request.getId(), request.getUrn(), plain(request.getProperties()));
        const response = new provproto.ReadResponse();
        // No id back: the key is gone.
        if (result.id !== undefined) response.setId(result.id);
        if (result.props !== undefined) response.setProperties(struct(result.props));
        if (result.inputs !== undefined) response.setInputs(struct(result.inputs));
        return response;
      });
    },
    update(call: Call<provproto.UpdateRequest>, callback: Callback<provproto.UpdateResponse>) {
      answer(callback, async () => {
        const request = call.request;
        const result = await plugin.update(
          request.getId(),
          request.getUrn(),
          plain(request.getOlds()),
          plain(request.getNews()),
        );
        const response = new provproto.UpdateResponse();
        response.setProperties(struct(result.outs));
        return response;
      });
    },
    delete(call: Call<provproto.DeleteRequest>, callback: Callback<emptyproto.Empty>) {
      answer(callback, async () => {
        const request = call.request;
        await plugin.delete(request.getId(), request.getUrn(), plain(request.getProperties()));
        return new emptyproto.Empty();
      });
    },
    /** The lookups, as functions (`ionos-s3key:index:getS3Keys`, …). */
    invoke(call: Call<provproto.InvokeRequest>, callback: Callback<provproto.InvokeResponse>) {
      answer(callback, async () => {
        const result = await plugin.invoke(call.request.getTok(), plain(call.request.getArgs()));
        const response = new provproto.InvokeResponse();
        response.setReturn(struct(result.outputs));
        response.setFailuresList(checkFailures(result.failures ?? []));
        return response;
      });
    },
  };
}

/** What the SDK's servers allow: messages up to 400 MiB (a schema, a large state). */
const CHANNEL_OPTIONS = { "grpc.max_receive_message_length": 400 * 1024 * 1024 };

/**
 * Serves the plugin: `pulumi-resource-ionos-s3key <engine address>`. Prints the port, as the engine
 * expects on the first line of stdout. The engine's address is where progress and retry messages go
 * (on their resource's row), and what tells the host that its engine is gone.
 */
export async function serve(args: readonly string[]): Promise<grpc.Server> {
  const engine = args.find((arg) => !arg.startsWith("-"));
  if (engine !== undefined) setEngineAddress(engine);
  const plugin = new IonosS3KeyPlugin(PACKAGE_VERSION, JSON.stringify(pluginSchema(PACKAGE_VERSION), null, 2));
  const server = new grpc.Server(CHANNEL_OPTIONS);
  server.addService(provrpc.ResourceProviderService, resourceProviderService(plugin));
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  process.stdout.write(`${port}\n`);
  return server;
}
