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
exports.keepsEveryLine = keepsEveryLine;
exports.assertFixKeepsLinesAndConverges = assertFixKeepsLinesAndConverges;
/**
 * What `--fix` promises for any answer, as one assertion other tests (fixtures, fuzzing) can call:
 * one run keeps every line the user wrote, in order, and leaves no section missing; a second run
 * changes nothing.
 */
const assert = __importStar(require("node:assert/strict"));
const lint_1 = require("../../../src/cli/commands/lint");
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
/** Whether every line of `original` appears in `fixed`, in the same order. */
function keepsEveryLine(original, fixed) {
    let j = 0;
    for (const line of original) {
        while (j < fixed.length && fixed[j] !== line)
            j++;
        if (j === fixed.length)
            return false;
        j++;
    }
    return true;
}
/**
 * Asserts that fixing `text` keeps every original line, leaves no SD001 finding and converges (a
 * second fix changes nothing). Returns the fixed text. `label` names the input in failures.
 */
function assertFixKeepsLinesAndConverges(text, config, label = '') {
    const once = (0, lint_1.fixText)(text, config);
    const show = `${label}\n--- input ---\n${text}\n--- fixed ---\n${once.text}`;
    assert.ok(keepsEveryLine((0, parseAnswer_1.splitLines)(text), (0, parseAnswer_1.splitLines)(once.text)), `every line the user wrote is kept: ${show}`);
    assert.deepEqual(once.findings.filter((f) => f.ruleId === 'SD001').map((f) => f.message), [], `no section is missing after one --fix: ${show}`);
    assert.equal((0, lint_1.fixText)(once.text, config).text, once.text, `a second --fix changes nothing: ${show}`);
    return once.text;
}
//# sourceMappingURL=fixInvariants.js.map