/**
 * Inputs that once took quadratic time, each built at a size `n`: the scaling test times every case
 * at n and 2n and checks that the time roughly doubles. One entry per construct class of issue 7.
 */
import { lint } from '../../src/core/lint/linter';
import { parsePromptFile } from '../../src/core/catalog/loadPrompts';
import { renderPromptHtml, tableCell } from '../../src/core/catalog/promptView';

/** A construct that must lint (or load, or render) in time linear in `n`. */
export interface ScalingCase {
  readonly name: string;
  /** A size at which one run takes a few milliseconds once fixed. */
  readonly n: number;
  /** Builds the input for size `n`. */
  build(n: number): unknown;
  /** Does the work on a built input. */
  run(input: unknown): unknown;
}

const answerHead = '---\ntemplate: system-design\n---\n# Title\n\n## Requirements\n\n';
const lintCase = (name: string, n: number, body: (n: number) => string): ScalingCase => ({
  name,
  n,
  build: (size) => answerHead + body(size) + '\n',
  run: (text) => lint(text as string),
});

const promptHead = '---\nid: ads/scaling\ntitle: Scaling\nteam: ads\nlevel: L5\ntemplate: system-design\n---\n\n## Statement\n\nDesign a thing that scales.\n\n';
const promptCase = (name: string, n: number, body: (n: number) => string): ScalingCase => ({
  name,
  n,
  build: (size) => promptHead + body(size) + '\n',
  run: (text) => parsePromptFile({ file: 'scaling.md', text: text as string }),
});

export const SCALING_CASES: readonly ScalingCase[] = [
  // Prompt files.
  promptCase('prompt: ## heading with a long run of spaces', 4000, (n) => `## a${' '.repeat(n)}b`),
  promptCase('prompt: time-plan line with a long run of spaces', 4000, (n) => `## Time plan\n\n- a${' '.repeat(n)}b (5 min)x`),
  promptCase('prompt: time-plan line of repeated (1 min)', 2000, (n) => `## Time plan\n\n- a${' (1 min)'.repeat(n)}x`),
  {
    name: 'prompt view: table cell with a long run of spaces',
    n: 8000,
    build: (n) => `a${' '.repeat(n)}b`,
    run: (text) => tableCell(text as string),
  },
  {
    name: 'prompt view: rendered time plan with a long detail',
    n: 8000,
    build: (n) => parsePromptFile({ file: 'p.md', text: `${promptHead}## Time plan\n\n- Requirements (5 min): a${' '.repeat(n)}b\n` }).prompt,
    run: (prompt) => renderPromptHtml(prompt as never, []),
  },
  // Answers.
  lintCase('answer: heading of [', 8000, (n) => `## ${'['.repeat(n)}`),
  lintCase('answer: heading of [a](', 4000, (n) => `## ${'[a]('.repeat(n)}`),
  lintCase('answer: heading of <', 8000, (n) => `## ${'<'.repeat(n)}`),
  lintCase('answer: heading with a long run of spaces', 8000, (n) => `## a${' '.repeat(n)}b`),
  lintCase('answer: continuation line of spaces', 8000, (n) => `Users: 10 million on Kafka.\n${' '.repeat(n)}x`),
  lintCase('answer: continuation line of spaces in a quote', 8000, (n) => `> Users: 10 million on Kafka.\n>${' '.repeat(n)}x`),
  lintCase('answer: |$1 repeated on one line', 4000, (n) => `Users: 10.\n\n${'|$1'.repeat(n)}`),
  lintCase('answer: ${1: repeated unclosed', 4000, (n) => `Users: 10.\n\n${'${1:'.repeat(n)}`),
  lintCase('answer: Kafka then a long punctuation run', 8000, (n) => `Users: 10. Kafka${'.'.repeat(n)}x`),
  lintCase('answer: a long line of <', 8000, (n) => `Users: 10.\n\n<div>\n${'<'.repeat(n)}\n</div>`),
  lintCase('answer: repeated unclosed disable comments', 2000, (n) => `Users: 10.\n\n${'<!-- design-practice-disable SD001 '.repeat(n)}`),
  lintCase('answer: paragraph of technology mentions', 4000, (n) => `Users: 10.\n\n${'Kafka Redis\n'.repeat(n)}`),
  lintCase('answer: many disable ranges', 1000, (n) => `Users: 10.\n\n${'<!-- design-practice-disable-next-line SD004 -->\nKafka TODO\n\n'.repeat(n)}`),
  {
    name: 'answer: front matter with many keys',
    n: 2000,
    build: (n) => `---\ntemplate: system-design\n${Array.from({ length: n }, (_, i) => `key${i}: ${i}`).join('\n')}\n---\n## Requirements\n\n10 users\n`,
    run: (text) => lint(text as string),
  },
];
