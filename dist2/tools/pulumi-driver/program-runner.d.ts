export interface ProgramOptions {
    /** The Pulumi project directory, the program's working directory. */
    readonly projectDir: string;
    /** The program, relative to `projectDir`. */
    readonly main: string;
    readonly project: string;
    readonly stack: string;
    /** The monitor and engine address. */
    readonly address: string;
    readonly dryRun: boolean;
    /** Stack config, keys with their namespace. */
    readonly config: Readonly<Record<string, string>>;
    readonly secretConfigKeys: readonly string[];
    readonly env: NodeJS.ProcessEnv;
    /** Every line the program prints. */
    readonly log: (line: string) => void;
}
export interface RunningProgram {
    /** The program's exit code (null when a signal ended it). */
    readonly exited: Promise<number | null>;
    kill(): void;
}
/** Starts the program with the SDK's own runner (`@pulumi/pulumi/cmd/run`), as the Node.js language host does. */
export declare function startProgram(options: ProgramOptions): RunningProgram;
