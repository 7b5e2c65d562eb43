"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Both builds ship the same prompts: the browser build's raw-deflate copy, inflated without Node,
 * decodes to exactly what the Node build's brotli copy does.
 */
const assert = __importStar(require("node:assert/strict"));
const bundledPrompts_1 = require("../../../src/platform/node/bundledPrompts");
const bundledPrompts_2 = require("../../../src/platform/web/bundledPrompts");
describe('bundled prompts on each platform', () => {
    it('the web copy decodes to the same prompts as the Node copy', () => {
        assert.ok((0, bundledPrompts_1.bundledPrompts)().length > 20);
        assert.deepEqual((0, bundledPrompts_2.bundledPrompts)(), (0, bundledPrompts_1.bundledPrompts)());
    });
    it('are parsed once and shared on the web too', () => {
        assert.equal((0, bundledPrompts_2.bundledPrompts)(), (0, bundledPrompts_2.bundledPrompts)());
    });
});
//# sourceMappingURL=bundledPrompts.test.js.map