"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.followupUnanswered = void 0;
const followUps_1 = require("../../answer/followUps");
const sectionText_1 = require("../../answer/sectionText");
/**
 * SD011: every question under Follow-ups (`### Q: ...`) has an answer under it. A mock interview adds
 * the interviewer's questions there; one left unanswered is a question you went quiet on. Blank
 * lines, comments, placeholders and the section's skeleton are not an answer; a code block is.
 * Questions outside a Follow-ups section are not read.
 */
exports.followupUnanswered = {
    names: ['SD011', 'followup-unanswered'],
    description: 'Every follow-up question has an answer under it',
    tags: ['content', 'follow-ups'],
    defaultSeverity: 'warning',
    check({ answer }, report) {
        for (const asked of (0, followUps_1.askedFollowUps)(answer)) {
            if (asked.answered)
                continue;
            report({
                ...(0, sectionText_1.lineRange)(answer, asked.line),
                message: `Follow-up not answered: "${(0, sectionText_1.excerpt)(asked.question, 80)}". Write your answer under the question, as you would say it aloud: the choice, what it costs, and what you would watch.`,
                sectionId: 'follow-ups',
            });
        }
    },
};
//# sourceMappingURL=followupUnanswered.js.map