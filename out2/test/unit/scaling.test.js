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
const assert = __importStar(require("node:assert/strict"));
const scalingCases_1 = require("./scalingCases");
/**
 * Issue 7: each construct that once took quadratic (or cubic) time is timed at n and 2n, and the time
 * must grow about linearly. Ratios, not wall-clock limits: a loaded machine slows both sizes alike.
 * Linear time gives about 2 and quadratic about 4; the bound leaves room for noise, and a ratio above
 * it is measured again before it counts, since one garbage collection can land on either size.
 */
const BOUND = 3.5;
const ATTEMPTS = 3;
describe('scaling: time grows linearly with the input', function () {
    this.timeout(60_000);
    for (const c of scalingCases_1.SCALING_CASES) {
        it(c.name, () => {
            const seen = [];
            for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
                const { ratio, small, large } = (0, scalingCases_1.scalingRatio)(c);
                seen.push(`${ratio.toFixed(2)} (${small.toFixed(1)} ms at n=${c.n}, ${large.toFixed(1)} ms at 2n)`);
                if (ratio < BOUND)
                    return;
            }
            assert.fail(`time at 2n / time at n stayed above ${BOUND}: ${seen.join('; ')}`);
        });
    }
});
//# sourceMappingURL=scaling.test.js.map