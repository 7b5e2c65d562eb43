"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=services.js.map