import { type Reply } from "./ionos-errors";
export interface ListOptions {
    readonly filters: ReadonlyArray<readonly [property: string, value: string]>;
    readonly orderBy?: string;
    readonly maxResults?: number;
}
/** What one list takes: the properties it filters and orders by, and its own further parameters (`offset`…). */
export interface ListShape {
    readonly properties: readonly string[];
    /** What `orderBy` takes. @default properties */
    readonly orderBy?: readonly string[];
    readonly parameters?: readonly string[];
}
/** The options in `query`, or the 422 for the first that this list does not take. */
export declare function readListOptions(query: URLSearchParams, shape: ListShape): ListOptions | {
    readonly reply: Reply;
};
/** `items` filtered, ordered and cut as the options say; `valueOf` reads an item's property as text. Pure. */
export declare function applyListOptions<T>(items: readonly T[], options: ListOptions, valueOf: (item: T, property: string) => string): T[];
