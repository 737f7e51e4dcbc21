import type * as pulumi from "@pulumi/pulumi";
import type { S3KeyInputs, S3KeyOutputs } from "./s3-key-types";
import { ProviderBase } from "../common/provider-base";
/**
 * The dynamic provider behind `S3Key`. It holds no credentials when it is serialized: every setting
 * is read when it runs, from the stack config given to `configure` and from the environment, through
 * one boundary (`readConfig`).
 */
export declare class S3KeyProvider extends ProviderBase implements pulumi.dynamic.ResourceProvider<S3KeyInputs, S3KeyOutputs> {
    protected readonly api: "cloud";
    /** Which resource of this program owns each key, so that no two resources own one (one plugin host serves a program). */
    private readonly owners;
    /** The resources of the state this run saw, so that a replacement's create knows what it replaces. */
    private readonly lines;
    /**
     * Validates inputs and applies defaults, and reads the settings, so that `pulumi preview` reports
     * bad inputs and missing or invalid credentials before anything is written. Sends no request.
     */
    check(olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.CheckResult<S3KeyInputs>>;
    /** See `diffS3Key`. Sends no request. */
    diff(_id: string, olds: S3KeyOutputs, news: S3KeyInputs): Promise<pulumi.dynamic.DiffResult>;
    /** Creates a key, or adopts the existing key named by `adoptKeyId`. */
    create(inputs: S3KeyInputs): Promise<pulumi.dynamic.CreateResult<S3KeyOutputs>>;
    private createOrAdopt;
    /** Accepts the key id (with `userId` in the state) or `userId/keyId`; no id back means the key is gone. */
    read(id: string, props?: Partial<S3KeyOutputs>): Promise<pulumi.dynamic.ReadResult<S3KeyOutputs>>;
    /** PUTs `active`; a key whose secret the state does not hold (brought in by `recover`) is read first. */
    update(_id: string, olds: S3KeyOutputs, news: S3KeyInputs): Promise<pulumi.dynamic.UpdateResult<S3KeyOutputs>>;
    delete(id: string, props: Partial<S3KeyOutputs>): Promise<void>;
    private context;
}
/** `userId/keyId`, or a bare key id with the user id from the state. */
export declare function parseId(id: string, userIdFromState: string | undefined): {
    userId: string;
    keyId: string;
};
