import type * as pulumi from "@pulumi/pulumi";
import { ProviderBase } from "../common/provider-base";
import type { AccessKeyInputs, AccessKeyOutputs } from "./access-key-types";
/**
 * The dynamic provider behind `AccessKey`, for the Object Storage Management API. Every create
 * "ensures" (PUT) a key id it chose itself, at random, and journals that id before the first PUT:
 * a repeated PUT to the id can only find the key this create made (another party's id answers 409,
 * and nobody else knows this one), so a lost answer or a crash never makes a second key and never
 * takes over someone else's. The secret key appears only in the answer that made or renewed the key:
 * when that answer is lost, the key's secret is renewed, so a key whose secret nobody has is never
 * left behind.
 */
export declare class AccessKeyProvider extends ProviderBase implements pulumi.dynamic.ResourceProvider<AccessKeyInputs, AccessKeyOutputs> {
    protected readonly api: "objectStorage";
    /** Validates inputs and reads the settings, so that preview reports both before any request. */
    check(olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.CheckResult<AccessKeyInputs>>;
    /** See `diffAccessKey`: description and rotation update in place; nothing replaces. Sends no request. */
    diff(_id: string, olds: AccessKeyOutputs, news: AccessKeyInputs): Promise<pulumi.dynamic.DiffResult>;
    create(inputs: AccessKeyInputs): Promise<pulumi.dynamic.CreateResult<AccessKeyOutputs>>;
    /** `rotation` renews the secret in place; `description` is updated in place. */
    update(id: string, olds: AccessKeyOutputs, news: AccessKeyInputs): Promise<pulumi.dynamic.UpdateResult<AccessKeyOutputs>>;
    /** 404 means gone: no id back. The secret (which GETs leave empty) is kept from the state. */
    read(id: string, props?: Partial<AccessKeyOutputs>): Promise<pulumi.dynamic.ReadResult<AccessKeyOutputs>>;
    /** DELETE, then wait until the key answers 404. */
    delete(id: string, props: Partial<AccessKeyOutputs>): Promise<void>;
    private context;
}
