import { type Emulator } from "../emulator";
import type { PendingCreate } from "../provider/recover/pending-creates";
import { PluginHost } from "../tools/pulumi-driver/plugin-host";
export declare const PROJECT_DIR: string;
export declare const STACKS: readonly ["a", "b"];
/** The emulator's name behind the soak's proxy, resolved by the proxy alone. */
export declare const PROXIED_HOST = "ionos-emulator.test";
/**
 * One stack: its state, as the engine would keep it, and the machine its `pulumi up` runs on: the
 * plugin host, the create journal on that machine's disk, and its clock, off from IONOS's.
 */
export interface Stack {
    readonly name: string;
    readonly state: Map<string, {
        id: string;
        outputs: Record<string, unknown>;
    }>;
    /** Creates under way, as the engine records them (with their checked inputs) before it calls create. */
    readonly pending: Map<string, Omit<PendingCreate, "index">>;
    /** Pending creates whose runner vanished under them: left in the state for `recover`. */
    readonly orphaned: Map<string, Omit<PendingCreate, "index">>;
    /** Plugin hosts killed with their runner (engine and disk gone), not alone. */
    readonly vanished: WeakSet<PluginHost>;
    /** This machine's clock less IONOS's, in ms. */
    readonly clockOffsetMs: number;
    journal: string;
    host: PluginHost;
    /** Set while the host is being replaced after a kill. */
    restarting?: Promise<void>;
}
/** A kind of resource the soak runs: its names, its inputs, the update it makes, what it checks after a step. */
export interface Kind {
    readonly prefix: string;
    readonly type: string;
    inputs(index: number, urn: string): Record<string, unknown>;
    readonly updated: Record<string, unknown>;
    check?(outputs: Record<string, unknown>): void;
}
/** The users of a soak: two pairs of keys per user at most, four keys under the limit of five, racing in pairs. */
export declare function soakUsers(keys: number): string[];
/** The emulator of a soak: 10 % 5xx, 5 % 429, 2 % dropped connections (half after the write), lagging reads. */
export declare function startFaultyEmulator(seed: number): Promise<Emulator>;
/** Plugin hosts that run against `emulator`, each machine with a journal and a clock of its own, as `pulumi up` would. */
export declare class Hosts {
    private readonly log;
    private readonly journals;
    readonly env: NodeJS.ProcessEnv;
    /**
     * With `proxy`, every request goes through it: the emulator is named `ionos-emulator.test`, which
     * only the proxy resolves (loopback is never proxied), over http, which that name needs allowed.
     */
    constructor(emulator: Emulator, log: (line: string) => void, proxy?: string);
    /** A fresh, empty journal directory: a new machine's disk. */
    newJournal(): string;
    /** A plugin host on the stack's machine: its journal, its clock. */
    start(stack: Pick<Stack, "journal" | "clockOffsetMs">): Promise<PluginHost>;
    /** The host a stack's next call goes to, once a replacement after a kill is up. */
    static of(stack: Stack): Promise<PluginHost>;
    remove(): void;
}
/** S3Key and AccessKey as the soak runs them, with the serialized providers a program would store. */
export declare function soakKinds(emulator: Emulator, users: readonly string[], onSecretUnknown: () => void): Promise<Record<"s3Key" | "accessKey", Kind>>;
