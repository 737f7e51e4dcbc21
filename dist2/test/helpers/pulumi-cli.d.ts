import { type ChildProcess } from "node:child_process";
import type { Emulator } from "../../emulator";
export declare const PROJECT_DIR: string;
/** The kinds of Pulumi program users write, as `pulumi new` lays them out. */
export type ProgramKind = "javascript" | "typescript";
/** Where the real `pulumi`, its Node.js language host and the dynamic-provider launcher are (scripts/pulumi-cli.sh). */
export declare function pulumiCliDir(): string;
export interface ProgramOptions {
    /** The @pulumi/pulumi version to install. @default $PULUMI_SDK_VERSION, else the checkout's */
    readonly sdk?: string;
    /** The directory of the `node` to run the program with. @default the running node's */
    readonly nodeBin?: string;
    /** The package's tarball to install. @default this checkout, packed */
    readonly tarball?: string;
}
export declare function packedTarball(): string;
/**
 * A directory whose node_modules holds what a user's program of this kind installs: the packed
 * tarball and @pulumi/pulumi from the registry (and for TypeScript, typescript 5 and @types/node,
 * as `pulumi new typescript` has them). A JavaScript program gets no `typescript` at all. Installed
 * once per kind and options, then shared by the projects of a run through a symlink.
 */
export declare function installedModules(kind: ProgramKind, options?: ProgramOptions): string;
/** The strict tsconfig of `pulumi new typescript`, with library checks on (as a careful user has it). */
export declare const STRICT_TSCONFIG: {
    compilerOptions: {
        strict: boolean;
        outDir: string;
        target: string;
        module: string;
        moduleResolution: string;
        sourceMap: boolean;
        experimentalDecorators: boolean;
        pretty: boolean;
        noFallthroughCasesInSwitch: boolean;
        noImplicitReturns: boolean;
        forceConsistentCasingInFileNames: boolean;
        skipLibCheck: boolean;
    };
    files: string[];
};
export interface CliRun {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
    /** stdout and stderr, for assertions on what the user saw. */
    readonly output: string;
}
/**
 * A fresh Pulumi project in a temporary directory, run with the real `pulumi` CLI against the
 * emulator: a file backend, a passphrase secrets provider, no update checks or plugin downloads.
 */
export declare class CliProject {
    readonly kind: ProgramKind;
    readonly emulator: Emulator;
    readonly dir: string;
    readonly home: string;
    readonly backend: string;
    readonly passphrase = "cli-test-passphrase";
    /** Everything every command printed, to check that no secret was ever shown. */
    readonly transcript: string[];
    /** Environment for the IONOS settings; `undefined` removes a variable. */
    env: Record<string, string | undefined>;
    constructor(kind: ProgramKind, emulator: Emulator, program: string, options?: ProgramOptions & {
        readonly modules?: string;
        readonly afterRun?: () => void;
    });
    private readonly nodeBin?;
    private readonly afterRun;
    /** Replaces the program (index.ts or index.js). */
    writeProgram(program: string): void;
    /** Runs `pulumi ARGS` in the project; `--non-interactive` is added, `--yes` where the command takes it. */
    pulumi(args: readonly string[], extraEnv?: Record<string, string | undefined>): Promise<CliRun>;
    /** Starts `pulumi ARGS` as `pulumi()` does, and hands out the process, e.g. to kill it mid-run. */
    start(args: readonly string[], extraEnv?: Record<string, string | undefined>): {
        readonly child: ChildProcess;
        readonly done: Promise<CliRun>;
    };
    /** Runs a program's own command (e.g. the installed `pulumi-ionos-s3key recover`) with the environment `pulumi()` has. */
    exec(command: string, args: readonly string[]): Promise<CliRun>;
    private spawnLogged;
    /** Runs `pulumi ARGS`, failing the test with the command's output when it does not exit 0. */
    ok(args: readonly string[], extraEnv?: Record<string, string | undefined>): Promise<CliRun>;
    /** `pulumi stack init` and the stack's config (`userId` and the rest as plain values). */
    init(config?: Record<string, string>, stack?: string): Promise<void>;
    /** The stack's state as `pulumi stack export` prints it (secrets as ciphertext). */
    exportState(): Promise<string>;
    /** The S3Key (or AccessKey) resources in the exported state. */
    stateKeys(type?: "S3Key" | "AccessKey"): Promise<Array<{
        id: string;
        urn: string;
        outputs: Record<string, unknown>;
    }>>;
}
/** The directory of a `node` binary installed from the npm registry (`node@22`, `node@24`), installed once. */
export declare function nodeFromRegistry(major: number): string;
/** The oldest @pulumi/pulumi in this package's peer range. */
export declare function oldestSdk(): string;
/** The newest @pulumi/pulumi whose `engines.node` accepts this Node.js major version (newer releases want Node 22). */
export declare function newestSdkFor(nodeMajor: number): string;
/** Kills a process and every process under it at once (SIGKILL), as a crash or the OOM killer would. */
export declare function killTree(pid: number): number[];
