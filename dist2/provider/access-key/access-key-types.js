"use strict";
// Public types stay free of zod's (see s3-key-outputs.ts).
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=access-key-types.js.map