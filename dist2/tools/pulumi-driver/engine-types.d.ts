import type { Props } from "./sdk";
import type { Step } from "./summary";
export type Operation = "preview" | "up" | "refresh" | "destroy";
export interface DriverOptions {
    /** The Pulumi project directory: the program's and the plugin's working directory. */
    readonly projectDir: string;
    /** The program, relative to `projectDir` (Pulumi.yaml's `main`). */
    readonly main: string;
    readonly project: string;
    readonly stack: string;
    readonly stateFile: string;
    /** Stack config, keys with their namespace (`project:key`). */
    readonly config: Readonly<Record<string, string>>;
    readonly secretConfigKeys?: readonly string[];
    /** Where the summary goes. */
    readonly out: (line: string) => void;
    /** Where diagnostics go (program and plugin output, engine logs). */
    readonly log: (line: string) => void;
    readonly env?: NodeJS.ProcessEnv;
}
export interface RunResult {
    readonly ok: boolean;
    readonly steps: Step[];
    readonly outputs: Props;
    readonly errors: string[];
}
