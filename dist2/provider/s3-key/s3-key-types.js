"use strict";
// Public types stay free of zod's: a program with \`skipLibCheck: false\` and without
// \`esModuleInterop\` (the \`pulumi new typescript\` tsconfig) cannot type-check zod's declarations.
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=s3-key-types.js.map