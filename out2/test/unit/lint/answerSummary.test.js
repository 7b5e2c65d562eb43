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
const scaffold_1 = require("../../../src/core/answer/scaffold");
const templates_1 = require("../../../src/core/answer/templates");
const answerSummary_1 = require("../../../src/core/lint/answerSummary");
const linter_1 = require("../../../src/core/lint/linter");
describe('answer summary (status bar)', () => {
    it('a fresh scaffold has every section but none written: nothing is ticked, and the counts name Problems severities', () => {
        const summary = (0, answerSummary_1.summarizeAnswer)((0, linter_1.analyze)((0, scaffold_1.scaffoldBlankAnswer)(templates_1.SYSTEM_DESIGN, new Date(2026, 0, 1))));
        assert.equal(summary.present, 5);
        assert.ok(summary.sections.every((s) => s.state === 'template'));
        assert.equal(summary.done, false);
        assert.match((0, answerSummary_1.summaryText)(summary), /^5\/5 sections · 5 warnings(, \d+ info)?$/);
    });
    it('ticks written sections, crosses missing ones, and counts errors, warnings and info apart', () => {
        const text = `---\ntemplate: system-design\ntags: [\n---\n# X\n\n## Requirements\n\n- 10,000 requests per second, p99 under 50 ms.\n\n## Scope\n\n- **In scope:** _the parts you will design in depth_\n`;
        const summary = (0, answerSummary_1.summarizeAnswer)((0, linter_1.analyze)(text));
        assert.deepEqual(summary.sections.map((s) => s.state), ['written', 'template', 'missing', 'missing', 'missing']);
        assert.deepEqual(summary.sections[1].heading, { text: 'Scope', line: 10 });
        assert.equal(summary.errors, 1, 'SD010 for the broken front matter');
        assert.match((0, answerSummary_1.summaryText)(summary), /^2\/5 sections · 1 error, 4 warnings(, \d+ info)?$/);
    });
    it('says "1 warning" and "1 info" in the singular, and nothing after the count when clean', () => {
        assert.equal((0, answerSummary_1.summaryText)({ sections: [], present: 0, errors: 0, warnings: 1, infos: 1, done: false }), '0/0 sections · 1 warning, 1 info');
        assert.equal((0, answerSummary_1.summaryText)({ sections: [{ id: 'a', title: 'A', state: 'written' }], present: 1, errors: 0, warnings: 0, infos: 0, done: true }), '1/1 sections');
    });
});
//# sourceMappingURL=answerSummary.test.js.map