import { type Emulator, type EmulatorOptionsInput } from "../../emulator";
import type { ClientOptions } from "../../provider/api/client-options";
import type { ProviderOptions } from "../../provider/common/options";
export declare const USER = "9b1b4c62-1466-11e7-87d3-d7bb7dac0087";
export declare const OTHER_USER = "15f67991-0f51-4efc-a8ad-ef1fb31a480c";
/** A fast retry schedule for tests: the client's time unit as an option, as octokit's `retryAfterBaseValue`. */
export declare const FAST_CLIENT: Partial<ClientOptions>;
/** Provider options, with `env` merged over `base` (a value `undefined` removes the setting). */
export declare function testOptions(base: NodeJS.ProcessEnv, extra?: ProviderOptions): ProviderOptions;
export interface EmulatorSuite {
    readonly emulator: Emulator;
    /** The settings a user would export to point the provider at this emulator, as an env object. */
    readonly env: NodeJS.ProcessEnv;
    /** Options for a provider or lookup against this emulator; `extra.env` is merged over `env`. */
    options(extra?: ProviderOptions): ProviderOptions;
}
/**
 * Starts an emulator before the suite's tests and stops it after, and gives the settings that point
 * a provider at it as an env object (the process's own environment is never written), with a create
 * journal of the suite's own.
 */
export declare function useEmulator(options?: EmulatorOptionsInput): EmulatorSuite;
/** `METHOD path` of every request logged since `from`, status polls shortened to `GET status`. */
export declare function requestsSince(emulator: Emulator, from: number): string[];
/** Writes (POST, PUT, DELETE) logged since `from`. */
export declare function writesSince(emulator: Emulator, from: number): string[];
/** Runs `fn`, expecting it to throw; returns the error. */
export declare function rejection(fn: () => Promise<unknown>): Promise<Error>;
/** The create journal's entries under `dir` (in its private subdirectory): the learned request timings kept beside them aside. */
export declare function journalEntries(dir: string): string[];
