/** `design-practice score`: the scorecard an interviewer would write about an answer. */
import * as path from 'node:path';
import { readAnswerHeader } from '../../core/answer/parseAnswer';
import { isValidPromptId } from '../../core/catalog/ids';
import type { Prompt } from '../../core/catalog/prompt';
import { SIGNALS } from '../../core/interview/signals';
import { answerKeyShown, attemptRecorded, practiseNext, scoreAnswer, type AssessRequest, type KeyPointResult, type Scorecard, type ScoreLevel } from '../../core/score';
import { loadCliCatalog, unknownPromptMessage } from '../catalog';
import { ConfigFinder, configProblemMessages, loadConfigFile } from '../config';
import { readTextFile } from '../files';
import { parseCommandArgs, UsageError, type Command } from './args';

export const scoreCommand: Command = {
  name: 'score',
  summary: 'Score your answer on the five signals, with the lines that show each',
  usage: `Usage: design-practice score <answer.md> [options]

Prints the scorecard an interviewer would write about your answer: each signal (requirements,
trade-offs, experience, data flow, ownership) rated 1-4 with the lines that show it, quoted, and
what is missing at the level; the verdict (below L4, L4 or L5); the one or two things to practise
next. Ratings: 1 absent, 2 in passing, 3 the L4 bar, 4 the L5 bar. When the answer's prompt has an
answer key, the points it covers and misses are listed once you have recorded an attempt (a timed
practice or a mock interview in the answer's front matter), or with --answer-key.

Options:
  -p, --prompt <id>     The prompt the answer is to (default: the answer's "prompt:" front matter);
                        an answer to no known prompt is scored without an answer key
  -l, --level <level>   The bar to show gaps against: L4 or L5 (default: the prompt's level, an MLE
                        prompt counting as L5, else the answer's "level:", else L4)
  -k, --answer-key      Show the answer key's covered and missed points even before an attempt
  -f, --format <name>   Output format: text (default) or json ({"level","verdict","signals":
                        [{"id","rating","evidence":[{"line","quote","why"}],"gaps":[{"point","why",
                        "level"}]}],"answerKey":{"covered","missed"}}; line is 1-based)
      --json            Same as --format json
  -c, --config <file>   Use this configuration file instead of the nearest .design-practice.json
                        above the answer (its technologies and aliases are used)
      --prompts <dir>   Also load the prompt files (*.md) in this folder; repeat for more folders
  -h, --help            Show this help

Exit status: 0 when the answer clears the bar of its level, 1 when it does not, 2 on a usage
error, an unknown --prompt id, or an answer or configuration file that cannot be read.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      prompt: { type: 'string', short: 'p' },
      level: { type: 'string', short: 'l' },
      'answer-key': { type: 'boolean', short: 'k', default: false },
      format: { type: 'string', short: 'f' },
      json: { type: 'boolean', default: false },
      config: { type: 'string', short: 'c' },
      prompts: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.writeStdout(this.usage);
      return 0;
    }
    if (values.json && values.format !== undefined && values.format !== 'json') throw new UsageError(`--json and --format ${values.format} disagree: use one`);
    const format = values.json ? 'json' : (values.format ?? 'text');
    if (format !== 'text' && format !== 'json') throw new UsageError(`Unknown format ${JSON.stringify(format)}: use text or json`);
    if (values.level !== undefined && values.level !== 'L4' && values.level !== 'L5') throw new UsageError(`Unknown level ${JSON.stringify(values.level)}: use L4 or L5`);
    const level = values.level as ScoreLevel | undefined;
    if (positionals.length !== 1) throw new UsageError('score takes one answer file, e.g. design-practice score design-notes/platform/feature-flags.md');
    if (values.prompt !== undefined && !isValidPromptId(values.prompt)) {
      throw new UsageError(`${JSON.stringify(values.prompt)} is not a prompt id: run "design-practice prompts" for the ids`);
    }
    const answerFile = positionals[0];
    const abs = path.resolve(io.cwd, answerFile);
    const read = await readTextFile(io, abs);
    if (read.kind !== 'text') {
      io.writeStderr(`design-practice: ${answerFile}: ${read.kind === 'skipped' ? `not read: ${read.reason}` : read.reason}\n`);
      return 2;
    }
    const text = read.text;
    const loaded = values.config !== undefined ? await loadConfigFile(io, path.resolve(io.cwd, values.config)) : await new ConfigFinder(io).find(path.dirname(abs));
    if (loaded) {
      for (const m of configProblemMessages(loaded)) io.writeStderr(`${m}\n`);
      if (!loaded.ok) return 2;
    }

    const header = readAnswerHeader(text);
    const { catalog } = await loadCliCatalog(io, values.prompts);
    let prompt: Prompt | undefined;
    if (values.prompt !== undefined) {
      prompt = catalog.prompts.find((p) => p.id === values.prompt);
      if (!prompt) {
        io.writeStderr(`design-practice: ${unknownPromptMessage(catalog, values.prompt)}\n`);
        return 2;
      }
      if (header.promptId && header.promptId !== prompt.id) io.writeStderr(`design-practice: warning: ${answerFile} is an answer to ${header.promptId}, not ${prompt.id}\n`);
    } else if (header.promptId) {
      prompt = catalog.prompts.find((p) => p.id === header.promptId);
      if (!prompt) io.writeStderr(`design-practice: warning: ${answerFile}: ${unknownPromptMessage(catalog, header.promptId)}; scored without an answer key\n`);
    }

    const request: AssessRequest = {
      answer: text,
      ...(prompt ? { prompt } : {}),
      ...(level ? { level } : {}),
      ...(loaded?.ok ? { technologies: loaded.config.technologies, aliases: loaded.config.aliases, defaultTemplate: loaded.config.defaultTemplate } : {}),
    };
    const hasKey = (prompt?.answerKey?.length ?? 0) > 0;
    const shown = hasKey && answerKeyShown(values['answer-key'] ? 'always' : 'afterAttempt', attemptRecorded(header.frontMatter?.data));
    // A hidden key is not only left out of the listing: its points would show through the gaps and
    // the evidence, so the hidden card is scored without it (the ratings do not depend on the key).
    const card = scoreAnswer(shown || !prompt ? request : { ...request, prompt: { ...prompt, answerKey: undefined } });
    const hidden = hasKey && !shown ? scoreAnswer(request).answerKey : undefined;

    io.writeStdout(format === 'json' ? `${JSON.stringify(card, null, 2)}\n` : textOutput(answerFile, prompt, card, hidden));
    return clearsBar(card) ? 0 : 1;
  },
};

/** Whether the verdict reaches the scorecard's level. */
export function clearsBar(card: Scorecard): boolean {
  return card.verdict === 'L5' || (card.verdict === 'L4' && card.level === 'L4');
}

const VERDICT_TEXT: Readonly<Record<Scorecard['verdict'], string>> = {
  'below L4': 'below L4: the answer does not clear the L4 bar yet',
  L4: 'L4: clears the L4 bar',
  L5: 'L5: clears the L5 bar',
};

const RATING_TEXT = ['', 'absent', 'in passing', 'the L4 bar', 'the L5 bar'];

function textOutput(file: string, prompt: Prompt | undefined, card: Scorecard, hiddenKey: Scorecard['answerKey']): string {
  const out: string[] = [];
  out.push(`${file}: scored at ${card.level}${prompt ? ` as an answer to ${prompt.id}` : ', answering no known prompt'}`);
  out.push(`Verdict: ${VERDICT_TEXT[card.verdict]}${clearsBar(card) ? '' : `, not ${card.level}`}`);
  for (const s of card.signals) {
    const title = SIGNALS.find((x) => x.id === s.id)?.title ?? s.id;
    out.push('', `${title}: ${s.rating}/4 (${RATING_TEXT[s.rating]})`);
    for (const e of s.evidence) out.push(`  line ${e.line}: "${e.quote}"`, `    ${e.why}`);
    if (s.evidence.length === 0) out.push('  no evidence in the answer');
    for (const g of s.gaps) out.push(`  missing (${g.level}): ${g.point}`, `    ${g.why}`);
  }
  if (card.answerKey) {
    const { covered, missed } = card.answerKey;
    out.push('', `Answer key: ${covered.length} of ${covered.length + missed.length} points covered`);
    for (const p of covered) out.push(`  covered ${pointText(p)}${p.line !== undefined ? ` (line ${p.line})` : ''}`);
    for (const p of missed) out.push(`  missed  ${pointText(p)}`);
  } else if (hiddenKey) {
    const total = hiddenKey.covered.length + hiddenKey.missed.length;
    out.push('', `Answer key: ${hiddenKey.covered.length} of ${total} points covered; the points are shown once you record an attempt, or with --answer-key`);
  }
  const next = practiseNext(card);
  if (next.length > 0) {
    out.push('', 'Practise next:');
    next.forEach((n, i) => out.push(`  ${i + 1}. ${SIGNALS.find((x) => x.id === n.signal)?.title ?? n.signal}: ${n.point}`, `     ${n.why}`));
  }
  return `${out.join('\n')}\n`;
}

function pointText(p: KeyPointResult): string {
  return `[${p.signal}]${p.level === 'L5' ? ' [L5]' : ''} ${p.point}`;
}
