"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BASE = void 0;
exports.matchRoute = matchRoute;
exports.BASE = "/cloudapi/v6";
/** The route for `method` and `pathname` among `routes`. Pure. */
function matchRoute(routes, method, pathname) {
    const segments = pathname.split("/");
    const allowed = [];
    for (const route of routes) {
        const params = matchPattern(route.pattern, segments);
        if (params === "bad")
            return "bad";
        if (params === undefined)
            continue;
        if (route.method === method)
            return { route, params };
        allowed.push(route.method);
    }
    return allowed.length > 0 ? { allowed } : undefined;
}
function matchPattern(pattern, segments) {
    const parts = pattern.split("/");
    if (parts.length !== segments.length)
        return undefined;
    const params = {};
    for (const [index, part] of parts.entries()) {
        const segment = segments[index];
        if (!part.startsWith(":")) {
            if (part !== segment)
                return undefined;
            continue;
        }
        if (segment === "")
            return undefined;
        try {
            params[part.slice(1)] = decodeURIComponent(segment);
        }
        catch {
            return "bad";
        }
    }
    return params;
}
//# sourceMappingURL=routes.js.map