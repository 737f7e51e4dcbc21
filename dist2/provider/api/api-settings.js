"use strict";
// The API layer's own settings type: the config boundary (common/config.ts) builds it, the client reads it.
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=api-settings.js.map