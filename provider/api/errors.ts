/**
 * The base class of every error this package raises. Each message names what went wrong and what to do;
 * none carries a token, a password or a secret key.
 */
export class IonosError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    // What to fix is all in the message. Where a plugin host prints an error with its stack (Pulumi's
    // dynamic-provider host and the provider SDK's server both do, for check, diff, read and delete),
    // no frames of this package's internals follow it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** The credentials or the endpoint are missing or malformed. Nothing was sent. */
export class IonosConfigError extends IonosError {
  /** Every problem found, one sentence each. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`IONOS provider configuration is invalid:\n  - ${problems.join("\n  - ")}`);
    this.problems = problems;
  }
}

/** The IONOS Cloud API answered with an error status. */
export class IonosApiError extends IonosError {
  /** The HTTP status, e.g. 422. */
  readonly status: number;
  /** The request's method. */
  readonly method: string;
  /** The request's path below the API base, without the query. */
  readonly path: string;
  /** IONOS error codes from the body, e.g. `["VDC-21-2"]`. */
  readonly codes: readonly string[];
  /** IONOS messages from the body, or the raw body (shortened) when it was not IONOS-shaped. */
  readonly apiMessages: readonly string[];

  constructor(init: {
    status: number;
    method: string;
    path: string;
    codes: readonly string[];
    apiMessages: readonly string[];
    hint: string;
  }) {
    // IONOS's own messages often end in a period; the hint's sentence follows after exactly one.
    const detail = init.apiMessages.length > 0 ? `: ${init.apiMessages.join("; ").replace(/[.\s]+$/, "")}` : "";
    super(`IONOS API ${init.method} ${init.path} failed with HTTP ${init.status}${detail}. ${init.hint}`);
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.codes = init.codes;
    this.apiMessages = init.apiMessages;
  }
}

/** The request never got an HTTP answer: the connection failed, was dropped, or timed out. */
export class IonosNetworkError extends IonosError {
  /** The request's method. */
  readonly method: string;
  /** The request's path below the API base, without the query. */
  readonly path: string;
  /** True when the request may have reached the API (so a write may have happened). */
  readonly maybeApplied: boolean;
  /** True when the request was cut off by the client's own timeout. */
  readonly timedOut: boolean;

  constructor(init: {
    method: string;
    path: string;
    reason: string;
    maybeApplied: boolean;
    timedOut: boolean;
    hint: string;
    cause?: unknown;
  }) {
    super(`IONOS API ${init.method} ${init.path} got no answer: ${init.reason}. ${init.hint}`, {
      cause: init.cause,
    });
    this.method = init.method;
    this.path = init.path;
    this.maybeApplied = init.maybeApplied;
    this.timedOut = init.timedOut;
  }
}

/** A wait (a request, a key becoming readable or available, a deletion) outlasted IONOS_WAIT_TIMEOUT. */
export class IonosWaitTimeoutError extends IonosError {
  /** What was waited for. */
  readonly what: string;
  readonly waitedMs: number;
  /** The last state a poll saw (QUEUED, RUNNING, PROVISIONING, not readable, …). */
  readonly status: string;

  constructor(init: { what: string; waitedMs: number; status: string; hint: string }) {
    super(
      `Timed out after ${Math.round(init.waitedMs / 1000)} s waiting for ${init.what}; it was still ${init.status}. ${init.hint} IONOS_WAIT_TIMEOUT (seconds) waits longer.`,
    );
    this.what = init.what;
    this.waitedMs = init.waitedMs;
    this.status = init.status;
  }
}

/** What each endpoint setting should name. */
const ENDPOINT_APIS: Readonly<Record<string, string>> = {
  IONOS_API_URL: "the IONOS Cloud API v6 (e.g. https://api.ionos.com)",
  IONOS_API_URL_OBJECT_STORAGE_MANAGEMENT: "the IONOS Object Storage Management API (e.g. https://s3.ionos.com)",
};

/** The API answered with a success status, but its body is not what the API documents. */
export class IonosResponseError extends IonosError {
  /** The HTTP status (a success). */
  readonly status: number;
  /** The request's method. */
  readonly method: string;
  /** The request's path below the API base, without the query. */
  readonly path: string;

  constructor(init: {
    status: number;
    method: string;
    path: string;
    problem: string;
    /** The setting that names the API's base. @default "IONOS_API_URL" */
    endpointSetting?: string;
  }) {
    const setting = init.endpointSetting ?? "IONOS_API_URL";
    super(
      `IONOS API ${init.method} ${init.path} returned HTTP ${init.status} with an unexpected body: ${init.problem}. ` +
        `Check that ${setting} points at ${ENDPOINT_APIS[setting] ?? "the right IONOS API"}.`,
    );
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
  }
}

/** An asynchronous IONOS request ended FAILED, or did not end in time. */
export class IonosRequestError extends IonosError {
  /** The IONOS request id (from the `Location` header). */
  readonly requestId: string;
  /** The last status seen: `FAILED`, or `QUEUED`/`RUNNING` when the wait timed out. */
  readonly status: string;

  constructor(init: { requestId: string; status: string; message: string }) {
    super(init.message);
    this.requestId = init.requestId;
    this.status = init.status;
  }
}
