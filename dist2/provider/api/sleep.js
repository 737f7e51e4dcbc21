"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultSleep = void 0;
/** Resolves after `ms` milliseconds: the sleep every part of the package uses unless a test passes its own. */
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
exports.defaultSleep = defaultSleep;
//# sourceMappingURL=sleep.js.map