import type { EmulatorOptions } from "./options";
/** Who an Authorization header names: a full user, one without write privileges, or nobody. Pure. */
export type Principal = "full" | "restricted" | undefined;
export declare function authenticate(header: string | undefined, options: Pick<EmulatorOptions, "token" | "restrictedToken" | "username" | "password">): Principal;
