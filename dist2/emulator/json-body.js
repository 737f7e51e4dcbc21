"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_ECHO = exports.MAX_BODY_DEPTH = void 0;
exports.shown = shown;
exports.parseJsonBody = parseJsonBody;
const ionos_errors_1 = require("./ionos-errors");
/** How deep a JSON body may nest: IONOS's bodies are three levels deep; far deeper is an attack. */
exports.MAX_BODY_DEPTH = 32;
/** The most of a client's input an answer ever shows. */
exports.MAX_ECHO = 200;
/** A value as an error message may show it: JSON, at most 200 characters, never throwing. */
function shown(value) {
    let text;
    try {
        text = JSON.stringify(value) ?? "nothing";
    }
    catch {
        text = "an unprintable value";
    }
    return text.length > exports.MAX_ECHO ? `${text.slice(0, exports.MAX_ECHO)}… (${text.length} characters)` : text;
}
/** How deep `value` nests, counted with its own stack (no recursion), stopping past `limit`. */
function depthOver(value, limit) {
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [item, depth] = stack.pop();
        if (depth > limit)
            return true;
        if (item !== null && typeof item === "object")
            for (const child of Object.values(item))
                if (child !== null && typeof child === "object")
                    stack.push([child, depth + 1]);
    }
    return false;
}
/** A request body as JSON, or the 400 to answer: not JSON, or nested too deeply. Short messages only. */
function parseJsonBody(body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch (error) {
        return { reply: ionos_errors_1.errors.malformedJson((error instanceof Error ? error.message : "unreadable").slice(0, exports.MAX_ECHO)) };
    }
    if (depthOver(json, exports.MAX_BODY_DEPTH))
        return { reply: ionos_errors_1.errors.malformedJson(`the body nests deeper than ${exports.MAX_BODY_DEPTH} levels`) };
    return { json };
}
//# sourceMappingURL=json-body.js.map