"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_CURVEBALLS = void 0;
exports.parsePromptCurveballs = parsePromptCurveballs;
/**
 * A prompt's `## Curveballs`: requirements that change mid-interview ("the business now needs this
 * in three regions", "traffic is now 10x"). The mock interview asks one, once, from the Trade-offs
 * phase on. Same grammar as Follow-ups: one question per list item, an optional `[signal]` tag.
 */
const followUps_1 = require("./followUps");
/** The most curveballs a prompt lists: one is asked per interview, the rest vary it between attempts. */
exports.MAX_CURVEBALLS = 3;
/**
 * Reads the body of a prompt's Curveballs section. `firstLine` is the 1-based file line of the
 * body's first line, so problems name the line to fix.
 */
function parsePromptCurveballs(markdown, firstLine) {
    const { questions, problems } = (0, followUps_1.parseQuestionList)(markdown, firstLine, { section: 'Curveballs', item: 'curveball', max: exports.MAX_CURVEBALLS });
    return { curveballs: questions, problems };
}
//# sourceMappingURL=curveballs.js.map