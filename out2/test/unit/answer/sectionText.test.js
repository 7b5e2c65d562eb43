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
const headingMatch_1 = require("../../../src/core/answer/headingMatch");
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
const sectionText_1 = require("../../../src/core/answer/sectionText");
const templates_1 = require("../../../src/core/answer/templates");
const parse = (text) => (0, parseAnswer_1.parseAnswer)(text, { template: templates_1.SYSTEM_DESIGN, matcher: (0, headingMatch_1.createSectionMatcher)(templates_1.SYSTEM_DESIGN) });
describe('section text', () => {
    it('blanks HTML comments with spaces, keeping columns, also across lines of an HTML block', () => {
        const doc = parse('## Scope\n\nCaps <!-- note --> only <!-- open\nstill comment --> after\n\n<!--\nhidden\n-->\n');
        const [caps, after] = [(0, sectionText_1.visibleLine)(doc, 2), (0, sectionText_1.visibleLine)(doc, 3)];
        assert.equal(caps.length, doc.lines[2].length);
        assert.equal(caps.indexOf('only'), doc.lines[2].indexOf('only'));
        assert.equal(caps.replace(/ +/g, ' ').trim(), 'Caps only');
        assert.equal(after.length, doc.lines[3].length);
        assert.equal(after.trim(), 'after');
        assert.equal((0, sectionText_1.visibleLine)(doc, 6).trim(), '');
    });
    it('blanks inline code spans of matching backtick runs only', () => {
        const text = 'key `a:${id}` and ``x ` y`` z';
        const blank = (0, sectionText_1.blankCodeSpans)(text);
        assert.equal(blank.length, text.length);
        assert.equal(blank.replace(/ +/g, ' '), 'key and z');
        assert.equal((0, sectionText_1.blankCodeSpans)('no ` close'), 'no ` close');
        assert.equal((0, sectionText_1.blankCodeSpans)('``a` b'), '``a` b');
    });
    it('finds placeholders, and tells a bare tab stop from money', () => {
        const found = (text) => [...text.matchAll(sectionText_1.PLACEHOLDER)].filter((m) => (0, sectionText_1.isPlaceholderMatch)(text, m[0], m.index)).map((m) => m[0]);
        assert.deepEqual(found('TODO tbd Fixme ??? ${1:x} ${2|a,b|} ${name} $0'), ['TODO', 'tbd', 'Fixme', '???', '${1:x}', '${2|a,b|}', '${name}']);
        assert.deepEqual(found('- **Owner:** $1'), ['$1']);
        assert.deepEqual(found('| $2 |'), ['$2']);
        assert.deepEqual(found('It costs $1 per GB, or $5.'), []);
        assert.deepEqual(found('Storage cost: $1'), []);
        assert.deepEqual(found('a todo list app, TODOs, mastodon, STBD'), []);
    });
    it('sorts body lines: skeleton, placeholders, scaffold questions, sub-headings, code and content', () => {
        const text = [
            '## Requirements', //                                     0
            '',
            '- **Scale:** _users, requests per second, data size, growth_', // 2 skeleton
            '- **Functional requirements:** TBD', //                 3 label + placeholder
            '- TODO: latency', //                                      4 note to self
            '### Numbers', //                                          5 sub-heading
            '**Clarifying questions to ask:**', //                     6 scaffold
            '',
            '- Is the cap per profile or per household?', //           8 scaffold question
            '- Which windows? Day and week.', //                       9 answered: content
            '',
            '```',
            '300k * 50 = 15M checks/s', //                            12 code
            '```',
        ].join('\n');
        const doc = parse(text);
        const kinds = (0, sectionText_1.bodyLines)(doc);
        assert.deepEqual([2, 3, 4, 5, 6, 8, 9, 12].map((l) => kinds[l]), [3 /* BodyLine.Skeleton */, 4 /* BodyLine.Placeholder */, 4 /* BodyLine.Placeholder */, 1 /* BodyLine.Heading */, 4 /* BodyLine.Placeholder */, 4 /* BodyLine.Placeholder */, 5 /* BodyLine.Content */, 2 /* BodyLine.Code */]);
        assert.deepEqual((0, sectionText_1.userLines)(doc, [(0, parseAnswer_1.findSection)(doc, 'requirements')]), [9]);
        assert.deepEqual((0, sectionText_1.userLines)(doc, [(0, parseAnswer_1.findSection)(doc, 'requirements')], true), [5, 9]);
    });
    it('a section with only comments, skeleton and sub-headings has no content; code or an image counts', () => {
        const has = (body) => {
            const doc = parse(`## Architecture\n\n${body}\n`);
            return (0, sectionText_1.hasContent)(doc, (0, parseAnswer_1.findSection)(doc, 'architecture'));
        };
        assert.equal(has('<!-- later -->\n\n### Components\n\n- **APIs:** _the main calls and their shape_'), false);
        assert.equal(has('```mermaid\ngraph LR\n```'), true);
        assert.equal(has('<img src="diagram.png">'), true);
        assert.equal(has('<details>\n</details>'), false);
    });
    it('groups lines into blocks with nesting: items, sub-items, paragraphs, rows and headings', () => {
        const text = [
            '## Trade-offs', //          0
            '',
            '### Storage', //            2
            '',
            '- Cassandra over Postgres', // 4
            '  continued here', //       5
            '  - cost: no joins', //     6
            '',
            '  Indented paragraph.', //  8
            '- Second item', //          9
            '',
            'A paragraph.', //          11
            '',
            '| a | b |', //             13
            '| - | - |', //             14: punctuation only, so not a block
            '| c | d |', //             15
        ].join('\n');
        const doc = parse(text);
        const blocks = (0, sectionText_1.textBlocks)(doc, (0, sectionText_1.userLines)(doc, [(0, parseAnswer_1.findSection)(doc, 'trade-offs')], true));
        assert.deepEqual(blocks.map((b) => [b.start, b.end, b.kind, b.parent, b.subtreeEnd]), [
            [2, 3, 'heading', -1, 8],
            [4, 6, 'item', 0, 4],
            [6, 7, 'item', 1, 3],
            [8, 9, 'paragraph', 1, 4],
            [9, 10, 'item', 0, 5],
            [11, 12, 'paragraph', 0, 6],
            [13, 14, 'row', 0, 7],
            [15, 16, 'row', 0, 8],
        ]);
        assert.equal(blocks[1].text, '- Cassandra over Postgres   continued here');
        assert.equal(blocks[1].column, 2);
        assert.equal(blocks[0].column, 4);
    });
    it('splits sentences, but not at e.g., vs. or decimals', () => {
        const text = 'We use X, e.g. for caps. It is 99.9% up vs. Y! Done?';
        const starts = (0, sectionText_1.sentenceStarts)(text);
        assert.deepEqual(starts.map((s) => text.slice(s).trim().slice(0, 5)), ['We us', 'It is', 'Done?']);
        assert.equal((0, sectionText_1.sentenceAt)(starts, text.indexOf('99.9')), 1);
        assert.equal((0, sectionText_1.sentenceAt)(starts, 0), 0);
    });
});
//# sourceMappingURL=sectionText.test.js.map