/**
 * Secrets shorter than this are not searched for in text: a password such as "error" cannot be told
 * from the word, and blanking every "error" would garble IONOS's message without hiding anything
 * (IONOS does not echo credentials; secret fields are blanked by name above whatever their length).
 */
export declare const MIN_REDACTED_LENGTH = 8;
/** Removes secret fields from a response body excerpt and every given secret value from a text. */
export declare function redact(text: string, secrets?: readonly string[]): string;
/** A URL as it may be shown in a message: any `user:password@` replaced, whether or not it parses. */
export declare function displayUrl(raw: string): string;
/** A value as a message may show it: at most `max` characters of it, and how long it was when cut. */
export declare function shown(value: unknown, max?: number): string;
