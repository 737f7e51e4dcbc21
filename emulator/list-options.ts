// The list options IONOS's Cloud API documents for collections (the Go SDK's `Filter`, `OrderBy`,
// `MaxResults`): `filter.<property>=value` keeps the items whose property contains the value (case
// ignored), `orderBy=<property>` sorts alphanumerically ascending, `maxResults=N` returns at most N.
// An option a list does not know, or a property it does not have, is a 422 that names the known ones.
import { errors, type Reply } from "./ionos-errors";

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

/** Parameters every call takes. */
const COMMON = ["depth", "pretty"];

/** The options in `query`, or the 422 for the first that this list does not take. */
export function readListOptions(query: URLSearchParams, shape: ListShape): ListOptions | { readonly reply: Reply } {
  const known = [...COMMON, "orderBy", "maxResults", ...(shape.parameters ?? [])];
  const filters: Array<[string, string]> = [];
  for (const [name, value] of query) {
    if (name.startsWith("filter.")) {
      const property = name.slice("filter.".length);
      if (!shape.properties.includes(property))
        return {
          reply: errors.invalid(
            name.slice(0, 60),
            `no such property to filter by; known: ${shape.properties.join(", ")}`,
          ),
        };
      filters.push([property, value]);
    } else if (!known.includes(name))
      return {
        reply: errors.invalid(
          name.slice(0, 60),
          `unknown query parameter; this list takes ${[...known, "filter.<property>"].join(", ")}`,
        ),
      };
  }
  const orderBy = query.get("orderBy") ?? undefined;
  const orderable = shape.orderBy ?? shape.properties;
  if (orderBy !== undefined && !orderable.includes(orderBy))
    return { reply: errors.invalid("orderBy", `no such property to order by; known: ${orderable.join(", ")}`) };
  const rawMax = query.get("maxResults");
  if (rawMax !== null && !/^\d{1,9}$/.test(rawMax))
    return { reply: errors.invalid("maxResults", "it must be a whole number, 0 or more") };
  return {
    filters,
    ...(orderBy !== undefined ? { orderBy } : {}),
    ...(rawMax !== null ? { maxResults: Number(rawMax) } : {}),
  };
}

/** `items` filtered, ordered and cut as the options say; `valueOf` reads an item's property as text. Pure. */
export function applyListOptions<T>(
  items: readonly T[],
  options: ListOptions,
  valueOf: (item: T, property: string) => string,
): T[] {
  let kept = items.filter((item) =>
    options.filters.every(([property, value]) => valueOf(item, property).toLowerCase().includes(value.toLowerCase())),
  );
  if (options.orderBy !== undefined) {
    const by = options.orderBy;
    // Alphanumerically: by character code, as the property's text.
    kept = [...kept].sort((a, b) => {
      const [x, y] = [valueOf(a, by), valueOf(b, by)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  return options.maxResults !== undefined ? kept.slice(0, options.maxResults) : kept;
}
