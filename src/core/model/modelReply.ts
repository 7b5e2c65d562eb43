/**
 * Reads what a language model replied, trusting none of it. A follow-up question must cite a line
 * of the answer and quote it verbatim; a scorecard must have the scorecard's shape, ratings that are
 * integers 1-4 and evidence quoted verbatim on its line (evidence that is not is dropped, and said
 * so). Whatever fails here is not shown: the caller falls back to the deterministic interviewer or
 * scorer. Pure: the text in, a value or the reason out.
 */
import { questionKey } from '../answer/followUps';
import type { Probe } from '../interview/types';
import { isSignalId, SIGNAL_IDS, type SignalId } from '../interview/signals';
import { scorecardProblems } from '../score/checkScorecard';
import { verdictFor } from '../score/rubric';
import type { Evidence, Gap, KeyPointResult, Rating, Scorecard, ScoreLevel, SignalScore } from '../score/types';

/** A model's reply read, or why it cannot be used. */
export type ModelReading<T> = { readonly ok: T } | { readonly problem: string };

/** The longest question taken from a model, in characters. */
export const MAX_MODEL_QUESTION = 400;

/** The shortest quote taken as a citation (a word or two, not a stray letter). */
const MIN_QUOTE = 4;

/**
 * The JSON object in a reply: the text from its first `{` to its last `}`, so a model that wraps
 * it in a code fence or a sentence is still read. Linear in the reply's length.
 */
export function readJsonObject(reply: string): ModelReading<Record<string, unknown>> {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end < start) return { problem: 'the reply holds no JSON object' };
  let value: unknown;
  try {
    value = JSON.parse(reply.slice(start, end + 1));
  } catch {
    return { problem: 'the reply is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'the reply is not a JSON object' };
  return { ok: value as Record<string, unknown> };
}

/** Why a quote of line `line` (1-based) cannot be taken, or undefined when it is verbatim there. */
function quoteProblem(line: unknown, quote: unknown, lines: readonly string[]): string | undefined {
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > lines.length) {
    return `line ${JSON.stringify(line)} is not a line of the answer (1-${lines.length})`;
  }
  if (typeof quote !== 'string' || quote.trim().length < MIN_QUOTE) return `the quote of line ${line} is missing or too short`;
  if (!lines[line - 1].includes(quote)) return `${JSON.stringify(quote)} is not on line ${line}`;
  return undefined;
}

/** An id that stays the same for the same question, so it is not asked twice. */
function modelProbeId(question: string): string {
  return `model:${questionKey(question).slice(0, 80)}`;
}

/**
 * Reads a follow-up question from a model's reply (`interviewMessages`' shape). The probe's line is
 * 0-based, as every probe's; `by` names the model. A question already asked is refused too.
 */
export function readModelQuestion(reply: string, lines: readonly string[], asked: readonly string[], by: string): ModelReading<Probe> {
  const json = readJsonObject(reply);
  if ('problem' in json) return json;
  const { question, line, quote, signal } = json.ok;
  if (typeof question !== 'string' || !question.includes('?')) return { problem: 'the reply has no question' };
  const text = question.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_MODEL_QUESTION) return { problem: `the question is ${text.length} characters long (at most ${MAX_MODEL_QUESTION})` };
  const bad = quoteProblem(line, quote, lines);
  if (bad) return { problem: bad };
  if (typeof signal !== 'string' || !isSignalId(signal)) return { problem: `signal ${JSON.stringify(signal)} is not one of ${SIGNAL_IDS.join(', ')}` };
  const key = questionKey(text);
  if (asked.some((q) => questionKey(q) === key)) return { problem: 'the question was asked already' };
  return { ok: { id: modelProbeId(text), question: text, source: 'answer', line: (line as number) - 1, quote: quote as string, signal, by } };
}

/** A scorecard read from a model, with the claims dropped: quotes not verbatim, a verdict the rubric's rule overrules. */
export interface ModelScorecard {
  readonly card: Scorecard;
  /** One sentence per dropped claim, naming it and why. */
  readonly dropped: readonly string[];
}

const isRating = (v: unknown): v is Rating => v === 1 || v === 2 || v === 3 || v === 4;
const isLevel = (v: unknown): v is ScoreLevel => v === 'L4' || v === 'L5';
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Reads a scorecard from a model's reply (`assessMessages`' shape) for an answer of `lines`,
 * asked against `level`. The model rates; the verdict is the rubric's rule over its ratings (a
 * model's verdict that disagrees is not taken, and is listed among the dropped claims). Evidence and covered answer-key points whose quote
 * is not verbatim on their line are dropped; a missing signal, a rating that is not an integer 1-4
 * or any other problem `scorecardProblems` names makes the whole reply unusable.
 */
export function readModelScorecard(reply: string, lines: readonly string[], level: ScoreLevel): ModelReading<ModelScorecard> {
  const json = readJsonObject(reply);
  if ('problem' in json) return json;
  const dropped: string[] = [];
  const rawSignals = list(json.ok.signals).map(record);
  const signals: SignalScore[] = [];
  for (const id of SIGNAL_IDS) {
    const raw = rawSignals.find((s) => s.id === id);
    if (!raw) return { problem: `the signal ${id} is missing` };
    if (!isRating(raw.rating)) return { problem: `${id}: rating ${JSON.stringify(raw.rating)} is not an integer 1-4` };
    const evidence: Evidence[] = [];
    for (const e of list(raw.evidence).map(record)) {
      const bad = quoteProblem(e.line, e.quote, lines);
      if (bad) dropped.push(`${id}: ${bad}`);
      else evidence.push({ line: e.line as number, quote: e.quote as string, why: str(e.why) });
    }
    const gaps: Gap[] = list(raw.gaps)
      .map(record)
      .filter((g) => str(g.point) !== '')
      .map((g) => ({ point: str(g.point), why: str(g.why), level: isLevel(g.level) ? g.level : level }));
    signals.push({ id, rating: raw.rating, evidence, gaps });
  }
  const ratings = Object.fromEntries(signals.map((s) => [s.id, s.rating])) as Record<SignalId, Rating>;
  const verdict = verdictFor(ratings);
  const claimed = json.ok.verdict;
  if (claimed !== undefined && claimed !== verdict) dropped.push(`verdict ${JSON.stringify(claimed)}: the rubric's rule over the ratings gives ${verdict}`);
  const card: Scorecard = { level, verdict, signals, ...answerKeyOf(json.ok.answerKey, lines, dropped) };
  const problems = scorecardProblems(card, lines);
  if (problems.length > 0) return { problem: problems[0] };
  return { ok: { card, dropped } };
}

function answerKeyOf(raw: unknown, lines: readonly string[], dropped: string[]): Pick<Scorecard, 'answerKey'> {
  if (raw === undefined) return {};
  const point = (p: Record<string, unknown>): KeyPointResult | undefined => {
    const signal = str(p.signal);
    if (!isSignalId(signal) || str(p.point) === '') return undefined;
    return { signal, level: isLevel(p.level) ? p.level : 'L4', point: str(p.point) };
  };
  const covered: KeyPointResult[] = [];
  for (const p of list(record(raw).covered).map(record)) {
    const base = point(p);
    if (!base) continue;
    const bad = quoteProblem(p.line, p.quote, lines);
    if (bad) dropped.push(`answer key "${base.point}": ${bad}`);
    else covered.push({ ...base, line: p.line as number, quote: p.quote as string });
  }
  const missed = list(record(raw).missed)
    .map(record)
    .map(point)
    .filter((p): p is KeyPointResult => p !== undefined);
  return { answerKey: { covered, missed } };
}
