/** An answer the emulator sends, in the IONOS shape for errors. */
export interface Reply {
    readonly status: number;
    readonly body?: unknown;
    readonly headers?: Readonly<Record<string, string>>;
}
/** `{httpStatus, messages: [{errorCode, message}]}`, as the real API sends it. */
export declare function ionosError(status: number, errorCode: string, message: string, headers?: Record<string, string>): Reply;
export declare const errors: {
    readonly unauthorized: () => Reply;
    readonly forbidden: () => Reply;
    readonly pathNotFound: (path: string) => Reply;
    readonly userNotFound: (userId: string) => Reply;
    readonly keyNotFound: (status: 404 | 422) => Reply;
    readonly methodNotAllowed: (method: string, allowed: readonly string[]) => Reply;
    readonly unsupportedMediaType: (type: string) => Reply;
    readonly malformedJson: (reason: string) => Reply;
    readonly malformedRequest: (reason: string) => Reply;
    readonly invalid: (field: string, reason: string) => Reply;
    readonly tooManyKeys: (max: number) => Reply;
    readonly noPrivilege: () => Reply;
    readonly rateLimited: (retryAfterS: number) => Reply;
    readonly serverError: (status: number) => Reply;
    readonly bodyTooLarge: () => Reply;
    readonly bodyTimeout: (seconds: number) => Reply;
};
