"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.authenticate = authenticate;
function authenticate(header, options) {
    if (header === undefined)
        return undefined;
    if (header === `Bearer ${options.token}`)
        return "full";
    if (header === `Bearer ${options.restrictedToken}`)
        return "restricted";
    const basic = /^Basic (.+)$/.exec(header);
    return basic !== null && Buffer.from(basic[1], "base64").toString() === `${options.username}:${options.password}`
        ? "full"
        : undefined;
}
//# sourceMappingURL=auth.js.map