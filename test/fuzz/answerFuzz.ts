/**
 * Property-based tests of the linter on generated answers (issue 7, "keep it found"). Answers are
 * built from a grammar of realistic and hostile pieces: headings of every kind (numbered, with
 * closing hashes, setext, holding `[` or `<`), fences and HTML blocks left open, comments, disable
 * comments (some unclosed), lists nested up to 60 deep, quotes, tables, front matter good and bad,
 * CRLF, CR and a BOM. The same properties run in the unit suite (fixed seed, a few thousand cases)
 * and, for long runs, from `npm run fuzz`.
 */
import * as fc from 'fast-check';
import { parseFrontMatter } from '../../src/core/answer/frontMatter';
import { splitLines } from '../../src/core/answer/parseAnswer';
import { fixText } from '../../src/cli/commands/lint';
import { applyFixes } from '../../src/core/lint/fixes';
import { resolveConfig } from '../../src/core/lint/config';
import { lint } from '../../src/core/lint/linter';
import { RULES } from '../../src/core/lint/rules';
import { readPracticeHistory, recordPractice } from '../../src/core/practice/record';
import type { PracticeRecord } from '../../src/core/practice/timer';
import { scoreAnswer, scorecardProblems } from '../../src/core/score';
import type { AnswerKeyPoint } from '../../src/core/catalog/answerKey';

const TITLES = [
  'Requirements', 'Scope', 'Architecture', 'Trade-offs', 'Operability', 'Evaluation', 'Follow-ups', 'Notes', 'Functional requirements',
  'Non-functional requirements', 'Design decisions', 'Monitoring & alerting', 'Capacity estimates', 'Appendix', 'Summary', 'Data model',
];
const WORDS = [
  'Kafka', 'Redis', 'spark', 'because it keeps order', 'TODO', 'TBD', '???', '$1', '|$1', '${1:name}', '`${id}`', '**Scale:**', '[link](http://x)',
  '<b>', '[', '[a](', '<', ' < ', '10 million users', 'p99 under 200 ms', 'we chose X over Y', 'but it costs more', '<!-- note -->',
  '<!--', '-->', '|', '\\', '#', '##', '   ', '\t', 'é', '🚀', '\u0000', '.....', 'Q: why?', '- [ ]', '&', '```',
];

const FRONT_MATTER = fc.constantFrom(
  '',
  '---\ntemplate: system-design\nprompt: ads/frequency-capping\n---\n',
  '---\ntemplate: ml-system-design\n---\n',
  '---\ntemplate: nope\n---\n',
  '---\ntemplate: [a, b]\n---\n',
  '---\n: bad\n---\n',
  '---\na: 1\na: 2\n---\n',
  '---\nunclosed: true\n',
  '---\npractice: [a,b,   c]\nn: 0x1F\nbig: 12345678901234567890\n---\n',
  '---\ntemplate: system-design\npractice:\n  - started: 2026-01-01T00:00:00Z\n    minutesTotal: 3\n    phases: []\n# trailing comment\n---\n',
  '---\n{ template: system-design, practice: [] }\n---\n',
  '---\npractice: ~ # none yet\nother: [x,  y]\n---\n',
  '---\npractice: !!null\n---\n',
  '---\n---\n',
  '---\nkey: &a [1, 2]\nref: *a\n---\n',
);

/** Which hostile pieces the grammar may produce. */
export interface GrammarOptions {
  /** Fences, `<pre>`, comments and disable comments left open (to the end of the file). */
  readonly openBlocks: boolean;
  /** The deepest list nesting. */
  readonly maxListDepth: number;
  /** Section headings at any level; otherwise every heading that names a section is `##`. */
  readonly anySectionLevel: boolean;
}

/** Every piece of the grammar. */
export const HOSTILE: GrammarOptions = { openBlocks: true, maxListDepth: 60, anySectionLevel: true };

