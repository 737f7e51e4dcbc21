"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readListOptions = readListOptions;
exports.applyListOptions = applyListOptions;
// The list options IONOS's Cloud API documents for collections (the Go SDK's `Filter`, `OrderBy`,
// `MaxResults`): `filter.<property>=value` keeps the items whose property contains the value (case
// ignored), `orderBy=<property>` sorts alphanumerically ascending, `maxResults=N` returns at most N.
// An option a list does not know, or a property it does not have, is a 422 that names the known ones.
const ionos_errors_1 = require("./ionos-errors");
/** Parameters every call takes. */
const COMMON = ["depth", "pretty"];
/** The options in `query`, or the 422 for the first that this list does not take. */
function readListOptions(query, shape) {
    const known = [...COMMON, "orderBy", "maxResults", ...(shape.parameters ?? [])];
    const filters = [];
    for (const [name, value] of query) {
        if (name.startsWith("filter.")) {
            const property = name.slice("filter.".length);
            if (!shape.properties.includes(property))
                return {
                    reply: ionos_errors_1.errors.invalid(name.slice(0, 60), `no such property to filter by; known: ${shape.properties.join(", ")}`),
                };
            filters.push([property, value]);
        }
        else if (!known.includes(name))
            return {
                reply: ionos_errors_1.errors.invalid(name.slice(0, 60), `unknown query parameter; this list takes ${[...known, "filter.<property>"].join(", ")}`),
            };
    }
    const orderBy = query.get("orderBy") ?? undefined;
    const orderable = shape.orderBy ?? shape.properties;
    if (orderBy !== undefined && !orderable.includes(orderBy))
        return { reply: ionos_errors_1.errors.invalid("orderBy", `no such property to order by; known: ${orderable.join(", ")}`) };
    const rawMax = query.get("maxResults");
    if (rawMax !== null && !/^\d{1,9}$/.test(rawMax))
        return { reply: ionos_errors_1.errors.invalid("maxResults", "it must be a whole number, 0 or more") };
    return {
        filters,
        ...(orderBy !== undefined ? { orderBy } : {}),
        ...(rawMax !== null ? { maxResults: Number(rawMax) } : {}),
    };
}
/** `items` filtered, ordered and cut as the options say; `valueOf` reads an item's property as text. Pure. */
function applyListOptions(items, options, valueOf) {
    let kept = items.filter((item) => options.filters.every(([property, value]) => valueOf(item, property).toLowerCase().includes(value.toLowerCase())));
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
//# sourceMappingURL=list-options.js.map