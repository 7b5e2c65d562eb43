"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VERSION = void 0;
/** The CLI's version; a unit test keeps it equal to package.json's. */
exports.VERSION = '0.1.0';
//# sourceMappingURL=version.js.map