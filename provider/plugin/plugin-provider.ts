import type * as pulumi from "@pulumi/pulumi";
import { AccessKeyProvider } from "../access-key/access-key-provider";
import { S3KeyProvider } from "../s3-key/s3-key-provider";
import type { ConfigSource } from "../common/config-sources";
import { IonosError } from "../api/errors";
import { PLUGIN_ACCESS_KEY_TYPE, PLUGIN_S3KEY_TYPE, type PluginResourceType } from "../common/wire";
import { PLUGIN_RESOURCES, pluginTypeOf } from "./resources";
import { invokeFunction } from "./plugin-functions";
import { secretValue } from "./secret-value";
import type { ProviderOptions } from "../common/options";
import { importedInputs } from "./imported-inputs";
import { ResourceInitError } from "../common/resource-init-error";
import { withNameDefaults } from "../common/descriptor";

type Props = Record<string, unknown>;

/**
 * The resource plugin `pulumi-resource-ionos-s3key`: Pulumi's provider interface over the same
 * providers the dynamic resources use, one per type token. It adds only what a plugin must do
 * itself: the URN the engine passes becomes the resource's identity (which keys its create journal
 * and its create token, as the S3Key class's own URN does), and `secretKey` goes back marked secret.
 */
export class IonosS3KeyPlugin implements pulumi.provider.Provider {
  private readonly s3Key: S3KeyProvider;
  private readonly accessKey: AccessKeyProvider;
  /** The provider of each type the plugin serves (the compiler holds it exhaustive). */
  private readonly providers: Readonly<Record<PluginResourceType, S3KeyProvider | AccessKeyProvider>>;

  constructor(
    readonly version: string,
    private readonly schemaText: string,
    options: ProviderOptions = {},
  ) {
    this.s3Key = new S3KeyProvider(options);
    this.accessKey = new AccessKeyProvider(options);
    this.providers = { [PLUGIN_S3KEY_TYPE]: this.s3Key, [PLUGIN_ACCESS_KEY_TYPE]: this.accessKey };
  }

  /** The provider's config from the engine's Configure (`ionos-s3key:token`, …), for both resources. */
  configure(config: ConfigSource): void {
    this.s3Key.configurePlugin(config);
    this.accessKey.configurePlugin(config);
  }

  /**
   * The provider resource this process serves (`urn:…::pulumi:providers:ionos-s3key::staging`), so
   * that messages name it: `provider "staging"`, or the default provider.
   */
  servesProvider(urn: string): void {
    const label = providerLabel(urn);
    if (label === undefined) return;
    this.s3Key.nameProvider(label);
    this.accessKey.nameProvider(label);
  }

  async getSchema(): Promise<string> {
    return this.schemaText;
  }

  async check(urn: string, olds: Props, news: Props): Promise<pulumi.provider.CheckResult> {
    const type = pluginTypeOf(urn);
    // As the classes do: an input declared to default to the resource's name (AccessKey's description) gets it.
    const named = type === undefined ? news : withNameDefaults(PLUGIN_RESOURCES[type].inputs, news, nameOf(urn));
    const result = await this.of(urn).check(olds, { ...named, identity: urn });
    return { inputs: result.inputs as Props, failures: result.failures ?? [] };
  }

  async diff(id: string, urn: string, olds: Props, news: Props): Promise<pulumi.provider.DiffResult> {
    return this.of(urn).diff(id, olds as never, news as never);
  }

  async create(urn: string, inputs: Props): Promise<pulumi.provider.CreateResult> {
    const result = await secretsKept<pulumi.dynamic.CreateResult>(urn, () =>
      this.of(urn).create({ ...inputs, identity: urn } as never),
    );
    return { id: result.id, outs: secretOutputs(urn, result.outs) };
  }

  /** Also `pulumi import`'s read: no state, the id `userId/keyId` (S3Key) or the key id (AccessKey). */
  async read(id: string, urn: string, props?: Props): Promise<pulumi.provider.ReadResult> {
    const imported = props === undefined || Object.keys(props).length === 0;
    const state = imported ? undefined : { ...props, identity: props.identity ?? urn };
    const result = await this.of(urn).read(id, state as never, urn);
    if (result.id === undefined) return {};
    const outs: Props = { ...result.props };
    // A refresh leaves the key's inputs as IONOS has it (a key switched off outside diffs as
    // `~ active: false => true`, its real old value), as the dynamic provider's read does.
    const refreshed = (result as { inputs?: Props }).inputs;
    const inputs = importedInputs(urn, outs, props) ?? refreshed;
    return { id: result.id, props: secretOutputs(urn, outs), ...(inputs !== undefined ? { inputs } : {}) };
  }

  async update(id: string, urn: string, olds: Props, news: Props): Promise<pulumi.provider.UpdateResult> {
    const result = await secretsKept<pulumi.dynamic.UpdateResult>(urn, () =>
      this.of(urn).update(id, olds as never, { ...news, identity: urn } as never),
    );
    return { outs: secretOutputs(urn, result.outs) };
  }

  async delete(id: string, urn: string, props: Props): Promise<void> {
    await this.of(urn).delete(id, props as never);
  }

  /** The lookups, as functions (`ionos-s3key:index:getS3Keys`, …), with this provider's settings. */
  async invoke(token: string, inputs: Props): Promise<pulumi.provider.InvokeResult> {
    return invokeFunction(token, inputs, (which) =>
      which === "api" ? this.s3Key.clientFor("api") : this.accessKey.clientFor("objectStorage"),
    );
  }

  /** The provider behind a resource, by the type in its URN (`urn:pulumi:stack::project::type::name`). */
  private of(urn: string): S3KeyProvider | AccessKeyProvider {
    const type = pluginTypeOf(urn);
    if (type === undefined)
      throw new IonosError(
        `ionos-s3key has no resource type ${String(urn.split("::")[2]?.split("$").pop())}: it serves ${Object.keys(PLUGIN_RESOURCES).join(" and ")}.`,
      );
    return this.providers[type];
  }
}

/** `provider "staging"` for an explicit provider's URN, the default provider for a default one. */
export function providerLabel(urn: string): string | undefined {
  const name = nameOf(urn);
  if (name === "") return undefined;
  return /^default(_|$)/.test(name) ? "the default ionos-s3key provider" : `provider "${name}"`;
}

/** A resource's name: the last part of its URN. */
function nameOf(urn: string): string {
  return urn.split("::").slice(3).join("::");
}

/**
 * The outputs with the resource's secret outputs (declared `secret`: `secretKey`) marked secret, so the
 * state holds them as ciphertext whatever the program says.
 */
export function secretOutputs(urn: string, outputs: object | undefined): Props {
  const type = pluginTypeOf(urn);
  const secrets =
    type === undefined
      ? []
      : Object.entries(PLUGIN_RESOURCES[type].outputs)
          .filter(([, meta]) => meta.secret === true)
          .map(([name]) => name);
  return Object.fromEntries(
    Object.entries({ ...outputs }).map(([name, value]) => [
      name,
      secrets.includes(name) && typeof value === "string" ? secretValue(value) : value,
    ]),
  );
}

/**
 * Runs a create or update whose failure may carry a made key's outputs (`ResourceInitError`, which the
 * engine stores): those go with their secrets marked too, as a finished operation's do.
 */
async function secretsKept<T>(urn: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ResourceInitError)) throw error;
    throw new ResourceInitError(error.id, secretOutputs(urn, error.properties), error.cause);
  }
}
