/**
 * Inputs that once took quadratic time, each built at a size `n`: the scaling test times every case
 * at n/2, n and 2n and checks that the time roughly doubles. One entry per construct class of issue 7.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { stylish } from '../../src/cli/formatters/stylish';
import { RULES } from '../../src/core/lint/rules';
import { recordPractice } from '../../src/core/practice/record';
import type { Finding } from '../../src/core/lint/types';
import { parsePromptFile } from '../../src/core/catalog/loadPrompts';
import { renderPromptHtml, tableCell } from '../../src/core/catalog/promptView';
import { probesFor } from '../../src/core/interview';
import { createSectionMatcher } from '../../src/core/answer/headingMatch';
import { parseAnswer, readAnswerHeader } from '../../src/core/answer/parseAnswer';
import { SYSTEM_DESIGN } from '../../src/core/answer/templates';
import { diagramDataFlow } from '../../src/core/diagram/answerDiagrams';
import { resolveConfig } from '../../src/core/lint/config';
import { scoreAnswer } from '../../src/core/score';
import { displayQuote } from '../../src/core/score/displayQuote';
import type { AnswerKeyPoint } from '../../src/core/catalog/answerKey';
import { addFollowUpQuestion, readFollowUps } from '../../src/core/debrief/followUpsText';
import { buildDebrief } from '../../src/core/debrief/debrief';
import { analyze, lint, sectionReadings } from '../../src/core/lint/linter';
import { toJson } from '../../src/cli/commands/drill';

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

/** Issue 10: the follow-up probes read every line of an ML answer (so every rule runs). */
const probeHead = '---\ntemplate: ml-system-design\n---\n# Title\n\n';
const probeCase = (name: string, n: number, body: (n: number) => string): ScalingCase => ({
  name,
  n,
  build: (size) => probeHead + body(size) + '\n',
  run: (text) => probesFor(text as string),
});

/** Issue 22: a Mermaid block of `n` characters in Architecture, read for its components and arrows and linted. */
const diagramTarget = { template: SYSTEM_DESIGN, matcher: createSectionMatcher(SYSTEM_DESIGN) };
const diagramCase = (name: string, n: number, body: (n: number) => string): ScalingCase => ({
  name,
  n,
  build: (size) => `${answerHead}- 10 million users\n\n## Architecture\n\n- The ranking service reads the feature store.\n\n\`\`\`mermaid\n${body(size)}\n\`\`\`\n`,
  run: (text) => [diagramDataFlow(parseAnswer(text as string, diagramTarget)), lint(text as string)],
});
/** Issue 16: the scorecard of an answer of `n` characters, with an answer key to match. */
const SCORE_KEY: readonly AnswerKeyPoint[] = [
  { signal: 'data-flow', level: 'L4', point: 'Counters per household.', lookFor: [['household', 'households'], ['one read', 'multi-get', 'batch']] },
  { signal: 'ownership', level: 'L5', point: 'Fail open.', lookFor: [['fail open', 'fail-open']] },
];
const scoreCase = (name: string, n: number, body: (n: number) => string): ScalingCase => ({
  name,
  n,
  build: (size) => answerHead + body(size) + '\n',
  run: (text) => scoreAnswer({ answer: text as string, prompt: { id: 'ads/scaling', level: 'L5', template: 'system-design', answerKey: SCORE_KEY } }),
});

/** `unit` repeated until the text is `n` characters long. */
const repeatTo = (unit: (i: number) => string, n: number): string => {
  let out = '';
  for (let i = 0; out.length < n; i++) out += unit(i);
  return out;
};

