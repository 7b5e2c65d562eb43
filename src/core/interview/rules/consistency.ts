import type { ProbeRule } from '../types';
import { firstMentions } from './firstMentions';

/**
 * A claim about consistency or staleness; a bare "consistency" (a topic heading, "consistent
 * hashing") is not a claim. Each alternative is a fixed phrase with at most a trailing
 * `\w*`, so a match is tried in constant time at each position.
 */
const CLAIM =
  /\b(?:(?:eventual|strong|weak|causal|sequential)(?:ly)?[- ]consisten\w*|inconsisten\w*|consistency (?:models?|guarantees?|levels?)|stale(?:ness)?|read[- ]your[- ](?:own[- ])?writes?|read[- ]after[- ]write|linearizab\w*|serializab\w*|last[- ]writer?[- ]wins?|quorums?|conflict[- ]resolution|CRDTs?|vector clocks?)\b/i;

/**
 * Words that make "stale" about something other than what a reader sees: training data waiting for
 * labels, an evaluation set ageing, a branch or a model. Looked for in the few words around it.
 */
const OTHER_STALENESS = /\b(?:training|trained|labels?|labell?ed|golden|eval\w*|test sets?|datasets?|branch\w*|models?|weights|checkpoints?)\b/i;

/** Whether the claim at `index` is about data a reader sees (not "training is always stale"). */
function aboutReaders(text: string, index: number, matched: string): boolean {
  if (!/^stale/i.test(matched)) return true;
  return !OTHER_STALENESS.test(text.slice(Math.max(0, index - 40), index + matched.length + 30));
}

/** At most this many claims are probed: the first ones made. */
const MAX = 2;

/**
 * A consistency or staleness claim: where a reader sees stale data, for how long, and who notices.
 * The seeds' interviewer asks "Why did you choose eventual consistency here?" One probe per claim
 * wording, at its first line.
 */
export const consistencyRule: ProbeRule = {
  id: 'consistency',
  description: 'A consistency or staleness claim: where a reader sees stale data, how long, who notices',
  signal: 'trade-offs',
  // A staleness bound stated ("stale for at most 5 seconds") answers how long, where and at what cost.
  answered: { patterns: [/\b(?:stale\w*|lag\w*|behind|out of date|consisten\w*)\b[^.;\n]{0,60}?\b(?:up to|at most|within|no more than|bounded by|under)[ \t]{1,4}(?:a |an |\d)/i], need: 1 },
  topic: /\b(?:stale\w*|inconsisten\w*|out of date)\b/i,
  find({ lines }) {
    return firstMentions(lines, CLAIM, (m) => m.toLowerCase().replace(/[- ]+/g, ' '), MAX, aboutReaders).map(({ line, column, text, subject }) => ({
      subject,
      line,
      column,
      question: `You wrote "${text}". Where exactly can a reader see stale or conflicting data, for how long at worst, who notices first, and what does that cost?`,
    }));
  },
};
