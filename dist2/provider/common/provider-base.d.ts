import * as pulumi from "@pulumi/pulumi";
import type { ProviderOptions } from "./options";
import { IonosConnection } from "./connection";
import { type ProviderConfig } from "./config";
import { type EngineGuard } from "./engine-watch";
/**
 * What both dynamic providers share: stack config from `configure`, every setting read through one
 * boundary when an operation runs (never captured into the serialized provider), one connection per
 * process (rate gate, keep-alive, learned timings), and the create journal.
 */
export declare abstract class ProviderBase {
    protected readonly connection: IonosConnection;
    protected readonly log: (message: string) => void;
    private readonly logOption?;
    protected readonly warn: (message: string) => void;
    private readonly warnedMixed;
    /** Counts operations in flight, so the plugin host ends itself only when none is (see `EngineGuard`). */
    protected readonly guard: EngineGuard;
    private stackConfig?;
    /** The API this provider's resources live in. */
    protected abstract readonly api: "cloud" | "objectStorage";
    private readonly env?;
    private readonly projectDirOption?;
    constructor(options?: ProviderOptions);
    configure(req: pulumi.dynamic.ConfigureRequest): Promise<void>;
    /**
     * The messages of one resource's operation (progress, retries, recovery): on that resource's row
     * of Pulumi's output, by its URN (`identity`), so they name it; with the `log` option, that one.
     */
    protected logFor(identity: unknown): (message: string) => void;
    /** The project directory: the option, else the working directory when an operation runs (the plugin host runs in the project). */
    protected get projectDir(): string;
    /** Every setting, read now; an `IonosConfigError` lists every problem. */
    protected config(): ProviderConfig;
    /**
     * The settings' problems as check failures, so that `pulumi preview` shows a missing token or a bad
     * endpoint as one clean line per resource, like a bad input (a check that throws is printed by the
     * plugin host with its stack, and again by the engine). Empty when the settings are good.
     */
    protected settingsFailures(): pulumi.dynamic.CheckFailure[];
    /**
     * A state holds the key a create made: that create is over, and its journal entry (keyed by the
     * resource's URN and the project directory) goes, if it is still the one for `token`.
     */
    protected stateHolds(identity: unknown, token: string | undefined): void;
}
