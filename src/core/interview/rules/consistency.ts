import type { ProbeRule } from '../types';
import { firstMentions } from './firstMentions';

/**
 * A claim about consistency or staleness; a bare "consistency" (a topic heading, "consistent
 * hashing") is not a claim. Each alternative is a fixed phrase with at most a trailing
 * `\w*`, so a match is tried in constant time at each position.
 */
const CLAIM =
  /\b(?:(?:eventual|strong|weak|causal|sequential)(?:ly)?[- ]consisten\w*|inconsisten\w*|consistency (?:models?|guarantees?|levels?)|stale(?:ness)?|read[- ]your[- ](?:own[- ])?writes?|read[- ]after[- ]write|linearizab\w*|serializab\w*|last[- ]writer?[- ]wins?|quorums?|conflict[- ]resolution|CRDTs?|vector clocks?)\b/i;

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
  find({ lines }) {
    return firstMentions(lines, CLAIM, (m) => m.toLowerCase().replace(/[- ]+/g, ' '), MAX).map(({ line, column, text, subject }) => ({
      subject,
      line,
      column,
      question: `You wrote "${text}". Where exactly can a reader see stale or conflicting data, for how long at worst, who notices first, and what does that cost?`,
    }));
  },
};
