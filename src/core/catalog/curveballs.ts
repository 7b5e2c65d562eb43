/**
 * A prompt's `## Curveballs`: requirements that change mid-interview ("the business now needs this
 * in three regions", "traffic is now 10x"). The mock interview asks one, once, from the Trade-offs
 * phase on. Same grammar as Follow-ups: one question per list item, an optional `[signal]` tag.
 */
import { parseQuestionList, type FollowUpProblem, type PromptFollowUp } from './followUps';

/** One curveball: the changed requirement, asked as a question, and the signal it tests. */
export type PromptCurveball = PromptFollowUp;

/** The most curveballs a prompt lists: one is asked per interview, the rest vary it between attempts. */
export const MAX_CURVEBALLS = 3;

/**
 * Reads the body of a prompt's Curveballs section. `firstLine` is the 1-based file line of the
 * body's first line, so problems name the line to fix.
 */
export function parsePromptCurveballs(markdown: string, firstLine: number): { curveballs: PromptCurveball[]; problems: FollowUpProblem[] } {
  const { questions, problems } = parseQuestionList(markdown, firstLine, { section: 'Curveballs', item: 'curveball', max: MAX_CURVEBALLS });
  return { curveballs: questions, problems };
}