export const SCALING_CASES: readonly ScalingCase[] = [
  // Prompt files.
  promptCase('prompt: ## heading with a long run of spaces', 64000, (n) => `## a${' '.repeat(n)}b`),
  promptCase('prompt: time-plan line with a long run of spaces', 64000, (n) => `## Time plan\n\n- a${' '.repeat(n)}b (5 min)x`),
  promptCase('prompt: time-plan line of repeated (1 min)', 8000, (n) => `## Time plan\n\n- a${' (1 min)'.repeat(n)}x`),
  {
    name: 'prompt view: table cell with a long run of spaces',
    n: 64000,
    build: (n) => `a${' '.repeat(n)}b`,
    run: (text) => tableCell(text as string),
  },
  {
    name: 'prompt view: rendered time plan with a long detail',
    // Small and batched: at 96,000 and 192,000 characters the strings the view builds outgrow the
    // CPU's cache, and the time per character steps up once (1.7x here, more on a loaded CI machine,
    // which read 3.6-7.7). Below that the time per character is flat (14-16 ns from 16,000 to 128,000).
    n: 32000,
    build: (n) => parsePromptFile({ file: 'p.md', text: `${promptHead}## Time plan\n\n- Requirements (5 min): a${' '.repeat(n)}b\n` }).prompt,
    run: (prompt) => renderPromptHtml(prompt as never, []),
  },
  // Answers.
  lintCase('answer: heading of [', 64000, (n) => `## ${'['.repeat(n)}`),
  lintCase('answer: heading of [a](', 64000, (n) => `## ${'[a]('.repeat(n)}`),
  lintCase('answer: heading of <', 64000, (n) => `## ${'<'.repeat(n)}`),
  lintCase('answer: heading with a long run of spaces', 64000, (n) => `## a${' '.repeat(n)}b`),
  lintCase('answer: continuation line of spaces', 256000, (n) => `Users: 10 million on Kafka.\n${' '.repeat(n)}x`),
  lintCase('answer: trade-off continuation line of spaces', 256000, (n) => `Users: 10.\n\n## Trade-offs\n\nWe chose Kafka over SQS.\n${' '.repeat(n)}x`),
  lintCase('answer: |$1 repeated on one line', 16000, (n) => `Users: 10.\n\n${'|$1'.repeat(n)}`),
  lintCase('answer: ${1: repeated unclosed', 16000, (n) => `Users: 10.\n\n${'${1:'.repeat(n)}`),
  lintCase('answer: Kafka then a long punctuation run', 64000, (n) => `Users: 10. Kafka${'.'.repeat(n)}x`),
  lintCase('answer: a long line of <', 64000, (n) => `Users: 10.\n\n<div>\n${'<'.repeat(n)}\n</div>`),
  lintCase('answer: repeated unclosed disable comments', 4000, (n) => `Users: 10.\n\n${'<!-- design-practice-disable SD001 '.repeat(n)}`),
  lintCase('answer: paragraph of technology mentions', 4000, (n) => `Users: 10.\n\n${'Kafka Redis\n'.repeat(n)}`),
  lintCase('answer: many disable ranges', 1000, (n) => `Users: 10.\n\n${'<!-- design-practice-disable-next-line SD004 -->\nKafka TODO\n\n'.repeat(n)}`),
  {
    name: 'answer: front matter with many keys',
    n: 500,
    build: (n) => `---\ntemplate: system-design\n${Array.from({ length: n }, (_, i) => `key${i}: ${i}`).join('\n')}\n---\n## Requirements\n\n10 users\n`,
    run: (text) => lint(text as string),
  },
  {
    // Issue 17: a YAML error is placed at the construct left open, found by a second walk.
    name: 'answer: front matter with an unclosed list before many keys',
    n: 500,
    build: (n) => `---\ntags: [a, b\n${Array.from({ length: n }, (_, i) => `key${i}: ${i}`).join('\n')}\n---\n## Requirements\n\n10 users\n`,
    run: (text) => lint(text as string),
  },
  {
    name: 'answer: front matter with a long unclosed quoted string',
    n: 32000,
    build: (n) => `---\ntitle: '${"a''\\".repeat(n)}\nkey: 1\n---\n## Requirements\n\n10 users\n`,
    run: (text) => lint(text as string),
  },
  {
    // Issue 17, item 12: the answer's ids are read from the whole front matter block, however long.
    name: 'answer header: the ids from a front matter of many lines',
    n: 4000,
    build: (n) => `---\nprompt: ads/frequency-capping\ntemplate: system-design\nnotes:\n${'  - a line of notes\n'.repeat(n)}---\n## Requirements\n\n${'10 users\n'.repeat(n)}`,
    run: (text) => readAnswerHeader(text as string).promptId,
  },
  {
    name: 'practice: recording into front matter with many keys',
    n: 250,
    build: (n) => `---\ntemplate: system-design\n${Array.from({ length: n }, (_, i) => `key${i}: ${i}`).join('\n')}\n---\n## Requirements\n`,
    run: (text) => recordPractice(text as string, { started: '2026-01-01T00:00:00Z', minutesTotal: 1, phases: [] }),
  },
  // Follow-up probes (issue 10).
  promptCase('prompt: follow-up with a long run of spaces', 64000, (n) => `## Follow-ups\n\n- a${' '.repeat(n)}b`),
  probeCase('probes: Requirements line of "1 "', 16000, (n) => `## Requirements\n\n${'1 '.repeat(n)}`),
  probeCase('probes: Requirements line of "1,1"', 16000, (n) => `## Requirements\n\n${'1,1'.repeat(n)}`),
  probeCase('probes: Architecture line of capitalised words', 16000, (n) => `## Architecture\n\n${'Ab '.repeat(n)}`),
  probeCase('probes: Architecture line of "eventual "', 64000, (n) => `## Architecture\n\n${'eventual '.repeat(n)}`),
  probeCase('probes: Evaluation line of "NDCG@"', 16000, (n) => `## Evaluation\n\n${'NDCG@'.repeat(n)}`),
  probeCase('probes: a long sentence before a technology, quoted', 16000, (n) => `## Architecture\n\n${'[a](b) '.repeat(n)}Redis.`),
  probeCase('probes: many component mentions (drill on many components, issue 17)', 4000, (n) => `## Architecture\n\n${Array.from({ length: n }, (_, i) => `- The c${i} service stores it.`).join('\n')}`),
  probeCase('probes: a line of rejecting cues ("rather than over without ")', 8000, (n) => `## Architecture\n\n${'rather than over without like '.repeat(n)}Redis.`),
  probeCase('probes: a line of question marks and dots', 16000, (n) => `## Architecture\n\n${'a?.'.repeat(n)}`),
  probeCase('probes: a table row with many cells under an Alternative header', 32000, (n) => `## Architecture\n\n| Decision | Chosen | Alternative |\n|---|---|---|\n${'| a '.repeat(n)}|`),
  probeCase('probes: a line of arguments against ("adds complexity, ")', 8000, (n) => `## Architecture\n\n${'Kafka adds complexity, '.repeat(n)}`),
  probeCase('probes: a line of "approach (" references', 8000, (n) => `## Architecture\n\n${'approach (Redis) '.repeat(n)}`),
  probeCase('probes: a line of harm argued against ("X, which caused problems, ")', 8000, (n) => `## Architecture\n\n${'Kafka, which caused the problems, '.repeat(n)}`),
  probeCase('probes: a line of "caused a b c d" without a harm', 8000, (n) => `## Architecture\n\n${'caused a b c d '.repeat(n)}`),
  probeCase('probes: a line of history sentences ("Redis evolved. ")', 8000, (n) => `## Architecture\n\n${'Redis evolved a b. '.repeat(n)}`),
  probeCase('probes: an ML line of labels before calibration', 8000, (n) => `## Evaluation\n\n${'labels a calibrat '.repeat(n)}`),
  probeCase('probes: many follow-up questions', 2000, (n) => `## Follow-ups\n\n${'### Q: Why?\n\nBecause.\n\n'.repeat(n)}`),
  // Issue 17, item 1: many Follow-ups sections, read by every path that reads the questions.
  lintCase('answer: many ## Follow-ups sections (lint, SD011)', 4000, (n) => '## Follow-ups\n\n### Q: Why?\n\n'.repeat(n)),
  probeCase('probes: many ## Follow-ups sections (drill)', 4000, (n) => '## Follow-ups\n\n### Q: Why?\n\nBecause.\n\n'.repeat(n)),
  {
    name: 'drill: probes of an answer with many sections and mentions, as the CLI prints them',
    n: 1000,
    build: (n) => probeHead + Array.from({ length: n }, (_, i) => `## Part ${i}\n\n- We use Redis for c${i}, 10 million users.\n`).join('\n'),
    run: (text) => probesFor(text as string).map(toJson),
  },
  {
    name: 'debrief: follow-ups of an answer with many ## Follow-ups sections, grouped by signal',
    n: 4000,
    build: (n) => analyze(`${answerHead}${'## Follow-ups\n\n### Q: Why <primary>?\n\nBecause.\n\n'.repeat(n)}`).answer,
    run: (answer) => {
      const followUps = readFollowUps(answer as never);
      const asked = followUps.map((f, i) => ({ question: `${f.question} ${i}`, signal: 'ownership' }));
      return buildDebrief({ signals: [{ id: 'ownership', title: 'Ownership' }], findings: [], asked, followUps });
    },
  },
  {
    name: 'follow-up insertion (Ask Me a Follow-up): an answer with many ## Follow-ups sections',
    n: 8000,
    build: (n) => {
      const text = `${answerHead}${'## Follow-ups\n\n### Q: Why?\n\nBecause.\n\n'.repeat(n)}`;
      return [analyze(text).answer, text];
    },
    run: (input) => {
      const [answer, text] = input as [never, string];
      return addFollowUpQuestion(answer, text, 'And then?');
    },
  },
  {
    name: 'sections: readings of an answer with many headings',
    n: 2000,
    build: (n) => answerHead + Array.from({ length: n }, (_, i) => `## Architecture part ${i}\n\nText.\n`).join('\n'),
    run: (text) => sectionReadings(text as string),
  },
  {
    name: 'config: loading a long technology list, then linting an answer that names them',
    n: 2000,
    build: (n) => {
      const technologies = Array.from({ length: n }, (_, i) => `Tech${i}`);
      return [{ technologies }, `${answerHead}- 10 users\n\n## Architecture\n\n${technologies.map((t) => `- ${t} stores it.`).join('\n')}\n`];
    },
    run: (input) => {
      const [config, text] = input as [object, string];
      return lint(text, resolveConfig(config, RULES).config);
    },
  },
  // Configuration (issue 17): thousands of user aliases sharing a word with thousands of headings.
  {
    name: 'config: user aliases sharing a word with every heading, matched',
    n: 2000,
    build: (n) => [Array.from({ length: n }, (_, i) => `alpha w${i}`), Array.from({ length: n }, (_, i) => `alpha x${i}`)],
    run: (input) => {
      const [aliases, headings] = input as [string[], string[]];
      const matcher = createSectionMatcher(SYSTEM_DESIGN, { requirements: aliases });
      for (const heading of headings) matcher.match(heading);
    },
  },
  {
    name: 'config: loading many user aliases, then linting an answer with as many headings',
    n: 2000,
    build: (n) => [{ aliases: { requirements: Array.from({ length: n }, (_, i) => `alpha w${i}`) } }, Array.from({ length: n }, (_, i) => `## alpha x${i}`).join('\n')],
    run: (input) => {
      const [config, text] = input as [object, string];
      return lint(text, resolveConfig(config, RULES).config);
    },
  },
  {
    name: 'cli: stylish output of a message with a long run of spaces, and many findings',
    n: 32000,
    build: (n) => [{ file: 'a.md', fixed: 0, findings: [...Array.from({ length: n / 16 }, (_, i): Finding => ({ ...FINDING, line: i + 1 })), { ...FINDING, message: `a${' '.repeat(n)}b` }] }],
    run: (results) => stylish(results as never, { rules: RULES, fileCount: 1, version: '0', cwd: '/' }),
  },
  // Issue 16: the scorecard reads every statement with every judge and matches the answer key.
  scoreCase('score: a realistic answer repeated to 64 KB', 64 * 1024, (n) =>
    repeatTo(
      (i) =>
        i % 12 === 0
          ? `\n## ${['Architecture', 'Trade-offs', 'Operability', 'Write path', 'Data model'][i % 5]} ${i}\n\n`
          : `- The ${i} service reads the household counters from Redis in one read, because p99 must stay under 50 ms at 10 million users; we chose fixed buckets over sliding windows, which costs 2x memory, and alert when errors exceed 1% for 5 minutes, then roll back.\n`,
      n,
    ),
  ),
  scoreCase('score: one line of comma-separated digits', 64 * 1024, (n) => `- ${'1,'.repeat(n / 2)} users`),
  scoreCase('score: one line of words without a stop', 64 * 1024, (n) => `- ${repeatTo((i) => ['alert ', 'household ', 'fail ', 'vs ', 'then ', '-> ', 'because ', 'p99 '][i % 8], n)}`),
  scoreCase('score: a table of many rows', 64 * 1024, (n) => `| Option | Trade-off | When |\n|---|---|---|\n${repeatTo((i) => `| Redis ${i} | costs memory | when traffic doubles |\n`, n)}`),
  scoreCase('score: deeply nested list of choices', 32 * 1024, (n) => repeatTo((i) => `${'  '.repeat(i % 40)}- option ${i} vs other: cheaper but slower\n`, n)),
  // Issue 22: Mermaid diagrams, 128 KB at n.
  diagramCase('diagram: 128 KB flowchart block of labelled nodes, arrows and subgraphs', 128 * 1024, (n) =>
    'flowchart LR\n' + repeatTo((i) => (i % 50 === 0 ? `subgraph g${i} [Group ${i}]\n` : i % 50 === 49 ? 'end\n' : `  n${i}[Service ${i}] -->|reads| n${i + 1}[(Store ${i + 1})]\n`), n),
  ),
  diagramCase('diagram: 128 KB sequence block of messages', 128 * 1024, (n) => 'sequenceDiagram\n' + repeatTo((i) => `  P${i % 300}->>+P${(i + 1) % 300}: request ${i}\n`, n)),
  diagramCase('diagram: one line of a 128 KB chain of arrows', 128 * 1024, (n) => 'flowchart LR\n' + repeatTo((i) => `n${i}[Node ${i}] --> `, n) + 'end1'),
  diagramCase('diagram: one line of arrow text that never ends', 128 * 1024, (n) => 'flowchart LR\nA' + ' -- x'.repeat(n / 5)),
  diagramCase('diagram: one line of & joined nodes', 128 * 1024, (n) => 'flowchart LR\n' + repeatTo((i) => `n${i} & `, n) + 'z --> y'),
  diagramCase('diagram: one line of unclosed labels and quotes', 128 * 1024, (n) => 'flowchart LR\n' + 'A["'.repeat(n / 3)),
  diagramCase('diagram: sequence line of dashes', 128 * 1024, (n) => 'sequenceDiagram\n' + 'a'.repeat(8) + '-'.repeat(n)),
  {
    name: 'diagram: Architecture line of named components beside a diagram (SD012)',
    n: 32000,
    build: (n) => `${answerHead}- 10 million users\n\n## Architecture\n\n- ${repeatTo((i) => `Part${i} service feeds the x${i} cache, `, n)}\n\n\`\`\`mermaid\ngraph LR\n  a[Ad server] --> b[Cap]\n\`\`\`\n`,
    run: (text) => lint(text as string),
  },
  // Issue 16: a long quote shown in the debrief, with many bold and code markers and one cut off.
  {
    name: 'score: a long quote with many bold and code markers, as the debrief shows it',
    n: 512 * 1024,
    build: (n) => `Scale:** ${'a **b** `c` d_e '.repeat(n / 16)}`,
    run: (quote) => displayQuote(quote as string),
  },
];

