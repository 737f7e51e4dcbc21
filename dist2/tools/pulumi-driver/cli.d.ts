#!/usr/bin/env node
import { type RunResult } from "./engine";
/** Runs one operation and prints its summary in Pulumi's manner; resolves to the result. */
export declare function main(argv: string[], out?: (line: string) => void, err?: (line: string) => void): Promise<RunResult>;