/** Generated answer files' text. */
export function answerText(options: GrammarOptions = HOSTILE): fc.Arbitrary<string> {
  const word = fc.constantFrom(...WORDS.filter((w) => options.openBlocks || !['<!--', '```'].includes(w)));
  const title = fc.constantFrom(...TITLES);
  const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  const sectionLevel = options.anySectionLevel ? fc.integer({ min: 1, max: 6 }) : fc.constant(2);
  const atxHeading = fc
    .tuple(sectionLevel, fc.constantFrom('', '2. ', 'Step 3: ', 'III. ', '🚀 ', '**'), title, fc.constantFrom('', ' ##', ' #', '   ', ' [', ' <x>'))
    .map(([level, numbering, t, close]) => `${'#'.repeat(level)} ${numbering}${t}${close}`);
  const heading = fc.oneof(
    { weight: 4, arbitrary: atxHeading },
    { weight: 1, arbitrary: fc.tuple(title, options.anySectionLevel ? fc.constantFrom('===', '---') : fc.constant('---')).map(([t, u]) => `${t}\n${u}`) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([level, t]) => `${'#'.repeat(level)} ${t}`) },
  );
  const paragraph = fc.array(text, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
  const fence = fc
    .tuple(fc.constantFrom('```', '~~~', '````', '    '), fc.array(fc.oneof(text, atxHeading), { maxLength: 4 }), options.openBlocks ? fc.boolean() : fc.constant(true))
    .map(([f, body, closed]) => (f.trim() === '' ? body.map((l) => f + l) : [`${f}js`, ...body, ...(closed ? [f] : [])]).join('\n'));
  const html = fc.constantFrom(
    '<div>\nhtml\n</div>',
    '<pre>\n## Scope\n</pre>',
    '<!--\n## Scope\n-->',
    '<details><summary>More</summary>\n\nKafka, because it keeps order.\n</details>',
    '<img src="diagram.png">',
    ...(options.openBlocks ? ['<pre>\n## Scope', '<!-- unclosed\n## Scope'] : []),
  );
  const disable = fc
    .tuple(fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line'), fc.constantFrom('', ' SD001', ' SD004 SD007', ' placeholder-left,SD002', ' nope'), options.openBlocks ? fc.boolean() : fc.constant(true))
    .map(([directive, rules, closed]) => `<!-- design-practice-${directive}${rules}${closed ? ' -->' : ''}`);
  const list = fc
    .tuple(fc.integer({ min: 1, max: options.maxListDepth }), text, fc.constantFrom('-', '*', '1.', '2)', '- [ ]'))
    .map(([depth, t, marker]) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}${marker} ${t}`).join('\n'));
  const quote = fc.tuple(text, heading).map(([t, h]) => `> ${t}\n> - ${t}\n> ${h}`);
  const table = fc.tuple(text, text).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |`);
  const block = fc.oneof(
    { weight: 5, arbitrary: heading },
    { weight: 4, arbitrary: paragraph },
    { weight: 1, arbitrary: fence },
    { weight: 1, arbitrary: html },
    { weight: 1, arbitrary: disable },
    { weight: 2, arbitrary: list },
    { weight: 1, arbitrary: quote },
    { weight: 1, arbitrary: table },
    { weight: 1, arbitrary: fc.constantFrom('', '***', '   ', '[ref]: http://x "t"') },
  );
  return fc
    .tuple(fc.boolean(), FRONT_MATTER, fc.array(block, { maxLength: 24 }), fc.constantFrom('\n', '\n', '\r\n', '\r'), fc.boolean())
    .map(([bom, fm, blocks, eol, finalNewline]) => (bom ? '\uFEFF' : '') + (fm + blocks.join('\n\n') + (finalNewline ? '\n' : '')).replace(/\n/g, eol));
}

/** Whether `sub` appears in `lines` in order (not necessarily next to each other). */
function missingLines(sub: readonly string[], lines: readonly string[], allowed: (line: string) => boolean = () => false): string[] {
  const missing: string[] = [];
  let j = 0;
  for (const line of sub) {
    let k = j;
    while (k < lines.length && lines[k] !== line) k++;
    if (k < lines.length) j = k + 1;
    else if (!allowed(line)) missing.push(line);
  }
  return missing;
}

