/** What a user should do about an IONOS API error, in one sentence. */
export declare function hintFor(status: number, codes: readonly string[], message: string): string;
/**
 * IONOS's own answer for a key that does not exist: `[VDC-21-2]` "The access key cannot be found". A
 * bare 404 is not: a mistyped endpoint or a gateway answers it too (see `unlessProvenGone`).
 */
export declare function isKeyNotFound(codes: readonly string[], message: string): boolean;
