import type { Emulator } from "../../emulator";
export declare const PROJECT_DIR: string;
export interface DriverRun {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}
/** One stack of the basic example, run through the driver CLI as a user runs `pulumi`. */
export declare class ExampleStack {
    private readonly emulator;
    readonly userId: string;
    /** The program, when not Pulumi.yaml's main (the basic example). */
    private readonly main?;
    /** The Pulumi project directory. */
    private readonly cwd;
    readonly stateFile: string;
    readonly transcript: string[];
    constructor(emulator: Emulator, userId: string, 
    /** The program, when not Pulumi.yaml's main (the basic example). */
    main?: string | undefined, 
    /** The Pulumi project directory. */
    cwd?: string);
    /** Runs one operation; `secrets` are secret stack config, `env` replaces the IONOS variables. */
    run(operation: string, config?: Record<string, string>, options?: {
        secrets?: Record<string, string>;
        env?: NodeJS.ProcessEnv;
    }): Promise<DriverRun>;
    /** The state file as stored on disk (secrets encrypted). */
    stateText(): string;
    /** The key ids the state holds. */
    stateKeyIds(): string[];
    /** The key ids the emulator holds for this stack's user. */
    cloudKeyIds(): string[];
}
