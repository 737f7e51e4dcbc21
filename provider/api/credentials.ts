import type { ApiSettings } from "./api-settings";

/** The Authorization header for the configured credentials: Bearer token, or Basic username and password. */
export function authorizationHeader(settings: ApiSettings): string {
  return settings.auth.kind === "token" ? `Bearer ${settings.auth.token}` : `Basic ${basicCredentials(settings.auth)}`;
}

/** The values that must never appear in a message: the token, or the password and the Basic credentials. */
export function credentialSecrets(settings: ApiSettings): string[] {
  const auth = settings.auth;
  return auth.kind === "token" ? [auth.token] : [auth.password, basicCredentials(auth)];
}

/** `username:password` in base64, as a Basic Authorization header carries it. */
function basicCredentials(auth: { username: string; password: string }): string {
  return Buffer.from(`${auth.username}:${auth.password}`).toString("base64");
}
