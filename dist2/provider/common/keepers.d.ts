/** Limits on `keepers`: they are compared on every diff and stored in the state twice. */
export declare const KEEPERS_LIMITS: {
    readonly maxDepth: 8;
    readonly maxBytes: number;
};
/**
 * Why `keepers` is too deep or too large, or undefined. Walks with its own stack (no recursion, no
 * JSON.stringify), so a value nested a million levels deep is reported instead of overflowing the stack.
 */
export declare function keepersProblem(value: unknown): string | undefined;
/** Why `value` (keepers, rotation) holds a reserved key at any depth, or undefined. Walks with its own stack. */
export declare function reservedKeyProblem(value: unknown): string | undefined;
