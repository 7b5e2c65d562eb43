/**
 * The scorecard: what an interviewer would write after reading an answer. Every claim carries a
 * verbatim quote of the answer's line, every gap says what is missing and why it matters, and the
 * ratings sit on the absolute 1-4 scale of `RUBRIC`. The deterministic scorer and any
 * language-model assessor return this same shape (`design-practice score --format json` prints it).
 */
import type { AnswerDocument } from '../answer/parseAnswer';
import type { AnswerKeyPoint } from '../catalog/answerKey';
import type { Prompt } from '../catalog/prompt';
import type { SignalId } from '../interview/signals';

/** The bar an answer is measured against. */
export type ScoreLevel = 'L4' | 'L5';

/** The levels a scorecard can be asked for, lowest first. */
export const SCORE_LEVELS: readonly ScoreLevel[] = ['L4', 'L5'];

/** Which bar the whole answer clears. */
export type Verdict = 'below L4' | 'L4' | 'L5';

/** A rating on the rubric's absolute scale: 1 absent, 2 in passing, 3 the L4 bar, 4 the L5 bar. */
export type Rating = 1 | 2 | 3 | 4;

/** One piece of evidence: `quote` is a verbatim substring of the answer's line `line` (1-based). */
export interface Evidence {
  readonly line: number;
  readonly quote: string;
  /** Why this counts for the signal, in a few words. */
  readonly why: string;
}

/** Something the answer does not show, why an interviewer would miss it, and the bar that expects it. */
export interface Gap {
  readonly point: string;
  readonly why: string;
  readonly level: ScoreLevel;
}

/** The scorecard's entry for one signal. */
export interface SignalScore {
  readonly id: SignalId;
  readonly rating: Rating;
  readonly evidence: readonly Evidence[];
  readonly gaps: readonly Gap[];
}

/** An answer-key point as the scorecard reports it; a covered point carries where it was found. */
export interface KeyPointResult {
  readonly signal: SignalId;
  readonly level: ScoreLevel;
  readonly point: string;
  /** 1-based line and verbatim quote of the first place the point is made (covered points). */
  readonly line?: number;
  readonly quote?: string;
}

/** The prompt's answer-key points the answer covers and misses. */
export interface AnswerKeyResult {
  readonly covered: readonly KeyPointResult[];
  readonly missed: readonly KeyPointResult[];
}

/** The whole scorecard. */
export interface Scorecard {
  /** The bar the gaps are shown against (`--level`, else the prompt's, else L4). */
  readonly level: ScoreLevel;
  readonly verdict: Verdict;
  /** One entry per signal, in `SIGNALS` order. */
  readonly signals: readonly SignalScore[];
  /** Present when the answer's prompt has an answer key. */
  readonly answerKey?: AnswerKeyResult;
}

/** The part of a prompt an assessor uses. */
export type AssessPrompt = Pick<Prompt, 'id' | 'level' | 'template'> & { readonly answerKey?: readonly AnswerKeyPoint[] };

/** What an assessor is asked to judge. */
export interface AssessRequest {
  /** The answer: its text, or the document already parsed. */
  readonly answer: string | AnswerDocument;
  /** The prompt it answers; absent for an answer to no known prompt (then no answer key). */
  readonly prompt?: AssessPrompt;
  /** The bar to show gaps against; default the prompt's level (MLE counts as L5), else L4. */
  readonly level?: ScoreLevel;
  /** Technologies and heading aliases, as the lint configuration has them. */
  readonly technologies?: readonly string[];
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Template for an answer whose front matter names none and whose prompt is unknown. */
  readonly defaultTemplate?: string;
}

/** Lets a caller give up on a slow assessor (a model); the deterministic one never waits. */
export interface AssessCancellation {
  readonly isCancellationRequested: boolean;
}

/**
 * Judges an answer and writes its scorecard. An implementation never throws for any answer text and
 * never returns a quote that is not verbatim on its line: on trouble it returns what the
 * deterministic scorer would.
 */
export interface Assessor {
  /** Short name for logs and the debrief: `rubric` for the deterministic one. */
  readonly id: string;
  assess(request: AssessRequest, cancellation?: AssessCancellation): Promise<Scorecard>;
}
