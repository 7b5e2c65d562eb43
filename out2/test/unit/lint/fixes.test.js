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
const fs = __importStar(require("node:fs"));
const fixes_1 = require("../../../src/core/lint/fixes");
const linter_1 = require("../../../src/core/lint/linter");
const templates_1 = require("../../../src/core/answer/templates");
const fixInvariants_1 = require("../helpers/fixInvariants");
const paths_1 = require("../helpers/paths");
const fixture = (...parts) => fs.readFileSync((0, paths_1.fixturePath)('lint', ...parts), 'utf8');
const missing = (text) => (0, linter_1.lint)(text).filter((f) => f.ruleId === 'SD001');
const split = (text) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
function fixAll(text) {
    const fixed = (0, fixes_1.applyFixes)(text, (0, linter_1.lint)(text));
    assert.deepEqual(missing(fixed).map((f) => f.message), [], `nothing is missing after the fixes:\n${fixed}`);
    assert.ok((0, fixInvariants_1.keepsEveryLine)(split(text), split(fixed)), `the original lines survive, in order:\n${fixed}`);
    return fixed;
}
const inputs = {
    'an empty file': '',
    'only a title': '# Ad frequency capping',
    'only front matter': '---\ntemplate: system-design\n---\n',
    'only the middle section': '# Caps\n\n## Architecture\n\n- A counter service.\n',
    'sections at level 3, no trailing newline': '# T\n\n### 2. Scope\n\nCaps only.\n\n### 4. Trade-offs\n\n- X over Y, but slower.',
    'sections out of order': '## Operability\n\n- Alerts.\n\n## Requirements\n\n- 10M users.\n',
    'an unrecognised heading in between': '## Requirements\n\n- 10M users\n## Notes\n\n- ask about travel\n\n## Operability\n\n- Alerts\n',
    'missing-section/operability-missing.md': fixture('missing-section', 'operability-missing.md'),
    'missing-section/several-missing.md': fixture('missing-section', 'several-missing.md'),
};
describe('applyFixes', () => {
    for (const [name, text] of Object.entries(inputs)) {
        it(`${name}: after the fixes nothing is missing and no user text is lost`, () => {
            const fixed = fixAll(text);
            // Applying the fixes of the fixed text changes nothing more.
            assert.equal((0, fixes_1.applyFixes)(fixed, (0, linter_1.lint)(fixed)), fixed);
        });
    }
    it('inserts headings at the level most recognised sections use, never as an H1 because of a stray title', () => {
        const text = '# Caps\n\n# Background\n\n### Requirements\n\n- 10M users.\n\n### Architecture\n\n- A counter service.\n';
        const fixed = fixAll(text);
        const added = split(fixed).filter((l) => /^#+ (Scope|Trade-offs|Operability)$/.test(l));
        assert.deepEqual(added, ['### Scope', '### Trade-offs', '### Operability']);
    });
    it('puts inserted sections in template order', () => {
        const fixed = fixAll(inputs['only the middle section']);
        const { answer } = (0, linter_1.analyze)(fixed);
        assert.deepEqual(answer.sections.map((s) => s.spec?.id), ['requirements', 'scope', 'architecture', 'trade-offs', 'operability']);
        assert.ok(!(0, linter_1.lint)(fixed).some((f) => f.ruleId === 'SD003'));
    });
    it('keeps CRLF line endings, and inserts none of its own', () => {
        const text = inputs['an unrecognised heading in between'].replace(/\n/g, '\r\n');
        const fixed = fixAll(text);
        assert.ok(fixed.includes('## Scope\r\n'));
        assert.equal(fixed.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    });
    it('keeps CR-only line endings', () => {
        const fixed = fixAll(inputs['sections out of order'].replace(/\n/g, '\r'));
        assert.equal(fixed.includes('\n'), false);
    });
    it('keeps a BOM first, even when a section is inserted before line 1', () => {
        const text = '\uFEFF## Architecture\r\n\r\n- A counter service.\r\n';
        const fixed = fixAll(text);
        assert.equal(fixed.charCodeAt(0), 0xfeff);
        assert.equal(fixed.indexOf('\uFEFF', 1), -1);
        assert.ok(fixed.startsWith('\uFEFF## Requirements\r\n'));
    });
    it('skips an edit that overlaps one already applied, and keeps insertions at one point in order', () => {
        const edit = (line, column, endColumn, text) => ({ fix: { title: text, edits: [{ line, column, endLine: line, endColumn, text }] } });
        // Edits apply from the end of the text, so of two overlapping edits the later-starting one wins.
        assert.equal((0, fixes_1.applyFixes)('abcdef', [edit(1, 2, 5, 'X'), edit(1, 3, 4, 'Y')]), 'abYdef');
        assert.equal((0, fixes_1.applyFixes)('ab', [edit(1, 2, 2, '1'), edit(1, 2, 2, '2')]), 'a12b');
        assert.equal((0, fixes_1.applyFixes)('ab', []), 'ab');
    });
    it('sectionMarkdown and insertionLine', () => {
        const [requirements, , architecture] = templates_1.SYSTEM_DESIGN.sections;
        assert.ok((0, fixes_1.sectionMarkdown)(requirements, 3).startsWith('### Requirements\n\n- **Users'));
        assert.ok((0, fixes_1.sectionMarkdown)(requirements, 9).startsWith('###### '));
        const { answer } = (0, linter_1.analyze)('## Requirements\n\n- x\n\n## Trade-offs\n\n- y\n');
        assert.equal((0, fixes_1.insertionLine)(answer, templates_1.SYSTEM_DESIGN, architecture.id), 4);
        assert.equal((0, fixes_1.insertionLine)(answer, templates_1.SYSTEM_DESIGN, 'operability'), answer.lines.length);
    });
});
describe('--fix converges (issue 7)', () => {
    const head = '---\nprompt: platform/metadata-cache\n---\n# Cache\n\n## Requirements\n\n- 10M lookups/s.\n\n## Architecture\n\n- Snapshots.\n\n';
    for (const [name, tail] of [
        ['a ``` fence', '```python\ndef load():\n    pass\n'],
        ['a ~~~ fence with a shorter ~~~ inside', '~~~~\ncode\n~~~\nmore'],
        ['a fence whose last line is indented too far to close it', '```\ncode\n    ```\n'],
        ['<pre>', '<pre>\nraw text\n\n## Not a heading\n'],
        ['<!--', '<!-- a note to self\n\nstill in the comment\n'],
        ['<script>', '<script>\nlet x = 1;\n'],
        ['<?', '<?php\necho 1;\n'],
    ]) {
        it(`an answer ending inside ${name} left open gets the sections after the block, once`, () => {
            const fixed = (0, fixInvariants_1.assertFixKeepsLinesAndConverges)(head + tail, undefined, name);
            assert.equal(fixed.match(/^## Operability$/gm)?.length, 1, fixed);
            assert.ok(fixed.indexOf('## Trade-offs') > fixed.indexOf(tail.split('\n')[0]), fixed);
        });
    }
    it('closes the open block once when several sections are added at once, and not when it is closed', () => {
        const text = `${head}\`\`\`\ncode`;
        const fixed = (0, fixes_1.applyFixes)(text, (0, linter_1.lint)(text));
        assert.ok(fixed.includes('\ncode\n```\n\n## Trade-offs\n'), fixed);
        assert.equal(fixed.match(/^```$/gm)?.length, 2);
        const closed = `${head}\`\`\`\ncode\n\`\`\`\n`;
        assert.equal((0, fixes_1.applyFixes)(closed, (0, linter_1.lint)(closed)).match(/^```$/gm)?.length, 2);
    });
    it('a list nested 50 deep does not hide the headings after it', () => {
        const deep = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
        const text = `${head}${deep}\n\n## Trade-offs\n\n- A over B, but slower.\n\n## Operability\n\n- Alerts.\n`;
        assert.deepEqual(missing(text).map((f) => f.message), ['Missing section: Scope']);
        const fixed = (0, fixInvariants_1.assertFixKeepsLinesAndConverges)(text, undefined, 'deep list');
        assert.equal(fixed.match(/^## Operability$/gm)?.length, 1);
    });
    it('### Architecture before ## Trade-offs: the inserted sections never swallow a present one', () => {
        const text = '### Architecture\n\n- Snapshots.\n\n## Trade-offs\n\n- A over B, but slower.\n';
        const fixed = (0, fixInvariants_1.assertFixKeepsLinesAndConverges)(text, undefined, 'mixed levels');
        assert.equal(fixed.match(/Architecture$/gm)?.length, 1, fixed);
        assert.match(fixed, /^### Requirements\n[\s\S]*^### Scope\n[\s\S]*^### Architecture\n[\s\S]*^## Trade-offs\n[\s\S]*^## Operability\n/m);
        // Inserted after a deeper section, a heading takes that section's level.
        (0, fixInvariants_1.assertFixKeepsLinesAndConverges)('## Requirements\n\n- 10M.\n\n## Scope\n\n- All.\n\n### Architecture detail\n\n## Operability\n\n- Pager.\n');
    });
});
//# sourceMappingURL=fixes.test.js.map