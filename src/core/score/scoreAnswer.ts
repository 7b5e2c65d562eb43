/**
 * The deterministic scorer: reads an answer the way the rubric says an interviewer listens, rates
 * each signal from the statements that show it, quotes them, says what is missing at the level asked
 * for, and checks the prompt's answer key. Pure and linear in the answer's length; never throws on
 * any text. `RubricAssessor` is the `Assessor` every other implementation falls back to.
 */
import { diagramDataFlow } from '../diagram/answerDiagrams';
import { SIGNALS, type SignalId } from '../interview/signals';
import { DEFAULT_TECHNOLOGIES } from '../lint/config';
import { tradeoffWithoutCost } from '../lint/rules/tradeoffWithoutCost';
import { unjustifiedTechnology } from '../lint/rules/unjustifiedTechnology';
import type { RuleContext, RuleReport } from '../lint/types';
import { matchAnswerKey } from './answerKeyMatch';
import { answerView, type AnswerView } from './answerView';
import { parseText, templateOf } from './readAnswer';
import { stringField } from '../answer/frontMatter';
import type { AnswerDocument } from '../answer/parseAnswer';
import type { Template } from '../answer/templates';
import type { JudgeContext, Judgement, SignalJudge } from './judge';
import { verdictFor } from './rubric';
import { dataFlowJudge } from './signals/dataFlow';
import { experienceJudge } from './signals/experience';
import { ownershipJudge } from './signals/ownership';
import { requirementsJudge } from './signals/requirements';
import { tradeOffsJudge } from './signals/tradeOffs';
import type { AssessRequest, Assessor, Gap, Rating, Scorecard, ScoreLevel, SignalScore } from './types';

/** The judges, one per signal, in `SIGNALS` order. */
export const JUDGES: readonly SignalJudge[] = [requirementsJudge, tradeOffsJudge, experienceJudge, dataFlowJudge, ownershipJudge];

/** A scorecard with what each judge counted, for tests and tuning. */
export interface ScoredAnswer {
  readonly scorecard: Scorecard;
  readonly facts: Readonly<Record<SignalId, Readonly<Record<string, number>>>>;
}

/** The scorecard of an answer. Never throws on any text. */
export function scoreAnswer(request: AssessRequest): Scorecard {
  return scoreAnswerWithFacts(request).scorecard;
}

/** `scoreAnswer`, with the counts each rating came from. */
export function scoreAnswerWithFacts(request: AssessRequest): ScoredAnswer {
  const { doc, template } = typeof request.answer === 'string' ? parseText(request.answer, request) : { doc: request.answer, template: templateOf(request.answer, request) };
  const view = answerView(doc);
  const context = judgeContext(view, template, request);
  const level = levelOf(request, doc);
  const judgements = JUDGES.map((j) => j.judge(context));
  const key = request.prompt?.answerKey && request.prompt.answerKey.length > 0 ? matchAnswerKey(view, request.prompt.answerKey) : undefined;
  const signals = SIGNALS.map((s, i): SignalScore => {
    const judgement = judgements[i];
    const keyGaps: Gap[] = (key?.missed ?? [])
      .filter((p) => p.signal === s.id)
      .map((p) => ({ point: p.point, why: p.level === 'L5' ? "The prompt's answer key expects a senior answer to raise it." : "The prompt's answer key expects it at the L4 bar.", level: p.level }));
    const keyEvidence = (key?.covered ?? [])
      .filter((p) => p.signal === s.id && p.line !== undefined && p.quote !== undefined)
      .map((p) => ({ line: p.line!, quote: p.quote!, why: `answer key: ${p.point}` }));
    const evidence = [...judgement.evidence];
    for (const e of keyEvidence) if (!evidence.some((x) => x.line === e.line)) evidence.push(e);
    evidence.sort((a, b) => a.line - b.line);
    const gaps = [...keyGaps, ...judgement.gaps].filter((g) => level === 'L5' || g.level === 'L4');
    return { id: s.id, rating: judgement.rating, evidence, gaps };
  });
  const ratings = Object.fromEntries(signals.map((s) => [s.id, s.rating])) as Record<SignalId, Rating>;
  const scorecard: Scorecard = { level, verdict: verdictFor(ratings), signals, ...(key ? { answerKey: key } : {}) };
  const facts = Object.fromEntries(SIGNALS.map((s, i) => [s.id, (judgements[i] as Judgement).facts])) as ScoredAnswer['facts'];
  return { scorecard, facts };
}

/**
 * The bar the gaps are shown against: `--level`, else the prompt's, else the answer's own `level:`
 * (an MLE loop is a senior one), else L4.
 */
export function levelOf(request: Pick<AssessRequest, 'level' | 'prompt'>, doc?: AnswerDocument): ScoreLevel {
  if (request.level) return request.level;
  const named = request.prompt?.level ?? (doc?.frontMatter?.data ? stringField(doc.frontMatter.data, 'level') : undefined);
  if (named === 'L5' || named === 'MLE') return 'L5';
  return 'L4';
}

function judgeContext(view: AnswerView, template: Template, request: AssessRequest): JudgeContext {
  const ruleContext: RuleContext = {
    answer: view.doc,
    template,
    requiredSections: new Set(template.sections.filter((s) => s.required).map((s) => s.id)),
    technologies: request.technologies ?? DEFAULT_TECHNOLOGIES,
  };
  const choicesWithoutCost: number[] = [];
  tradeoffWithoutCost.check(ruleContext, (r: RuleReport) => choicesWithoutCost.push(r.line));
  const unjustifiedTechnologies: { line: number; message: string }[] = [];
  unjustifiedTechnology.check(ruleContext, (r: RuleReport) => unjustifiedTechnologies.push({ line: r.line, message: r.message }));
  return { view, ml: template.id === 'ml-system-design', choicesWithoutCost, unjustifiedTechnologies, diagram: diagramDataFlow(view.doc) };
}

/** The deterministic assessor: the rubric's judges over the answer. */
export class RubricAssessor implements Assessor {
  readonly id = 'rubric';

  assess(request: AssessRequest): Promise<Scorecard> {
    return Promise.resolve(scoreAnswer(request));
  }
}

/** The one deterministic assessor; it holds no state. */
export const RUBRIC_ASSESSOR: Assessor = new RubricAssessor();

/** One thing to practise next: the signal, the gap and why it matters. */
export interface PractiseNext {
  readonly signal: SignalId;
  readonly rating: Rating;
  readonly point: string;
  readonly why: string;
}

/**
 * The one or two things to work on next: the weakest signals below the bar of the scorecard's level
 * (3 for L4, 4 for L5), each with its first gap (a missed answer-key point first).
 */
export function practiseNext(card: Scorecard, max = 2): PractiseNext[] {
  const bar = card.level === 'L5' ? 4 : 3;
  return card.signals
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.rating < bar && s.gaps.length > 0)
    .sort((a, b) => a.s.rating - b.s.rating || a.order - b.order)
    .slice(0, max)
    .map(({ s }) => ({ signal: s.id, rating: s.rating, point: s.gaps[0].point, why: s.gaps[0].why }));
}
