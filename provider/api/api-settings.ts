// The API layer's own settings type: the config boundary (common/config.ts) builds it, the client reads it.

/** How requests authenticate: a Bearer token (preferred) or Basic username and password. */
export type Auth =
  | { readonly kind: "token"; readonly token: string }
  | { readonly kind: "basic"; readonly username: string; readonly password: string };

/** Where and how the provider talks to one IONOS API. */
export interface ApiSettings {
  /** The API base: for the Cloud API always ending in `/cloudapi/v6`; for object storage management, a bare origin. */
  readonly baseUrl: string;
  /** The setting that names `baseUrl`, for messages (`IONOS_API_URL`). @default "IONOS_API_URL" */
  readonly endpointSetting?: string;
  readonly auth: Auth;
  /**
   * Where the credentials were given, for messages: `IONOS_TOKEN`, `ionos-s3key:token of provider
   * "staging"`. @default "IONOS_TOKEN (or IONOS_USERNAME and IONOS_PASSWORD)"
   */
  readonly credentialsSetting?: string;
  /** Sent as `X-Contract-Number` when set. */
  readonly contractNumber?: string;
}
