"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=engine-types.js.map