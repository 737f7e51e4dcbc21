#!/usr/bin/env node
import type { SoakOptions, SoakReport } from "./soak-types";
export type { SoakOptions, SoakReport } from "./soak-types";
/**
 * Two stacks create, toggle and delete keys for the same users at once, through real plugin hosts,
 * against an emulator that injects faults, lags its lists and its request log, while plugin hosts are
 * killed at random. Then a recovery run (the next `pulumi up` and `pulumi destroy` of each stack)
 * finishes every lifecycle. It counts what a user would lose.
 */
export declare function runSoak(options: SoakOptions): Promise<SoakReport>;
export declare function formatSoak(r: SoakReport): string;