/** Lint never throws and every finding lies inside the file. */
export function lintStaysInRange(text: string): void {
  const lines = splitLines(text);
  for (const f of lint(text)) {
    const where = `${f.ruleId} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    if (!(f.line >= 1 && f.line <= lines.length && f.endLine >= f.line && f.endLine <= lines.length)) throw new Error(`line out of range: ${where} of ${lines.length}`);
    if (!(f.column >= 1 && f.column <= lines[f.line - 1].length + 1)) throw new Error(`column out of range: ${where}`);
    if (!(f.endColumn >= 1 && f.endColumn <= lines[f.endLine - 1].length + 1)) throw new Error(`end column out of range: ${where}`);
    if (f.endLine === f.line && f.endColumn < f.column) throw new Error(`range ends before it starts: ${where}`);
    if (!f.message) throw new Error(`empty message: ${where}`);
  }
}

/** `--fix` keeps every line of the original, in order, and a second `--fix` changes nothing. */
export function fixesKeepLinesAndConverge(text: string): void {
  const once = fixText(text).text;
  const lost = missingLines(splitLines(text), splitLines(once));
  if (lost.length > 0) throw new Error(`--fix lost lines: ${JSON.stringify(lost.slice(0, 3))}`);
  const twice = fixText(once);
  if (twice.text !== once) throw new Error(`a second --fix changed the text again (${twice.fixed} fixes)`);
}

/**
 * Aliases that are other sections' titles, as a hostile configuration writes them (issue 17: with
 * `"requirements": ["Scope"]` every `--fix` inserted another `## Scope`).
 */
const CROSS_ALIASES = resolveConfig({ aliases: { requirements: ['Scope'], operability: ['Trade-offs', 'Architecture'], scope: ['Evaluation'] } }, RULES).config;

/** `fixesKeepLinesAndConverge` under aliases that name other sections' titles. */
export function fixesConvergeWithCrossAliases(text: string): void {
  const once = fixText(text, CROSS_ALIASES).text;
  const lost = missingLines(splitLines(text), splitLines(once));
  if (lost.length > 0) throw new Error(`--fix lost lines: ${JSON.stringify(lost.slice(0, 3))}`);
  const twice = fixText(once, CROSS_ALIASES);
  if (twice.text !== once) throw new Error(`a second --fix changed the text again (${twice.fixed} fixes)`);
}

const RECORD: PracticeRecord = {
  started: '2026-02-03T04:05:06Z',
  minutesTotal: 42.5,
  phases: [{ section: 'requirements', label: 'Requirements', plannedMinutes: 7, spentMinutes: 6.5 }],
};

/**
 * Recording practice time either refuses, or adds one record and changes nothing else: every other
 * line stays (only a `practice:` key line may be rewritten), and every other front-matter value too.
 */
export function practiceChangesOnlyPracticeLines(text: string): void {
  const result = recordPractice(text, RECORD);
  if ('error' in result) return;
  const after = applyFixes(text, [{ fix: { title: 'record', edits: result.edits } }]);
  const lost = missingLines(splitLines(text), splitLines(after), (line) => /(?:^|[{,\s])["']?practice["']?\s*:/.test(line));
  if (lost.length > 0) throw new Error(`recording practice changed other lines: ${JSON.stringify(lost.slice(0, 3))}`);
  const before = parseFrontMatter(splitLines(text));
  const now = parseFrontMatter(splitLines(after));
  if (!now || now.error) throw new Error(`front matter no longer parses: ${now?.error?.message ?? 'gone'}`);
  const { practice: oldPractice, ...oldRest } = before?.data ?? {};
  const { practice: newPractice, ...newRest } = now.data;
  if (JSON.stringify(oldRest) !== JSON.stringify(newRest)) throw new Error('recording practice changed other front-matter values');
  const count = (data: unknown) => readPracticeHistory({ practice: data }).length;
  if (count(newPractice) !== count(oldPractice) + 1) throw new Error(`practice records: ${count(oldPractice)} before, ${count(newPractice)} after`);
}

/** An answer key whose words the grammar writes, so covered points and their quotes are exercised. */
const KEY: readonly AnswerKeyPoint[] = [
  { signal: 'trade-offs', level: 'L4', point: 'A choice over another, with what it costs.', lookFor: [['we chose x'], ['costs more', 'costs']] },
  { signal: 'requirements', level: 'L5', point: 'Sized in users.', lookFor: [['10 million users', 'million']] },
  { signal: 'ownership', level: 'L4', point: 'Something never written.', lookFor: [['zzz never']] },
];

/**
 * The scorecard never throws, rates every signal 1-4, and every quote (evidence and answer key) is
 * verbatim on its 1-based line, at both levels.
 */
export function scorecardQuotesAreVerbatim(text: string): void {
  const lines = splitLines(text);
  for (const level of ['L4', 'L5'] as const) {
    const card = scoreAnswer({ answer: text, level, prompt: { id: 'ads/fuzz', level: 'L5', template: 'system-design', answerKey: KEY } });
    const problems = scorecardProblems(card, lines);
    if (problems.length > 0) throw new Error(`scorecard at ${level}: ${problems.slice(0, 3).join('; ')}`);
    if (card.answerKey!.covered.length + card.answerKey!.missed.length !== KEY.length) throw new Error('answer key points lost');
  }
}

/** The properties, by name, with how they are run. */
export const PROPERTIES: readonly { readonly name: string; readonly check: (text: string) => void }[] = [
  { name: 'lint never throws and every finding lies inside the file', check: lintStaysInRange },
  { name: '--fix keeps every line and converges', check: fixesKeepLinesAndConverge },
  { name: 'recording practice time changes only practice lines', check: practiceChangesOnlyPracticeLines },
  { name: 'the scorecard never throws and quotes every line verbatim', check: scorecardQuotesAreVerbatim },
  { name: '--fix converges when aliases name other sections\' titles', check: fixesConvergeWithCrossAliases },
];

/** Runs one property over `numRuns` generated answers from `seed`; throws fast-check's report on failure. */
export function runProperty(check: (text: string) => void, seed: number, numRuns: number, options: GrammarOptions = HOSTILE): void {
  fc.assert(
    fc.property(answerText(options), (text) => {
      check(text);
    }),
    { seed, numRuns, endOnFailure: false },
  );
}
