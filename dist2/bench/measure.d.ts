/** Small pure helpers for the benchmark's figures. */
export declare function percentile(values: readonly number[], p: number): number;
export declare function median(values: readonly number[]): number;
/** Renders rows as a Markdown table. */
export declare function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string;
/** Runs `tasks` with at most `parallelism` at once. */
export declare function pool<T>(items: readonly T[], parallelism: number, task: (item: T) => Promise<void>): Promise<void>;
