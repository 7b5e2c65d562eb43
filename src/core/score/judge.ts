/**
 * What a signal's judge reads and returns. A judge is data plus one pure function, like a lint
 * rule: it reads the candidate's statements (`AnswerView`), counts what the rubric counts as
 * evidence, and rates the signal on the rubric's absolute scale with the quotes that show it and the
 * gaps that keep it from the next rating.
 */
import type { DiagramArrow, DiagramComponent } from '../diagram/answerDiagrams';
import type { SignalId } from '../interview/signals';
import { quoteAt, type AnswerView, type Place } from './answerView';
import type { Evidence, Gap, Rating } from './types';

/** Everything a judge may look at. */
export interface JudgeContext {
  readonly view: AnswerView;
  /** Whether the answer is an ML system design (its template or its prompt's). */
  readonly ml: boolean;
  /** 0-based lines of SD006 findings: a choice stated without its cost. */
  readonly choicesWithoutCost: readonly number[];
  /** SD007 findings: a technology named without a reason, by 0-based line. */
  readonly unjustifiedTechnologies: readonly { readonly line: number; readonly message: string }[];
  /** What the answer's diagrams draw. */
  readonly diagram: { readonly components: readonly DiagramComponent[]; readonly arrows: readonly DiagramArrow[] };
}

/** A judge's verdict on one signal. `facts` are the counts the rating came from, for tests and tuning. */
export interface Judgement {
  readonly rating: Rating;
  readonly evidence: readonly Evidence[];
  readonly gaps: readonly Gap[];
  readonly facts: Readonly<Record<string, number>>;
}

/** One signal's judge. */
export interface SignalJudge {
  readonly id: SignalId;
  judge(context: JudgeContext): Judgement;
}

/** Most pieces of evidence a scorecard shows per signal. */
export const MAX_EVIDENCE = 4;

/** A candidate piece of evidence: where, why, and how strong (higher shows first). */
export interface Found {
  readonly place: Place;
  readonly why: string;
  readonly strength: number;
}

/**
 * Collects candidate evidence without keeping thousands of them: per strength, the first few in
 * file order are all `pickEvidence` can show.
 */
export class Evidences {
  private readonly byStrength = new Map<number, Found[]>();

  push(found: Found): void {
    let list = this.byStrength.get(found.strength);
    if (!list) this.byStrength.set(found.strength, (list = []));
    // One more than shown, so a line already taken by stronger evidence still leaves enough.
    if (list.length < MAX_EVIDENCE * 2) list.push(found);
  }

  /** The kept candidates, in the order they were found within each strength. */
  all(): Found[] {
    return [...this.byStrength.values()].flat();
  }
}

/**
 * The evidence to show: the strongest `MAX_EVIDENCE` of `found`, one per line, in file order, each
 * quoted verbatim from its line (1-based in the result).
 */
export function pickEvidence(view: AnswerView, evidences: Evidences, max = MAX_EVIDENCE): Evidence[] {
  const ranked = evidences
    .all()
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.strength - a.f.strength || a.f.place.line - b.f.place.line || a.i - b.i);
  const lines = new Set<number>();
  const out: { line: number; quote: string; why: string }[] = [];
  for (const { f } of ranked) {
    if (out.length >= max) break;
    if (lines.has(f.place.line)) continue;
    const quote = quoteAt(view, f.place.line, f.place.start, f.place.end);
    if (!quote) continue;
    lines.add(f.place.line);
    out.push({ line: f.place.line + 1, quote, why: f.why });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** A gap, at the bar that expects it. */
export function gap(point: string, why: string, level: 'L4' | 'L5'): Gap {
  return { point, why, level };
}

/** Clamps to the rubric's scale. */
export function rating(n: number): Rating {
  return (n <= 1 ? 1 : n >= 4 ? 4 : Math.round(n)) as Rating;
}
