/**
 * True for an `http:` URL whose host is not a loopback address: only the literals 127.0.0.0/8 and
 * ::1, and `localhost` itself. `*.localhost` is not: glibc resolves it through DNS, so the token
 * could travel in clear to whatever DNS answers.
 */
export declare function sendsCredentialsInClear(url: string): boolean;
/** The Cloud API's base path: an endpoint names the host alone, or the host and this path. */
export declare const CLOUD_API_BASE_PATH = "/cloudapi/v6";
/**
 * `https://api.ionos.com` and `https://api.ionos.com/cloudapi/v6/` both become
 * `https://api.ionos.com/cloudapi/v6`; any other path (a typo such as `/cloudapi`, a doubled base,
 * another version) is undefined: every request would go to a path IONOS does not serve, and its
 * 404s could look like keys that are gone. Pure.
 */
export declare function normalizeApiUrl(raw: string): string | undefined;
/**
 * The Object Storage Management API's server, `https://s3.ionos.com` with or without a trailing
 * slash; undefined for any path (its paths start at the server's root). Pure.
 */
export declare function normalizeObjectStorageUrl(raw: string): string | undefined;
/** `IONOS_API_URL` (or `ionoscloud:endpoint`, named by `from`) in its normal form, or what is wrong with it. Pure. */
export declare function cloudApiEndpoint(from: string, value: string): {
    url: string;
} | {
    problem: string;
};
/** `IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT` (or its stack config) in its normal form, or what is wrong with it. Pure. */
export declare function objectStorageEndpoint(from: string, value: string): {
    url: string;
} | {
    problem: string;
};
/**
 * The warning for settings that send this resource's API (`mine`) to a remote service, such as
 * IONOS's public one, while the other API is on this machine (an emulator): a program "tested
 * locally" would make real keys of this kind. Undefined otherwise. Pure.
 */
export declare function mixedEndpoints(config: {
    readonly api: {
        readonly baseUrl: string;
    };
    readonly objectStorage: {
        readonly baseUrl: string;
    };
}, mine: "cloud" | "objectStorage"): string | undefined;
