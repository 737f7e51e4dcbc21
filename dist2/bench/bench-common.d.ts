import { startEmulator, type Emulator } from "../emulator";
export declare const ROOT: string;
export declare const SIZES: {
    readonly small: {
        readonly sweep: {
            readonly durations: readonly [100, 500, 2000];
            readonly warmup: 3;
            readonly runs: 2;
        };
        readonly peerRuns: 1;
        readonly users: 4;
    };
    readonly full: {
        readonly sweep: {
            readonly durations: readonly [100, 200, 500, 1000, 2000, 5000, 10000, 30000];
            readonly warmup: 3;
            readonly runs: 5;
        };
        readonly peerRuns: 3;
        readonly users: 200;
    };
};
export type Size = keyof typeof SIZES;
export declare const newUser: () => string;
export declare const quiet: () => undefined;
export declare function withEmulator<T>(options: Parameters<typeof startEmulator>[0], run: (e: Emulator) => Promise<T>): Promise<T>;
export declare const count: (e: Emulator, from: number) => {
    total: number;
    writes: number;
    polls: number;
};
/** One section of the benchmark: what it measured (kept in bench/results) and the lines it prints. */
export interface BenchSection {
    readonly name: string;
    run(size: Size): Promise<{
        readonly results: Record<string, unknown>;
        readonly lines: string[];
    }>;
}
/** A section from what it measures (its figures, by their key in bench/results) and how it prints them. */
export declare function benchSection<R extends Record<string, unknown>>(name: string, measure: (size: Size) => Promise<R>, report: (results: R, size: Size) => string[]): BenchSection;
