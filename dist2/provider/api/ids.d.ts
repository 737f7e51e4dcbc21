/** A UUID: IONOS's user ids and access key ids. */
export declare const UUID_PATTERN: RegExp;
/** An IONOS user id: a UUID. */
export declare const USER_ID_PATTERN: RegExp;
/** An object storage key id, which is also the S3 access key id: letters and digits (20 today, e.g. 78fa888e106456c1482d). */
export declare const KEY_ID_PATTERN: RegExp;
/**
 * A user or key id as a URL path segment, after checking it: an id from a response, the state or
 * a user such as `..` or `a/b` would otherwise change which path the request goes to.
 */
export declare function idSegment(kind: "user" | "key", id: string): string;
