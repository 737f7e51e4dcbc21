import { type WaitOptions } from "../api/poll-schedule";
import type { ApiSettings } from "../api/api-settings";
import { type ProxyEnvironment } from "../api/proxy-from-environment";
export declare const DEFAULT_API_URL = "https://api.ionos.com/cloudapi/v6";
/** The Object Storage Management API (access keys): one global server, paths at its root. */
export declare const DEFAULT_OBJECT_STORAGE_URL = "https://s3.ionos.com";
/** How create copes with the conditions that are not plain errors. */
export interface CreatePolicy {
    /** How long to keep retrying while the user's ACCESS_S3_OBJECT_STORAGE privilege propagates, in ms. */
    readonly privilegeWaitMs: number;
    /** POSTs sent at most, each after the previous one was proven not applied. */
    readonly maxPosts: number;
    /** The first resend's backoff ceiling; it doubles for each further one (full jitter). */
    readonly resendDelayMs: number;
    /**
     * How long IONOS's request log may take to list a POST, in ms: a POST the log does not show after
     * this long was not applied (`IONOS_REQUEST_LOG_SETTLE`, seconds).
     */
    readonly requestLogSettleMs: number;
}
/** Every setting of the provider and the lookups, from one read of the environment and stack config. */
export interface ProviderConfig {
    /** The IONOS Cloud API v6 (S3Key). */
    readonly api: ApiSettings;
    /** The Object Storage Management API (AccessKey): the same credentials, its own endpoint. */
    readonly objectStorage: ApiSettings;
    /** One HTTP request's limit, headers and body (`IONOS_HTTP_TIMEOUT`, seconds). */
    readonly httpTimeoutMs: number;
    /** How long one request may wait on 429s in all (`IONOS_RATE_LIMIT_WAIT`, seconds). */
    readonly rateLimitWaitMs: number;
    /** One answer's body read at most (`IONOS_MAX_RESPONSE_BYTES`). */
    readonly maxResponseBytes: number;
    readonly wait: WaitOptions;
    readonly create: CreatePolicy;
    /** `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY` and their lower-case forms, as the environment gives them. */
    readonly proxy: ProxyEnvironment;
    /** Where pending creates are journaled; undefined when `IONOS_CREATE_JOURNAL=off`. */
    readonly journalDir: string | undefined;
}
/** Values from Pulumi stack config, keyed as the IONOS Pulumi provider keys them (`ionoscloud:token`, …). */
export interface ConfigSource {
    get(key: string): string | undefined;
}
/** The longest a Node.js timer can wait (2³¹−1 ms): a longer one fires after 1 ms instead. */
export declare const MAX_TIMER_SECONDS: number;
/** The largest answer body that may be read (`IONOS_MAX_RESPONSE_BYTES`): 256 MiB. */
export declare const MAX_RESPONSE_BYTES_LIMIT: number;
/**
 * Reads every setting from stack config and the environment, and reports every problem at once in
 * one `IonosConfigError`. Sends no request. Called when the provider or a lookup runs, never at
 * program time, so that no credential is captured into the serialized provider.
 *
 * | setting | stack config | environment | default |
 * | --- | --- | --- | --- |
 * | credentials | `ionoscloud:token` (or `:username` and `:password`) | `IONOS_TOKEN` (or `IONOS_USERNAME` and `IONOS_PASSWORD`) | none |
 * | endpoint | `ionoscloud:endpoint` | `IONOS_API_URL` | `https://api.ionos.com/cloudapi/v6` |
 * | access-key endpoint | `pulumi-ionos-s3key:objectStorageEndpoint` | `IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT` | `https://s3.ionos.com` |
 * | contract | `ionoscloud:contractNumber` | `IONOS_CONTRACT_NUMBER` | none |
 * | waits, timeouts, journal | | `IONOS_WAIT_TIMEOUT`, `IONOS_PRIVILEGE_WAIT`, `IONOS_HTTP_TIMEOUT`, `IONOS_REQUEST_LOG_SETTLE`, `IONOS_RATE_LIMIT_WAIT` (seconds), `IONOS_MAX_RESPONSE_BYTES`, `IONOS_CREATE_JOURNAL` | 600, 300, 60, 30, 300, 1 MiB, `$XDG_STATE_HOME/pulumi-ionos-s3key/pending-creates` |
 *
 * (The dynamic provider host does not pass Pulumi's customTimeouts to providers, so the waits are
 * environment settings.)
 */
export declare function readConfig(sources?: {
    env?: NodeJS.ProcessEnv;
    stackConfig?: ConfigSource;
}): ProviderConfig;
