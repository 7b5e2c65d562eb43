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
const followUpsText_1 = require("../../../src/core/debrief/followUpsText");
const fixes_1 = require("../../../src/core/lint/fixes");
const linter_1 = require("../../../src/core/lint/linter");
function add(text, question) {
    const { edit, cursorLine } = (0, followUpsText_1.addFollowUpQuestion)((0, linter_1.analyze)(text).answer, text, question);
    const after = (0, fixes_1.applyFixes)(text, [{ fix: { title: '', edits: [edit] } }]);
    return { text: after, cursorLine, atCursor: after.split(/\r?\n/)[cursorLine - 1] };
}
/** Asserts `after` is `before` with lines inserted and nothing else changed. */
function onlyInserted(before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    let start = 0;
    while (start < a.length && a[start] === b[start])
        start++;
    const count = b.length - a.length;
    assert.deepEqual([...b.slice(0, start), ...b.slice(start + count)], a, 'every other line is unchanged');
}
describe('follow-up questions in the answer', () => {
    it('creates ## Follow-ups at the end with the question and an empty line for the answer', () => {
        const before = '---\nprompt: x\n---\n## Requirements\n\n- 10k QPS\n\n';
        const result = add(before, 'What breaks first\nat 100k QPS?');
        assert.equal(result.text, '---\nprompt: x\n---\n## Requirements\n\n- 10k QPS\n\n## Follow-ups\n\n### Q: What breaks first at 100k QPS?\n\n\n');
        assert.equal(result.cursorLine, 12);
        assert.equal(result.atCursor, '');
        onlyInserted(before, result.text);
    });
    it('adds under the last question of an existing section, before a section that follows it', () => {
        const before = '## Follow-ups\n\n### Q: First?\n\nMy answer.\n## Operability\n\nOwned.\n';
        const result = add(before, 'Second?');
        assert.equal(result.text, '## Follow-ups\n\n### Q: First?\n\nMy answer.\n\n### Q: Second?\n\n\n\n## Operability\n\nOwned.\n');
        assert.equal(result.cursorLine, 9);
        onlyInserted(before, result.text);
    });
    it('finds the section by its aliases and writes one level under its heading', () => {
        const before = '# Answer\n\n### Questions asked\n\n#### Q: First?\n\nYes.\n';
        assert.match(add(before, 'Second?').text, /Yes\.\n\n#### Q: Second\?\n\n\n$/);
    });
    it('keeps CRLF, and ends a last line that has no newline', () => {
        assert.equal(add('# A\r\n\r\nText\r\n', 'Q?').text, '# A\r\n\r\nText\r\n\r\n## Follow-ups\r\n\r\n### Q: Q?\r\n\r\n\r\n');
        const noEol = add('# A\n\nText', 'Q?');
        assert.equal(noEol.text, '# A\n\nText\n\n## Follow-ups\n\n### Q: Q?\n\n');
        assert.equal(noEol.cursorLine, 9);
        assert.equal(add('', 'Q?').text, '## Follow-ups\n\n### Q: Q?\n\n\n');
    });
    it('ignores a Follow-ups heading inside fenced code', () => {
        const before = '```\n## Follow-ups\n```\n';
        assert.match(add(before, 'Q?').text, /```\n\n## Follow-ups\n\n### Q: Q\?/);
    });
    it('reads the questions with 1-based lines and whether each is answered', () => {
        const text = '## Follow-ups\n### Q: Answered?\nYes, because.\n### Q: Open?\n';
        assert.deepEqual((0, followUpsText_1.readFollowUps)((0, linter_1.analyze)(text).answer), [
            { question: 'Answered?', line: 2, answered: true },
            { question: 'Open?', line: 4, answered: false },
        ]);
    });
    it('lists the outline: headings of level 2 and deeper, outside front matter and code', () => {
        const text = '---\nx: 1\n---\n# Title\n## Requirements\ntext\n```\n## code\n```\n### Q: Why?\n';
        assert.deepEqual((0, followUpsText_1.outlineHeadingLines)((0, linter_1.analyze)(text).answer), [4, 9]);
    });
});
//# sourceMappingURL=followUpsText.test.js.map