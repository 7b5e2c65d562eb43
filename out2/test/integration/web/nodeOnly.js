"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=nodeOnly.js.map