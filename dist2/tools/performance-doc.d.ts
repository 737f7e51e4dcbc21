#!/usr/bin/env node
/** The page for the benchmark's markdown. Pure. */
export declare function performanceDoc(results: string): string;
/** The page as the repository keeps it: formatted by the prettier CLI with the project's settings. */
export declare function formattedPerformanceDoc(): string;
