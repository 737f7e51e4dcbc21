import type { ApiSettings } from "./api-settings";
/** The Authorization header for the configured credentials: Bearer token, or Basic username and password. */
export declare function authorizationHeader(settings: ApiSettings): string;
/** The values that must never appear in a message: the token, or the password and the Basic credentials. */
export declare function credentialSecrets(settings: ApiSettings): string[];
/**
 * Why a credential cannot reach IONOS as it is in an Authorization header, or undefined: a token is
 * visible ASCII (no space, no quotes); no credential holds control characters or the typographic
 * quotes a pasted document adds (Basic encodes any other character). Pure; never quotes the value.
 */
export declare function credentialProblem(what: "token" | "username" | "password", value: string): string | undefined;
