import type { ProbeRule } from '../types';
import type { SignalId } from '../signals';
import { firstMentions } from './firstMentions';

/** A concept interviewers always probe once an answer raises it: where it is raised, and what examining it says. */
export interface Concept {
  readonly id: string;
  readonly description: string;
  readonly signal: SignalId;
  /** The concept raised in the candidate's own words (not global). */
  readonly raised: RegExp;
  /** The concept's bare name, to tell where the answer rejects it (not global); `raised` unless given. */
  readonly named?: RegExp;
  /** Words that show the answer already examined it; when any occurs in its lines, nothing is asked. */
  readonly examined: RegExp;
  readonly question: string;
  /** Asked only of ML answers. */
  readonly mlOnly?: boolean;
}

/**
 * A rule that asks the obvious next question about a concept, once, at its first mention, and only
 * when the answer raises it and leaves it unexamined.
 */
export function conceptRule(concept: Concept): ProbeRule {
  return {
    id: concept.id,
    description: concept.description,
    signal: concept.signal,
    ...(concept.mlOnly ? { mlOnly: true } : {}),
    answered: { patterns: [concept.examined], need: 1 },
    find({ lines }) {
      // A concept the answer rejects somewhere ("❌ Consistent hashing", "rather than leader election") is not one it raises.
      const named = concept.named ?? concept.raised;
      if (lines.some((l) => l.rejected !== undefined && named.test(l.rejected))) return [];
      return firstMentions(lines, concept.raised, () => concept.id, 1).map(({ line, column }) => ({ subject: concept.id, line, column, question: concept.question }));
    },
  };
}
