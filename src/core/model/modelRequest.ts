/**
 * What is sent to a language model, built as plain text so the README can say exactly what leaves
 * the machine: the prompt (title, statement, answer key, follow-ups), the rubric, the answer with
 * its lines numbered, and the questions already asked. Nothing else (no file names, no other files,
 * no settings). The replies are read by `modelReply.ts`, which trusts none of it.
 */
import type { AnswerKeyPoint } from '../catalog/answerKey';
import type { PromptFollowUp } from '../catalog/followUps';
import { SIGNALS, SIGNAL_IDS } from '../interview/signals';
import { RUBRIC, VERDICT_RULE } from '../score/rubric';
import type { ScoreLevel } from '../score/types';

/** One message of a request; VS Code's stable API has user and assistant messages only. */
export interface ModelMessage {
  readonly role: 'user' | 'assistant';
  readonly text: string;
}

/** The part of a prompt a model is shown. */
export interface ModelPrompt {
  readonly title: string;
  readonly statement: string;
  readonly answerKey?: readonly AnswerKeyPoint[];
  readonly followUps?: readonly PromptFollowUp[];
}

/** The longest answer sent, in characters; a longer one is not sent at all (the built-in interviewer answers). */
export const MAX_ANSWER_CHARS = 60_000;

/** Whether an answer is short enough to send. */
export function fitsModel(lines: readonly string[]): boolean {
  let total = 0;
  for (const line of lines) {
    total += line.length + 1;
    if (total > MAX_ANSWER_CHARS) return false;
  }
  return true;
}

/** The answer with each line numbered from 1, as the model must cite it. */
export function numberedAnswer(lines: readonly string[]): string {
  return lines.map((line, i) => `${i + 1}| ${line}`).join('\n');
}

function promptText(prompt: ModelPrompt | undefined): string {
  if (!prompt) return 'Prompt: unknown.';
  const parts = [`Prompt: ${prompt.title}`, '', prompt.statement.trim()];
  if (prompt.answerKey && prompt.answerKey.length > 0) {
    parts.push('', 'Answer key (never read it out):');
    for (const p of prompt.answerKey) parts.push(`- [${p.signal}] [${p.level}] ${p.point}`);
  }
  if (prompt.followUps && prompt.followUps.length > 0) {
    parts.push('', "The prompt's follow-ups:");
    for (const f of prompt.followUps) parts.push(`- [${f.signal}] ${f.question}`);
  }
  return parts.join('\n');
}

const QUOTE_RULE = 'Copy each quote exactly from its numbered line (without the number): one that is not on its line is thrown away.';

function rubricText(): string {
  const parts = ['Signals and the rubric (ratings 1-4):'];
  for (const r of RUBRIC) {
    parts.push(`- ${r.id}: ${r.listensFor}`);
    for (const level of [1, 2, 3, 4] as const) parts.push(`  ${level}: ${r.levels[level]}`);
  }
  return parts.join('\n');
}

/**
 * The request for the next follow-up question: one question about one line of the answer, in a
 * fixed JSON shape. `asked` are the questions already asked, not to be repeated.
 */
export function interviewMessages(input: { readonly prompt?: ModelPrompt; readonly lines: readonly string[]; readonly asked: readonly string[] }): ModelMessage[] {
  const asked = input.asked.length > 0 ? input.asked.map((q) => `- ${q}`).join('\n') : '(none yet)';
  const text = [
    'You interview a candidate on system design. Ask ONE follow-up about something the answer says: a choice without its cost, a number that does not add up, an unhandled failure, a path not walked through.',
    '',
    'Reply with JSON only, no prose, in exactly this shape:',
    '{"question": "<one or two sentences, ending with ?>", "line": <the 1-based line number the question is about>, "quote": "<words copied exactly from that line>", "signal": "<one of ' + SIGNAL_IDS.join(', ') + '>"}',
    QUOTE_RULE,
    '',
    promptText(input.prompt),
    '',
    SIGNALS.map((s) => `- ${s.id}: ${s.description}`).join('\n'),
    '',
    'Questions already asked (do not repeat them):',
    asked,
    '',
    'The answer, numbered by line:',
    numberedAnswer(input.lines),
  ].join('\n');
  return [{ role: 'user', text }];
}

/** The request for an assessment in the scorecard's JSON shape, against `level`'s bar. */
export function assessMessages(input: { readonly prompt?: ModelPrompt; readonly lines: readonly string[]; readonly level: ScoreLevel }): ModelMessage[] {
  const text = [
    `Assess this system-design answer against the ${input.level} bar with the rubric below.`,
    '',
    'Reply with JSON only, no prose, in exactly this shape:',
    `{"level": "${input.level}", "verdict": "below L4" | "L4" | "L5", "signals": [{"id": "<signal>", "rating": <1-4>, "evidence": [{"line": <1-based line>, "quote": "<words copied exactly from that line>", "why": "<a few words>"}], "gaps": [{"point": "<what is missing>", "why": "<why an interviewer misses it>", "level": "L4" | "L5"}]}]}`,
    `Signals in this order: ${SIGNAL_IDS.join(', ')}.`,
    QUOTE_RULE,
    '',
    rubricText(),
    '',
    'Verdicts:',
    ...Object.entries(VERDICT_RULE).map(([v, rule]) => `- ${v}: ${rule}`),
    '',
    promptText(input.prompt),
    '',
    'The answer, numbered by line:',
    numberedAnswer(input.lines),
  ].join('\n');
  return [{ role: 'user', text }];
}
