/** A user, access key or request id: a UUID, as IONOS documents its resource ids (8-4-4-4-12 hex digits). */
export declare const UUID: RegExp;