const FINDING: Finding = { ruleId: 'SD004', ruleName: 'placeholder-left', severity: 'warning', message: 'TODO left', line: 1, column: 1, endLine: 1, endColumn: 2 };

/**
 * A full garbage collection before each timed call, so one size does not pay for the other's garbage
 * (the collector's pauses are what makes timings on a busy machine noisy).
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/**
 * CPU time of this thread in milliseconds where Node can tell it, else of the process. CPU time, not
 * wall-clock time: on a machine shared with other work the process is descheduled for longer than a
 * short run takes, which would land on either size at random.
 */
const cpuNow: () => number = (() => {
  const thread = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  const usage = thread ? () => thread.call(process) : () => process.cpuUsage();
  return () => {
    const u = usage();
    return (u.user + u.system) / 1000;
  };
})();

/** The fastest of `runs` calls of `fn`, in milliseconds of CPU time. */
function fastest(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = cpuNow();
    fn();
    best = Math.min(best, cpuNow() - start);
  }
  return best;
}

/** A batch of calls at the smallest size lasts at least this long, and has at most this many calls. */
const MIN_BATCH_MS = 8;
const MAX_BATCH = 64;

/**
 * How the time of `c` grows when its input doubles, from n/2 to n and from n to 2n: the fastest of
 * several runs at each size, after a warm-up of all three, so the JIT and a busy machine reach them
 * alike. Each ratio is about 2 when time grows linearly and 4 when it grows quadratically; `ratio` is
 * the smaller one. Quadratic growth lifts both, while a one-off step in the time per character (the
 * strings outgrow a CPU cache, the heap grows into a costlier garbage collection) lifts only the
 * doubling it falls in, and where it falls depends on the machine. `scale` multiplies the case's own n.
 */
export function scalingRatio(
  c: ScalingCase,
  scale = 1,
  runs = 5,
): { ratio: number; half: number; small: number; large: number } {
  const n = Math.max(2, Math.round(c.n * scale));
  const halfInput = c.build(Math.round(n / 2));
  const small = c.build(n);
  const large = c.build(2 * n);
  c.run(halfInput);
  c.run(small);
  c.run(large);
  // A call that takes a few milliseconds is timed as a batch, so that a timer tick or a scheduler
  // hiccup on a loaded machine is small beside it; both sizes run the same batch.
  const once = fastest(() => c.run(halfInput), 1);
  const reps = Math.min(MAX_BATCH, Math.max(1, Math.ceil(MIN_BATCH_MS / Math.max(once, 0.01))));
  const batch = (input: unknown) => () => {
    for (let i = 0; i < reps; i++) c.run(input);
  };
  const h = fastest(batch(halfInput), runs) / reps;
  const a = fastest(batch(small), runs) / reps;
  const b = fastest(batch(large), runs) / reps;
  const ratio = Math.min(a / Math.max(h, 1e-3), b / Math.max(a, 1e-3));
  return { ratio, half: h, small: a, large: b };
}
