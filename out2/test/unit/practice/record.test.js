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
const frontMatter_1 = require("../../../src/core/answer/frontMatter");
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
const fixes_1 = require("../../../src/core/lint/fixes");
const record_1 = require("../../../src/core/practice/record");
const first = {
    started: '2025-01-02T10:00:00Z',
    minutesTotal: 52.4,
    phases: [
        { section: 'requirements', label: 'Clarify the requirements', plannedMinutes: 7, spentMinutes: 6.2 },
        { section: 'architecture', label: 'Walk through the architecture', plannedMinutes: 20, spentMinutes: 24.1 },
        { section: 'operability', label: 'Cover operability: and ownership', plannedMinutes: 7, spentMinutes: 0 },
    ],
};
const second = {
    started: '2025-01-09T18:30:00Z',
    minutesTotal: 41,
    phases: [
        { section: 'requirements', label: 'Clarify the requirements', plannedMinutes: 7, spentMinutes: 5 },
        { section: 'architecture', label: 'Walk through the architecture', plannedMinutes: 20, spentMinutes: 20.3 },
        { section: 'operability', label: 'Cover operability: and ownership', plannedMinutes: 7, spentMinutes: 7 },
    ],
};
/** An answer whose front matter has comments, odd spacing and a list at column 0: all must survive. */
const ANSWER = [
    '---',
    '# Written by hand; keep this comment.',
    'prompt: streaming/adaptive-bitrate   # the prompt',
    'template: system-design',
    'tags: [video,cdn]',
    'notes:',
    '- first',
    '- second',
    'summary: This is a long line that a YAML printer folds at eighty columns unless it is told not to',
    "quoted: 'kept as written'",
    '# a trailing comment',
    '---',
    '# Adaptive bitrate',
    '',
    '## Requirements',
    '',
    '- 10k QPS  ',
    '---',
    'practice: not front matter',
    '',
].join('\n');
/** Applies the result's edits the way the extension and the CLI do. */
function apply(text, result) {
    assert.ok('edits' in result, 'error' in result ? result.error : 'no edits');
    return (0, fixes_1.applyFixes)(text, [{ fix: { title: '', edits: result.edits } }]);
}
function history(text) {
    const fm = (0, frontMatter_1.parseFrontMatter)((0, parseAnswer_1.splitLines)(text));
    assert.ok(fm && !fm.error, fm?.error?.message ?? 'no front matter');
    return (0, record_1.readPracticeHistory)(fm.data);
}
/** Lines of `after` with the lines of `inserted` (a contiguous run) taken out. */
function withoutRun(after, start, count) {
    return [...after.slice(0, start), ...after.slice(start + count)];
}
describe('practice record', () => {
    describe('recordPractice', () => {
        it('appends a practice key to existing front matter, changing no other line', () => {
            const result = (0, record_1.recordPractice)(ANSWER, first);
            assert.ok('edits' in result);
            assert.equal(result.edits.length, 1);
            const edit = result.edits[0];
            // One insertion just before the closing ---.
            assert.deepEqual([edit.line, edit.column, edit.endLine, edit.endColumn], [12, 1, 12, 1]);
            const after = apply(ANSWER, result);
            const before = ANSWER.split('\n');
            const lines = after.split('\n');
            const inserted = edit.text.split('\n').length - 1;
            assert.deepEqual(withoutRun(lines, 11, inserted), before);
            assert.deepEqual(lines.slice(11, 11 + inserted), [
                'practice:',
                '  - started: 2025-01-02T10:00:00Z',
                '    minutesTotal: 52.4',
                '    phases:',
                '      - { section: requirements, label: Clarify the requirements, plannedMinutes: 7, spentMinutes: 6.2 }',
                '      - { section: architecture, label: Walk through the architecture, plannedMinutes: 20, spentMinutes: 24.1 }',
                '      - { section: operability, label: "Cover operability: and ownership", plannedMinutes: 7, spentMinutes: 0 }',
            ]);
            assert.deepEqual(history(after), [first]);
            const fm = (0, frontMatter_1.parseFrontMatter)((0, parseAnswer_1.splitLines)(after));
            assert.equal(fm.data.prompt, 'streaming/adaptive-bitrate');
            assert.deepEqual(Object.keys(fm.data), ['prompt', 'template', 'tags', 'notes', 'summary', 'quoted', 'practice']);
            // Everything after the front matter is byte for byte the same.
            assert.equal(after.slice(after.indexOf('\n---\n') + 5), ANSWER.slice(ANSWER.indexOf('\n---\n') + 5));
        });
        it('records twice as two entries, the second appended to the list', () => {
            const once = apply(ANSWER, (0, record_1.recordPractice)(ANSWER, first));
            const result = (0, record_1.recordPractice)(once, second);
            const twice = apply(once, result);
            assert.deepEqual(history(twice), [first, second]);
            // The second record is one insertion: every line of the first result is still there, in order.
            assert.ok('edits' in result);
            const edit = result.edits[0];
            assert.equal(edit.line, edit.endLine);
            assert.deepEqual(withoutRun(twice.split('\n'), edit.line - 1, edit.text.split('\n').length - 1), once.split('\n'));
            assert.match(twice, /\n {2}- started: 2025-01-09T18:30:00Z\n {4}minutesTotal: 41\n/);
        });
        it('appends to a list at column 0 in its own indentation, before the keys that follow it', () => {
            const text = '---\npractice:\n- started: 2024-12-01T09:00:00Z\n  minutesTotal: 3\n  phases: []\nprompt: x\n---\nbody\n';
            const after = apply(text, (0, record_1.recordPractice)(text, first));
            assert.match(after, /\n {2}phases: \[\]\n- started: 2025-01-02T10:00:00Z\n {2}minutesTotal: 52.4\n/);
            assert.match(after, /\nprompt: x\n---\nbody\n$/);
            assert.deepEqual(history(after).map((r) => r.started), ['2024-12-01T09:00:00Z', '2025-01-02T10:00:00Z']);
        });
        it('turns an empty practice key into a list, keeping its comment', () => {
            for (const value of ['', ' []', ' ~']) {
                const text = `---\nprompt: x\npractice:${value}  # history\nlevel: L4\n---\nbody\n`;
                const after = apply(text, (0, record_1.recordPractice)(text, first));
                assert.match(after, /^---\nprompt: x\npractice: # history\n {2}- started: /, value);
                assert.match(after, /\nlevel: L4\n---\nbody\n$/, value);
                assert.deepEqual(history(after), [first], value);
            }
        });
        it('never re-renders: flow lists, tagged and null values keep every other byte', () => {
            // Each of these used to be re-rendered by `yaml`: `[a,b,   c]` respaced, 0x1F lower-cased,
            // a 20-digit number rounded.
            const others = 'tags: [a,b,   c]\nmask: 0x1F\nbig: 12345678901234567890\n';
            for (const practice of [
                'practice: [{ started: 2024-12-01T09:00:00Z, minutesTotal: 3, phases: [] }]',
                'practice: [ ]  # none yet',
                'practice: !!null',
                'practice: !!seq []',
                'practice: null # none yet',
                'practice:',
            ]) {
                const text = `---\nprompt: x\n${others}${practice}\nlevel: L4\n---\nbody\n`;
                const result = (0, record_1.recordPractice)(text, first);
                assert.ok('edits' in result, `${practice}: ${'error' in result ? result.error : ''}`);
                const after = apply(text, result);
                const kept = (t) => t.split('\n').filter((l) => !/^practice:|^ {2}/.test(l));
                assert.ok(after.includes(`---\nprompt: x\n${others}`), practice);
                assert.ok(after.endsWith('\nlevel: L4\n---\nbody\n'), practice);
                assert.deepEqual(kept(after).filter((l) => !l.startsWith('practice')), kept(text).filter((l) => !l.startsWith('practice')), practice);
                assert.deepEqual(history(after).at(-1), first, practice);
            }
        });
        it('writes into a flow list inside its brackets, changing nothing else on the line', () => {
            const text = '---\nprompt: x\npractice: [ ] # none yet\n---\n';
            const inline = '---\n{ prompt: x, mask: 0x1F, practice: [] }\n---\nbody\n';
            const result = (0, record_1.recordPractice)(inline, first);
            assert.ok('edits' in result);
            const after = apply(inline, result);
            assert.ok(after.startsWith('---\n{ prompt: x, mask: 0x1F, practice: [{ started: 2025-01-02T10:00:00Z, '), after);
            assert.ok(after.endsWith(' }] }\n---\nbody\n'), after);
            assert.deepEqual(history(after), [first]);
            const twice = apply(after, (0, record_1.recordPractice)(after, second));
            assert.deepEqual(history(twice), [first, second]);
            assert.ok(twice.startsWith(after.slice(0, after.indexOf('}] }'))), twice);
            assert.match(apply(text, (0, record_1.recordPractice)(text, first)), /^---\nprompt: x\npractice: # none yet\n {2}- started: /);
        });
        it('refuses, writing nothing, where inserting would mean rewriting other lines', () => {
            for (const [text, reason] of [
                ['---\n{ prompt: x, mask: 0x1F }\n---\nbody\n', /flow mapping/],
                ['---\n{ prompt: x, practice: ~ }\n---\nbody\n', /flow mapping/],
                ['---\nprompt: x\npractice: &h ~\nagain: *h\n---\n', /without changing other data/],
            ]) {
                const result = (0, record_1.recordPractice)(text, first);
                assert.ok('error' in result && !('edits' in result), text);
                assert.match(result.error, reason, text);
                assert.match(result.error, /the practice record was not added$/, text);
            }
        });
        it('inserts a whole front matter block into a file without one', () => {
            const text = '# My answer\n\n## Requirements\n';
            const result = (0, record_1.recordPractice)(text, first);
            assert.ok('edits' in result);
            assert.deepEqual(result.edits.map((e) => [e.line, e.column, e.endLine, e.endColumn]), [[1, 1, 1, 1]]);
            const after = apply(text, result);
            assert.ok(after.startsWith('---\npractice:\n  - started: 2025-01-02T10:00:00Z\n'));
            assert.ok(after.endsWith(`---\n${text}`));
            assert.deepEqual(history(after), [first]);
            assert.deepEqual(history(apply('', (0, record_1.recordPractice)('', first))), [first]);
        });
        it('keeps CRLF line endings, in the inserted text too', () => {
            const crlf = ANSWER.replace(/\n/g, '\r\n');
            for (const text of [crlf, '# No front matter\r\n\r\nText\r\n']) {
                const result = (0, record_1.recordPractice)(text, first);
                assert.ok('edits' in result);
                assert.ok(result.edits.every((e) => !/(^|[^\r])\n/.test(e.text)), 'a bare LF in the edit');
                assert.ok(result.edits[0].text.includes('\r\n'));
                const after = apply(text, result);
                assert.ok(!/(^|[^\r])\n/.test(after), 'a bare LF in the result');
                assert.deepEqual(history(after), [first]);
                const twice = apply(after, (0, record_1.recordPractice)(after, second));
                assert.ok(!/(^|[^\r])\n/.test(twice));
                assert.deepEqual(history(twice), [first, second]);
            }
            // The part after the front matter is untouched.
            const after = apply(crlf, (0, record_1.recordPractice)(crlf, first));
            assert.ok(after.endsWith(crlf.slice(crlf.indexOf('\r\n---\r\n'))));
        });
        it('keeps a BOM at the very start', () => {
            for (const body of [ANSWER, '# No front matter\n']) {
                const text = `\uFEFF${body}`;
                const after = apply(text, (0, record_1.recordPractice)(text, first));
                assert.ok(after.startsWith('\uFEFF---\n'), JSON.stringify(after.slice(0, 10)));
                assert.equal(after.lastIndexOf('\uFEFF'), 0);
                assert.deepEqual(history(after), [first]);
                assert.equal(after.slice(1), apply(body, (0, record_1.recordPractice)(body, first)));
            }
        });
        it('refuses front matter that does not parse, naming the line, with no edit', () => {
            const text = '---\nprompt: x\ntitle: a: b\nlevel: L4\n---\nbody\n';
            const result = (0, record_1.recordPractice)(text, first);
            assert.ok('error' in result && !('edits' in result));
            assert.match(result.error, /not valid YAML/);
            assert.match(result.error, /line 3/);
            assert.match(result.error, /not added/);
        });
        it('refuses unclosed front matter and a practice key that is not a list', () => {
            const unclosed = (0, record_1.recordPractice)('---\nprompt: x\n\n# Title\n', first);
            assert.ok('error' in unclosed);
            assert.match(unclosed.error, /not closed.*line 1/);
            for (const value of ['3', 'yes', '{ a: 1 }', '"text"']) {
                const result = (0, record_1.recordPractice)(`---\nprompt: x\npractice: ${value}\n---\n`, first);
                assert.ok('error' in result, value);
                assert.match(result.error, /"practice" in the front matter \(line 3\) is not a list/);
            }
        });
    });
    describe('readPracticeHistory', () => {
        it('reads valid records and skips junk without throwing', () => {
            const data = {
                practice: [
                    null,
                    3,
                    'text',
                    [],
                    {},
                    { started: 'not a date', minutesTotal: 3, phases: [] },
                    { started: '2025-01-01T00:00:00Z', minutesTotal: -1, phases: [] },
                    { started: '2025-01-01T00:00:00Z', minutesTotal: '3', phases: [] },
                    { started: '2025-01-01T00:00:00Z', minutesTotal: 3 },
                    { started: '2025-01-01T00:00:00Z', minutesTotal: 3, phases: 'all' },
                    first,
                    {
                        started: new Date('2025-02-03T04:05:06.789Z'),
                        minutesTotal: 12,
                        phases: [
                            null,
                            { section: '', plannedMinutes: 1, spentMinutes: 1 },
                            { section: 'scope', plannedMinutes: 5, spentMinutes: Number.NaN },
                            { section: 'scope', plannedMinutes: 5 },
                            { section: 'scope', plannedMinutes: 5, spentMinutes: 4.5 },
                            { section: 'architecture', label: 'Draw it', plannedMinutes: 20, spentMinutes: 7.5, extra: true },
                        ],
                    },
                ],
            };
            assert.deepEqual((0, record_1.readPracticeHistory)(data), [
                first,
                {
                    started: '2025-02-03T04:05:06Z',
                    minutesTotal: 12,
                    phases: [
                        { section: 'scope', label: 'scope', plannedMinutes: 5, spentMinutes: 4.5 },
                        { section: 'architecture', label: 'Draw it', plannedMinutes: 20, spentMinutes: 7.5 },
                    ],
                },
            ]);
        });
        it('gives an empty list when there is no history', () => {
            assert.deepEqual((0, record_1.readPracticeHistory)({}), []);
            assert.deepEqual((0, record_1.readPracticeHistory)({ practice: null }), []);
            assert.deepEqual((0, record_1.readPracticeHistory)({ practice: { started: 'x' } }), []);
            assert.deepEqual((0, record_1.readPracticeHistory)(null), []);
        });
    });
    describe('summarizeHistory', () => {
        it('counts sessions, finds the latest and averages each phase', () => {
            const summary = (0, record_1.summarizeHistory)([second, first]);
            assert.equal(summary.count, 2);
            assert.equal(summary.lastStarted, '2025-01-09T18:30:00Z');
            assert.equal(summary.averageMinutesTotal, 46.7);
            assert.deepEqual(summary.phases, [
                { section: 'requirements', label: 'Clarify the requirements', sessions: 2, averageSpentMinutes: 5.6, averagePlannedMinutes: 7 },
                { section: 'architecture', label: 'Walk through the architecture', sessions: 2, averageSpentMinutes: 22.2, averagePlannedMinutes: 20 },
                { section: 'operability', label: 'Cover operability: and ownership', sessions: 2, averageSpentMinutes: 3.5, averagePlannedMinutes: 7 },
            ]);
        });
        it('averages a phase over the sessions that planned it', () => {
            const ml = {
                started: '2025-03-01T10:00:00Z',
                minutesTotal: 10,
                phases: [{ section: 'evaluation', label: 'Explain the evaluation', plannedMinutes: 10, spentMinutes: 9 }],
            };
            const summary = (0, record_1.summarizeHistory)([first, ml]);
            assert.equal(summary.lastStarted, ml.started);
            assert.deepEqual(summary.phases.find((p) => p.section === 'evaluation'), {
                section: 'evaluation',
                label: 'Explain the evaluation',
                sessions: 1,
                averageSpentMinutes: 9,
                averagePlannedMinutes: 10,
            });
            assert.equal(summary.phases.find((p) => p.section === 'requirements').sessions, 1);
        });
        it('summarises an empty history', () => {
            assert.deepEqual((0, record_1.summarizeHistory)([]), { count: 0, averageMinutesTotal: 0, phases: [] });
        });
    });
});
//# sourceMappingURL=record.test.js.map