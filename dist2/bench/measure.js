"use strict";
/** Small pure helpers for the benchmark's figures. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.percentile = percentile;
exports.median = median;
exports.table = table;
exports.pool = pool;
function percentile(values, p) {
    if (values.length === 0)
        return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return sorted[rank];
}
function median(values) {
    return percentile(values, 50);
}
/** Renders rows as a Markdown table. */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(" | ")} |`;
    return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
/** Runs `tasks` with at most `parallelism` at once. */
async function pool(items, parallelism, task) {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(parallelism, items.length) }, async () => {
        while (next < items.length)
            await task(items[next++]);
    }));
}
//# sourceMappingURL=measure.js.map