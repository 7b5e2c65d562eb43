"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scorecardProblems = scorecardProblems;
/**
 * Checks a scorecard against the answer it is about: ratings on the scale, one entry per signal,
 * and every quote verbatim on its 1-based line. The quote-check test runs it over every scorecard
 * the scorer writes; a language-model assessor runs it before anything reaches the user.
 */
const signals_1 = require("../interview/signals");
/** What is wrong with a scorecard, one sentence each; empty when it is sound. */
function scorecardProblems(card, lines) {
    const problems = [];
    if (card.level !== 'L4' && card.level !== 'L5')
        problems.push(`level ${JSON.stringify(card.level)} is not L4 or L5`);
    if (!['below L4', 'L4', 'L5'].includes(card.verdict))
        problems.push(`verdict ${JSON.stringify(card.verdict)} is not "below L4", "L4" or "L5"`);
    const ids = card.signals.map((s) => s.id);
    if (ids.join(',') !== signals_1.SIGNAL_IDS.join(','))
        problems.push(`signals are ${ids.join(', ')}; expected ${signals_1.SIGNAL_IDS.join(', ')} in that order`);
    const quoteProblem = (where, line, quote) => {
        if (!Number.isInteger(line) || line < 1 || line > lines.length)
            problems.push(`${where}: line ${line} is not a line of the answer (1-${lines.length})`);
        else if (quote.trim() === '')
            problems.push(`${where}: empty quote`);
        else if (!lines[line - 1].includes(quote))
            problems.push(`${where}: ${JSON.stringify(quote)} is not on line ${line}`);
    };
    for (const s of card.signals) {
        if (![1, 2, 3, 4].includes(s.rating))
            problems.push(`${s.id}: rating ${s.rating} is not 1-4`);
        s.evidence.forEach((e, i) => quoteProblem(`${s.id} evidence ${i + 1}`, e.line, e.quote));
        s.gaps.forEach((g, i) => {
            if (g.level !== 'L4' && g.level !== 'L5')
                problems.push(`${s.id} gap ${i + 1}: level ${JSON.stringify(g.level)} is not L4 or L5`);
        });
    }
    for (const p of card.answerKey?.covered ?? [])
        if (p.line !== undefined)
            quoteProblem(`answer key "${p.point}"`, p.line, p.quote ?? '');
    return problems;
}
//# sourceMappingURL=checkScorecard.js.map