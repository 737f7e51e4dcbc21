import type { IonosHttpClient } from "../api/client";
import type { RequestTimings, WaitOptions } from "../api/poll-schedule";
import { type CreateJournal } from "../common/create-journal";
import type { CreatePolicy } from "../common/config";
import { type S3KeyOutputs } from "./s3-key-outputs";
/** What every operation works with. */
export interface OperationContext {
    readonly client: IonosHttpClient;
    readonly wait: WaitOptions;
    readonly create: CreatePolicy;
    readonly journal: CreateJournal;
    /** What this process learned about how long requests take, shared by every operation. */
    readonly timings: RequestTimings;
    /** The Pulumi project's directory, which keys the create journal with the URN. */
    readonly projectDir: string;
}
/**
 * POST (marked with `token`, the resource's create token, or a one-off one), wait; then, for an
 * inactive key, PUT and wait. A key that exists is never lost from view: once the key may exist, a
 * failure is a `ResourceInitError` that keeps its id in the state.
 */
export declare function createKey(ctx: OperationContext, userId: string, active: boolean, identity: string | undefined, createToken?: string, 
/** The key of the resource this create replaces, which its state holds. */
replaces?: string): Promise<S3KeyOutputs>;
/** Brings an existing key under management: looks it up and applies `active`; creates nothing. */
export declare function adoptKey(ctx: OperationContext, userId: string, keyId: string, active: boolean): Promise<S3KeyOutputs>;
/** The key as IONOS has it now, or undefined when it is gone. */
export declare function readKey(ctx: OperationContext, userId: string, keyId: string, previous?: Partial<S3KeyOutputs>): Promise<S3KeyOutputs | undefined>;
/** PUT `active`, wait, and return every output. */
export declare function setActive(ctx: OperationContext, previous: S3KeyOutputs, active: boolean): Promise<S3KeyOutputs>;
/** DELETE and wait; a key already gone counts as deleted. */
export declare function deleteKey(ctx: OperationContext, userId: string, keyId: string): Promise<void>;
