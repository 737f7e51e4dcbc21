import * as grpc from "@grpc/grpc-js";
import * as pulumi from "@pulumi/pulumi";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { PACKAGE_VERSION } from "../api/user-agent";
import { IonosS3KeyPlugin } from "./plugin-provider";
import { pluginConfigSource } from "../common/config-sources";
import { checkPluginConfig, configuredValues } from "./plugin-config";
import { pluginSchema } from "./schema";
import { addDetailedDiff } from "./detailed-diff";

type Callback<T> = (error: unknown, response?: T) => void;
interface Call<T> {
  readonly request: T;
}

/**
 * The provider-config half of the gRPC service, which `@pulumi/pulumi/provider`'s server answers
 * without asking the provider (it drops Configure's config and has no CheckConfig): CheckConfig
 * validates a provider's config and marks its credentials secret; Configure hands the config to the
 * plugin and asks the engine to keep secrets to itself (inputs arrive plain; outputs the plugin marks
 * secret stay secret). Everything else is the SDK's server, unchanged.
 */
function configHandlers(plugin: IonosS3KeyPlugin) {
  return {
    checkConfig(call: Call<provproto.CheckRequest>, callback: Callback<provproto.CheckResponse>) {
      answer(callback, () => {
        plugin.servesProvider(call.request.getUrn());
        return checkConfigResponse(call.request);
      });
    },
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

/** The SDK's Diff, its answer given a detailed diff of the user's own inputs (see `addDetailedDiff`). */
function withDetailedDiff(implementation: grpc.UntypedServiceImplementation) {
  const diff = implementation.diff as (call: unknown, callback: Callback<provproto.DiffResponse>) => void;
  return {
    diff(call: Call<provproto.DiffRequest>, callback: Callback<provproto.DiffResponse>) {
      diff.call(implementation, call, (error, response) => {
        if (!error && response !== undefined)
          answer(callback, () => (addDetailedDiff(call.request, response), response));
        else callback(error, response);
      });
    },
  };
}

/** Calls back with `respond`'s answer, or with its error (a handler that throws would leave the engine waiting). */
function answer<T>(callback: Callback<T>, respond: () => T): void {
  let response: T;
  try {
    response = respond();
  } catch (error) {
    return callback(error);
  }
  callback(null, response);
}

/** CheckConfig's answer: the config's inputs (credentials marked secret) and every problem, one failure each. */
function checkConfigResponse(request: provproto.CheckRequest): provproto.CheckResponse {
  const news = request.getNews()?.toJavaScript() ?? {};
  const { inputs, failures } = checkPluginConfig(news, process.env);
  const response = new provproto.CheckResponse();
  response.setInputs(structproto.Struct.fromJavaScript(inputs as never));
  response.setFailuresList(
    failures.map((f) => {
      const failure = new provproto.CheckFailure();
      failure.setProperty(f.property);
      failure.setReason(f.reason);
      return failure;
    }),
  );
  return response;
}

/**
 * Serves the plugin: `pulumi-resource-ionos-s3key <engine address>`. The engine's address also goes
 * to `PULUMI_NODEJS_ENGINE`, so that progress and retry messages land on their resource's row.
 */
export async function serve(args: readonly string[]): Promise<void> {
  const engine = args.find((arg) => !arg.startsWith("-"));
  if (engine !== undefined) process.env.PULUMI_NODEJS_ENGINE = engine;
  const plugin = new IonosS3KeyPlugin(PACKAGE_VERSION, JSON.stringify(pluginSchema(PACKAGE_VERSION), null, 2));
  const handlers = configHandlers(plugin);
  const addService = grpc.Server.prototype.addService;
  grpc.Server.prototype.addService = function (this: grpc.Server, service, implementation) {
    const impl =
      "checkConfig" in service
        ? Object.assign(implementation, handlers, withDetailedDiff(implementation))
        : implementation;
    return addService.call(this, service, impl);
  };
  await pulumi.provider.main(plugin, [...args]);
}
