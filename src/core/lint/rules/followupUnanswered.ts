import { askedFollowUps } from '../../answer/followUps';
import { excerpt, lineRange } from '../../answer/sectionText';
import type { Rule } from '../types';

/**
 * SD011: every question under Follow-ups (`### Q: ...`) has an answer under it. A mock interview adds
 * the interviewer's questions there; one left unanswered is a question you went quiet on. Blank
 * lines, comments, placeholders and the section's skeleton are not an answer; a code block is.
 * Questions outside a Follow-ups section are not read.
 */
export const followupUnanswered: Rule = {
  names: ['SD011', 'followup-unanswered'],
  description: 'Every follow-up question has an answer under it',
  tags: ['content', 'follow-ups'],
  defaultSeverity: 'warning',
  check({ answer }, report) {
    for (const asked of askedFollowUps(answer)) {
      if (asked.answered) continue;
      report({
        ...lineRange(answer, asked.line),
        message: `Follow-up not answered: "${excerpt(asked.question, 80)}". Write your answer under the question, as you would say it aloud: the choice, what it costs, and what you would watch.`,
        sectionId: 'follow-ups',
      });
    }
  },
};
