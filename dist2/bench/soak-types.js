"use strict";
// What a soak is asked to do, and what it reports.
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=soak-types.js.map