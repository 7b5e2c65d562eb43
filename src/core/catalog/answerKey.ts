/**
 * A prompt's `## Answer key`: the points a strong answer to this prompt covers, each tagged with the
 * signal it shows and, with `[L5]`, that only a senior answer is expected to raise it.
 *
 * ```md
 * - [data-flow] Counters live per household in a low-latency store, read once per decision.
 *   Look for: household; one read | single read | multi-get
 * ```
 *
 * `Look for:` is data, not a pattern: groups separated by `;`, alternatives inside a group by `|`.
 * The point is covered when every group has an alternative among the answer's words (whole words,
 * any case).
 */
import type { SignalId } from '../interview/signals';

/** One answer-key point. */
export interface AnswerKeyPoint {
  readonly signal: SignalId;
  /** `L5` when only a senior answer is expected to raise it; `L4` (untagged) otherwise. */
  readonly level: 'L4' | 'L5';
  /** The point, one sentence. */
  readonly point: string;
  /** How to recognise it: every group needs one of its alternatives. Lower-case, single-spaced. */
  readonly lookFor: readonly (readonly string[])[];
}
