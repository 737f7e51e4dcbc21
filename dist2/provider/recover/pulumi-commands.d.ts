/** Runs `pulumi` with `args` in the program's directory; its exit code and output. */
export type RunPulumi = (args: readonly string[]) => {
    code: number;
    stdout: string;
    stderr: string;
};
/** `pulumi` from PATH, never prompting: its stdin is not a terminal, and every command says --yes. */
export declare function pulumiOnPath(cwd: string, env: NodeJS.ProcessEnv): RunPulumi;
/** The stack's config, secrets decrypted in this process only (credentials may be set there). */
export declare function stackConfig(pulumi: RunPulumi, stack: readonly string[]): {
    get(key: string): string | undefined;
};
/**
 * The lock files that hold the stack, for a file backend (`file://`), where `pulumi up` keeps one
 * under `.pulumi/locks/` while it runs and leaves it when it is killed; undefined for other backends
 * (their `pulumi stack import` refuses a stack an update holds). `stack` is its name.
 */
export declare function stackLocks(pulumi: RunPulumi, stack: string, cwd: string): string[] | undefined;
/** The selected stack's name (`pulumi stack --show-name`), or undefined. */
export declare function selectedStack(pulumi: RunPulumi): string | undefined;
