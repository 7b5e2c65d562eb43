"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requirementsJudge = void 0;
const judge_1 = require("../judge");
const vocabulary_1 = require("../vocabulary");
const REQUIREMENT_SECTIONS = new Set(['requirements', 'scope']);
exports.requirementsJudge = {
    id: 'requirements',
    judge({ view }) {
        const found = new judge_1.Evidences();
        let quantities = 0;
        let derivations = 0;
        let questions = 0;
        let assumptions = 0;
        let scope = 0;
        let qualities = 0;
        let requirementLines = 0;
        let decisive = 0;
        for (const { line, text, sectionId, heading } of view.lines) {
            const inRequirements = sectionId !== undefined && REQUIREMENT_SECTIONS.has(sectionId);
            if (inRequirements && !heading)
                requirementLines++;
            const quantity = vocabulary_1.QUANTITY.exec(text);
            if (quantity && !heading) {
                quantities++;
                const place = { line, start: quantity.index, end: quantity.index + quantity[0].length };
                const numbers = countNumbers(text);
                if (vocabulary_1.ARITHMETIC.test(text) || (numbers >= 2 && vocabulary_1.DERIVATION.test(text))) {
                    derivations++;
                    found.push({ place, why: 'works the numbers into an estimate', strength: 4 });
                }
                else
                    found.push({ place, why: 'a number with its unit', strength: inRequirements ? 3 : 2 });
            }
            if (!heading && inRequirements && vocabulary_1.QUESTION.test(text)) {
                questions++;
                found.push({ place: { line, start: 0, end: text.length }, why: 'a clarifying question', strength: 2 });
            }
            const assumption = vocabulary_1.ASSUMPTION.exec(text);
            if (assumption && (inRequirements || sectionId === undefined)) {
                assumptions++;
                found.push({ place: { line, start: assumption.index, end: assumption.index + assumption[0].length }, why: 'an assumption or question stated as such', strength: 2 });
            }
            const bounded = vocabulary_1.SCOPE.exec(text);
            if (bounded && (inRequirements || heading)) {
                scope++;
                found.push({ place: { line, start: bounded.index, end: bounded.index + bounded[0].length }, why: 'a scope decision', strength: 2 });
            }
            if (inRequirements && vocabulary_1.NON_FUNCTIONAL.test(text))
                qualities++;
            const decides = vocabulary_1.DECISIVE.exec(text);
            if (decides && !heading) {
                decisive++;
                found.push({ place: { line, start: decides.index, end: decides.index + decides[0].length }, why: 'names what changes the design', strength: 3 });
            }
        }
        const framing = Math.min(questions, 3) + Math.min(assumptions, 3) + Math.min(scope, 2) + Math.min(qualities, 3);
        let n = 1;
        if (requirementLines > 0 || quantities > 0 || questions > 0)
            n = 2;
        if (n === 2 && quantities >= 3 && framing >= 2)
            n = 3;
        if (n === 3 && framing >= 3 && ((derivations >= 4 && quantities >= 12) || (decisive >= 2 && questions >= 3)))
            n = 4;
        const gaps = [];
        if (quantities < 3)
            gaps.push((0, judge_1.gap)('No numbers with units', 'An interviewer sizes the problem first: users, requests per second, latency, data size. Without numbers no component is shown to be needed.', 'L4'));
        if (questions + assumptions === 0)
            gaps.push((0, judge_1.gap)('No clarifying questions or stated assumptions', 'Asking before designing is the first signal interviewers listen for; an assumption said aloud shows what the design depends on.', 'L4'));
        if (scope === 0)
            gaps.push((0, judge_1.gap)('No scope decision', 'Saying what is in and out, and why, shows judgement and keeps the hour for what matters.', 'L4'));
        if (derivations < 3)
            gaps.push((0, judge_1.gap)('The numbers are not worked into the design', 'Peak against average, storage over years, the read/write ratio: the estimate is what turns a number into a decision.', 'L5'));
        return {
            rating: (0, judge_1.rating)(n),
            evidence: (0, judge_1.pickEvidence)(view, found),
            gaps: n >= 4 ? [] : gaps,
            facts: { quantities, derivations, questions, assumptions, scope, qualities, requirementLines, decisive },
        };
    },
};
/** How many numbers a line holds, up to 3: runs of digits not glued to a word. */
function countNumbers(text) {
    let count = 0;
    for (let i = 0; i < text.length && count < 3; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x30 || c > 0x39)
            continue;
        const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
        if (!isWordCode(before))
            count++;
        while (i + 1 < text.length && (isWordCode(text.charCodeAt(i + 1)) || text[i + 1] === ',' || text[i + 1] === '.'))
            i++;
    }
    return count;
}
function isWordCode(c) {
    return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
}
//# sourceMappingURL=requirements.js.map