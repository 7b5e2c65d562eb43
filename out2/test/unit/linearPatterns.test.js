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
const frontMatter_1 = require("../../src/core/answer/frontMatter");
const headingMatch_1 = require("../../src/core/answer/headingMatch");
const sectionText_1 = require("../../src/core/answer/sectionText");
const loadPrompts_1 = require("../../src/core/catalog/loadPrompts");
const promptView_1 = require("../../src/core/catalog/promptView");
const linter_1 = require("../../src/core/lint/linter");
/**
 * The linear-time rewrites of issue 7 read what the patterns they replace read. The timing side is
 * scaling.test.ts; this is the meaning side.
 */
describe('linear-time patterns keep their meaning', () => {
    it('time-plan lines: label, minutes, range and detail; minutes must end the line or precede a colon', () => {
        assert.deepEqual((0, loadPrompts_1.parsePlanLine)('- Requirements (5-7 min): freshness, scale'), { label: 'Requirements', min: 5, max: 7, detail: ' freshness, scale' });
        assert.deepEqual((0, loadPrompts_1.parsePlanLine)('* **Trade-offs**   (10 – 15 min)  '), { label: '**Trade-offs**', min: 10, max: 15 });
        assert.deepEqual((0, loadPrompts_1.parsePlanLine)('- Deep dive (part 2) (20 min)'), { label: 'Deep dive (part 2)', min: 20 });
        assert.deepEqual((0, loadPrompts_1.parsePlanLine)('- A (1 min) then B (2 min): x'), { label: 'A (1 min) then B', min: 2, detail: ' x' });
        for (const line of ['Requirements (5 min)', '- (5 min)', '- Scope (5 min) extra', '- Scope (five min)', '-Scope (5 min)'])
            assert.equal((0, loadPrompts_1.parsePlanLine)(line), undefined, line);
    });
    it('closing hashes go only after whitespace', () => {
        assert.equal((0, headingMatch_1.stripClosingHashes)('Scope ##'), 'Scope');
        assert.equal((0, headingMatch_1.stripClosingHashes)('Scope  ##   '), 'Scope');
        assert.equal((0, headingMatch_1.stripClosingHashes)('C#'), 'C#');
        assert.equal((0, headingMatch_1.stripClosingHashes)('###'), '###');
        assert.equal((0, headingMatch_1.stripClosingHashes)('Scope  '), 'Scope  ');
        assert.equal((0, headingMatch_1.stripInlineMarkdown)('**Trade-offs** ##'), 'Trade-offs');
    });
    it('links, images and tags are still removed from headings', () => {
        assert.equal((0, headingMatch_1.stripInlineMarkdown)('![logo](a.png) [Scope](#scope) and <b>more</b>'), 'logo Scope and more');
        assert.equal((0, headingMatch_1.stripInlineMarkdown)('a < b > c'), 'a  c');
    });
    it('a line break with the whitespace around it becomes one space in a table cell', () => {
        assert.equal((0, promptView_1.tableCell)('a  \n \r\n  b|c'), 'a b\\|c');
        assert.equal((0, promptView_1.tableCell)('a     b'), 'a     b');
    });
    it('a bare tab stop is a placeholder after a label, a list marker or a pipe, and money elsewhere', () => {
        const found = (text) => [...text.matchAll(sectionText_1.PLACEHOLDER)].filter((m) => (0, sectionText_1.isPlaceholderMatch)(text, m[0], m.index)).map((m) => m.index);
        assert.deepEqual(found('> - **Scale:** $1'), [15]);
        assert.deepEqual(found('| $1 | $2 |'), [2, 7]);
        assert.deepEqual(found('It costs $1 |'), []);
        assert.deepEqual(found('- **Scale $1** costs $2*'), []);
        assert.deepEqual(found('costs $1* and $2*'), []);
    });
    it('sentences end after a run of punctuation, not inside it', () => {
        assert.deepEqual((0, sectionText_1.sentenceStarts)('Kafka... then Redis!! Done'), [0, 8, 21]);
        assert.deepEqual((0, sectionText_1.sentenceStarts)(`Kafka${'.'.repeat(50)}x`), [0]);
    });
    it('a repeated front-matter key is reported on its line, the first of several', () => {
        const fm = (0, frontMatter_1.parseFrontMatter)(['---', 'a: 1', 'b:', '  c: 1', '  c: 2', 'a: 3', '---']);
        assert.equal(fm?.error?.message, 'Front matter is not valid YAML: Map keys must be unique');
        assert.equal(fm?.error?.line, 4);
        assert.equal((0, frontMatter_1.parseFrontMatter)(['---', 'a: 1', '"a": 2', '---'])?.error?.line, 2);
        assert.equal((0, frontMatter_1.parseFrontMatter)(['---', '.nan: 1', '.NaN: 2', '1: a', '"1": b', '---'])?.error, undefined);
    });
    it('disable ranges that overlap, nest and repeat are merged correctly', () => {
        const text = [
            '## Requirements', '', '10 million users.', 'TODO one', '<!-- design-practice-disable SD004 -->', 'TODO two',
            '<!-- design-practice-disable-next-line SD004 -->', 'TODO three', '<!-- design-practice-enable SD004 -->', 'TODO four',
            '<!-- design-practice-disable-next-line SD004 -->', 'TODO five', 'TODO six', '',
        ].join('\n');
        assert.deepEqual((0, linter_1.lint)(text).filter((f) => f.ruleId === 'SD004').map((f) => f.line), [4, 10, 13]);
    });
});
//# sourceMappingURL=linearPatterns.test.js.map