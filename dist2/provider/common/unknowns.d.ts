/** Whether a value is the one Pulumi sends for an input not known yet during a preview. */
export declare function isUnknown(value: unknown): boolean;
/** Whether a value, or anything inside it, is not known yet. */
export declare function containsUnknown(value: unknown): boolean;
/** Whether an input differs from what the state holds; a value not known yet counts as different. */
export declare function changed(old: unknown, value: unknown): boolean;
