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
exports.PROPERTIES = exports.HOSTILE = void 0;
exports.answerText = answerText;
exports.lintStaysInRange = lintStaysInRange;
exports.fixesKeepLinesAndConverge = fixesKeepLinesAndConverge;
exports.practiceChangesOnlyPracticeLines = practiceChangesOnlyPracticeLines;
exports.scorecardQuotesAreVerbatim = scorecardQuotesAreVerbatim;
exports.runProperty = runProperty;
/**
 * Property-based tests of the linter on generated answers (issue 7, "keep it found"). Answers are
 * built from a grammar of realistic and hostile pieces: headings of every kind (numbered, with
 * closing hashes, setext, holding `[` or `<`), fences and HTML blocks left open, comments, disable
 * comments (some unclosed), lists nested up to 60 deep, quotes, tables, front matter good and bad,
 * CRLF, CR and a BOM. The same properties run in the unit suite (fixed seed, a few thousand cases)
 * and, for long runs, from `npm run fuzz`.
 */
const fc = __importStar(require("fast-check"));
const frontMatter_1 = require("../../src/core/answer/frontMatter");
const parseAnswer_1 = require("../../src/core/answer/parseAnswer");
const lint_1 = require("../../src/cli/commands/lint");
const fixes_1 = require("../../src/core/lint/fixes");
const linter_1 = require("../../src/core/lint/linter");
const record_1 = require("../../src/core/practice/record");
const score_1 = require("../../src/core/score");
const TITLES = [
    'Requirements', 'Scope', 'Architecture', 'Trade-offs', 'Operability', 'Evaluation', 'Follow-ups', 'Notes', 'Functional requirements',
    'Non-functional requirements', 'Design decisions', 'Monitoring & alerting', 'Capacity estimates', 'Appendix', 'Summary', 'Data model',
];
const WORDS = [
    'Kafka', 'Redis', 'spark', 'because it keeps order', 'TODO', 'TBD', '???', '$1', '|$1', '${1:name}', '`${id}`', '**Scale:**', '[link](http://x)',
    '<b>', '[', '[a](', '<', ' < ', '10 million users', 'p99 under 200 ms', 'we chose X over Y', 'but it costs more', '<!-- note -->',
    '<!--', '-->', '|', '\\', '#', '##', '   ', '\t', 'é', '🚀', '\u0000', '.....', 'Q: why?', '- [ ]', '&', '```',
];
const FRONT_MATTER = fc.constantFrom('', '---\ntemplate: system-design\nprompt: ads/frequency-capping\n---\n', '---\ntemplate: ml-system-design\n---\n', '---\ntemplate: nope\n---\n', '---\ntemplate: [a, b]\n---\n', '---\n: bad\n---\n', '---\na: 1\na: 2\n---\n', '---\nunclosed: true\n', '---\npractice: [a,b,   c]\nn: 0x1F\nbig: 12345678901234567890\n---\n', '---\ntemplate: system-design\npractice:\n  - started: 2026-01-01T00:00:00Z\n    minutesTotal: 3\n    phases: []\n# trailing comment\n---\n', '---\n{ template: system-design, practice: [] }\n---\n', '---\npractice: ~ # none yet\nother: [x,  y]\n---\n', '---\npractice: !!null\n---\n', '---\n---\n', '---\nkey: &a [1, 2]\nref: *a\n---\n');
/** Every piece of the grammar. */
exports.HOSTILE = { openBlocks: true, maxListDepth: 60, anySectionLevel: true };
/** Generated answer files' text. */
function answerText(options = exports.HOSTILE) {
    const word = fc.constantFrom(...WORDS.filter((w) => options.openBlocks || !['<!--', '```'].includes(w)));
    const title = fc.constantFrom(...TITLES);
    const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const sectionLevel = options.anySectionLevel ? fc.integer({ min: 1, max: 6 }) : fc.constant(2);
    const atxHeading = fc
        .tuple(sectionLevel, fc.constantFrom('', '2. ', 'Step 3: ', 'III. ', '🚀 ', '**'), title, fc.constantFrom('', ' ##', ' #', '   ', ' [', ' <x>'))
        .map(([level, numbering, t, close]) => `${'#'.repeat(level)} ${numbering}${t}${close}`);
    const heading = fc.oneof({ weight: 4, arbitrary: atxHeading }, { weight: 1, arbitrary: fc.tuple(title, options.anySectionLevel ? fc.constantFrom('===', '---') : fc.constant('---')).map(([t, u]) => `${t}\n${u}`) }, { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([level, t]) => `${'#'.repeat(level)} ${t}`) });
    const paragraph = fc.array(text, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    const fence = fc
        .tuple(fc.constantFrom('```', '~~~', '````', '    '), fc.array(fc.oneof(text, atxHeading), { maxLength: 4 }), options.openBlocks ? fc.boolean() : fc.constant(true))
        .map(([f, body, closed]) => (f.trim() === '' ? body.map((l) => f + l) : [`${f}js`, ...body, ...(closed ? [f] : [])]).join('\n'));
    const html = fc.constantFrom('<div>\nhtml\n</div>', '<pre>\n## Scope\n</pre>', '<!--\n## Scope\n-->', '<details><summary>More</summary>\n\nKafka, because it keeps order.\n</details>', '<img src="diagram.png">', ...(options.openBlocks ? ['<pre>\n## Scope', '<!-- unclosed\n## Scope'] : []));
    const disable = fc
        .tuple(fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line'), fc.constantFrom('', ' SD001', ' SD004 SD007', ' placeholder-left,SD002', ' nope'), options.openBlocks ? fc.boolean() : fc.constant(true))
        .map(([directive, rules, closed]) => `<!-- design-practice-${directive}${rules}${closed ? ' -->' : ''}`);
    const list = fc
        .tuple(fc.integer({ min: 1, max: options.maxListDepth }), text, fc.constantFrom('-', '*', '1.', '2)', '- [ ]'))
        .map(([depth, t, marker]) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}${marker} ${t}`).join('\n'));
    const quote = fc.tuple(text, heading).map(([t, h]) => `> ${t}\n> - ${t}\n> ${h}`);
    const table = fc.tuple(text, text).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |`);
    const block = fc.oneof({ weight: 5, arbitrary: heading }, { weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: fence }, { weight: 1, arbitrary: html }, { weight: 1, arbitrary: disable }, { weight: 2, arbitrary: list }, { weight: 1, arbitrary: quote }, { weight: 1, arbitrary: table }, { weight: 1, arbitrary: fc.constantFrom('', '***', '   ', '[ref]: http://x "t"') });
    return fc
        .tuple(fc.boolean(), FRONT_MATTER, fc.array(block, { maxLength: 24 }), fc.constantFrom('\n', '\n', '\r\n', '\r'), fc.boolean())
        .map(([bom, fm, blocks, eol, finalNewline]) => (bom ? '\uFEFF' : '') + (fm + blocks.join('\n\n') + (finalNewline ? '\n' : '')).replace(/\n/g, eol));
}
/** Whether `sub` appears in `lines` in order (not necessarily next to each other). */
function missingLines(sub, lines, allowed = () => false) {
    const missing = [];
    let j = 0;
    for (const line of sub) {
        let k = j;
        while (k < lines.length && lines[k] !== line)
            k++;
        if (k < lines.length)
            j = k + 1;
        else if (!allowed(line))
            missing.push(line);
    }
    return missing;
}
/** Lint never throws and every finding lies inside the file. */
function lintStaysInRange(text) {
    const lines = (0, parseAnswer_1.splitLines)(text);
    for (const f of (0, linter_1.lint)(text)) {
        const where = `${f.ruleId} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
        if (!(f.line >= 1 && f.line <= lines.length && f.endLine >= f.line && f.endLine <= lines.length))
            throw new Error(`line out of range: ${where} of ${lines.length}`);
        if (!(f.column >= 1 && f.column <= lines[f.line - 1].length + 1))
            throw new Error(`column out of range: ${where}`);
        if (!(f.endColumn >= 1 && f.endColumn <= lines[f.endLine - 1].length + 1))
            throw new Error(`end column out of range: ${where}`);
        if (f.endLine === f.line && f.endColumn < f.column)
            throw new Error(`range ends before it starts: ${where}`);
        if (!f.message)
            throw new Error(`empty message: ${where}`);
    }
}
/** `--fix` keeps every line of the original, in order, and a second `--fix` changes nothing. */
function fixesKeepLinesAndConverge(text) {
    const once = (0, lint_1.fixText)(text).text;
    const lost = missingLines((0, parseAnswer_1.splitLines)(text), (0, parseAnswer_1.splitLines)(once));
    if (lost.length > 0)
        throw new Error(`--fix lost lines: ${JSON.stringify(lost.slice(0, 3))}`);
    const twice = (0, lint_1.fixText)(once);
    if (twice.text !== once)
        throw new Error(`a second --fix changed the text again (${twice.fixed} fixes)`);
}
const RECORD = {
    started: '2026-02-03T04:05:06Z',
    minutesTotal: 42.5,
    phases: [{ section: 'requirements', label: 'Requirements', plannedMinutes: 7, spentMinutes: 6.5 }],
};
/**
 * Recording practice time either refuses, or adds one record and changes nothing else: every other
 * line stays (only a `practice:` key line may be rewritten), and every other front-matter value too.
 */
function practiceChangesOnlyPracticeLines(text) {
    const result = (0, record_1.recordPractice)(text, RECORD);
    if ('error' in result)
        return;
    const after = (0, fixes_1.applyFixes)(text, [{ fix: { title: 'record', edits: result.edits } }]);
    const lost = missingLines((0, parseAnswer_1.splitLines)(text), (0, parseAnswer_1.splitLines)(after), (line) => /(?:^|[{,\s])["']?practice["']?\s*:/.test(line));
    if (lost.length > 0)
        throw new Error(`recording practice changed other lines: ${JSON.stringify(lost.slice(0, 3))}`);
    const before = (0, frontMatter_1.parseFrontMatter)((0, parseAnswer_1.splitLines)(text));
    const now = (0, frontMatter_1.parseFrontMatter)((0, parseAnswer_1.splitLines)(after));
    if (!now || now.error)
        throw new Error(`front matter no longer parses: ${now?.error?.message ?? 'gone'}`);
    const { practice: oldPractice, ...oldRest } = before?.data ?? {};
    const { practice: newPractice, ...newRest } = now.data;
    if (JSON.stringify(oldRest) !== JSON.stringify(newRest))
        throw new Error('recording practice changed other front-matter values');
    const count = (data) => (0, record_1.readPracticeHistory)({ practice: data }).length;
    if (count(newPractice) !== count(oldPractice) + 1)
        throw new Error(`practice records: ${count(oldPractice)} before, ${count(newPractice)} after`);
}
/** An answer key whose words the grammar writes, so covered points and their quotes are exercised. */
const KEY = [
    { signal: 'trade-offs', level: 'L4', point: 'A choice over another, with what it costs.', lookFor: [['we chose x'], ['costs more', 'costs']] },
    { signal: 'requirements', level: 'L5', point: 'Sized in users.', lookFor: [['10 million users', 'million']] },
    { signal: 'ownership', level: 'L4', point: 'Something never written.', lookFor: [['zzz never']] },
];
/**
 * The scorecard never throws, rates every signal 1-4, and every quote (evidence and answer key) is
 * verbatim on its 1-based line, at both levels.
 */
function scorecardQuotesAreVerbatim(text) {
    const lines = (0, parseAnswer_1.splitLines)(text);
    for (const level of ['L4', 'L5']) {
        const card = (0, score_1.scoreAnswer)({ answer: text, level, prompt: { id: 'ads/fuzz', level: 'L5', template: 'system-design', answerKey: KEY } });
        const problems = (0, score_1.scorecardProblems)(card, lines);
        if (problems.length > 0)
            throw new Error(`scorecard at ${level}: ${problems.slice(0, 3).join('; ')}`);
        if (card.answerKey.covered.length + card.answerKey.missed.length !== KEY.length)
            throw new Error('answer key points lost');
    }
}
/** The properties, by name, with how they are run. */
exports.PROPERTIES = [
    { name: 'lint never throws and every finding lies inside the file', check: lintStaysInRange },
    { name: '--fix keeps every line and converges', check: fixesKeepLinesAndConverge },
    { name: 'recording practice time changes only practice lines', check: practiceChangesOnlyPracticeLines },
    { name: 'the scorecard never throws and quotes every line verbatim', check: scorecardQuotesAreVerbatim },
];
/** Runs one property over `numRuns` generated answers from `seed`; throws fast-check's report on failure. */
function runProperty(check, seed, numRuns, options = exports.HOSTILE) {
    fc.assert(fc.property(answerText(options), (text) => {
        check(text);
    }), { seed, numRuns, endOnFailure: false });
}
//# sourceMappingURL=answerFuzz.js.map