"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FOLLOW_UPS_SECTION_ID = void 0;
exports.followUpsRegions = followUpsRegions;
exports.askedFollowUps = askedFollowUps;
exports.followUpHeading = followUpHeading;
exports.questionKey = questionKey;
const sectionText_1 = require("./sectionText");
const templates_1 = require("./templates");
/** The id of the answer templates' Follow-ups section. */
exports.FOLLOW_UPS_SECTION_ID = 'follow-ups';
// "Q: ...", "Q. ...", "Q1: ...", "Q 2) ...": the prefix, then the question.
const QUESTION_HEADING = /^Q[ \t]?\d{0,3}[ \t]?[:.)][ \t]*(\S.*)$/i;
const ALNUM = /[\p{L}\p{N}]/u;
const SKELETON_QUESTION = 'a question the interviewer asked';
/**
 * The Follow-ups sections of `answer`, each running from its heading to the next heading at the same
 * level or above (so sub-headings inside it never cut it short, whatever they name).
 */
function followUpsRegions(answer) {
    const regions = [];
    for (const section of answer.sections) {
        if (section.spec?.id !== exports.FOLLOW_UPS_SECTION_ID)
            continue;
        let end = answer.lines.length;
        for (const h of answer.headings) {
            if (h.line > section.heading.line && h.level <= section.heading.level) {
                end = h.line;
                break;
            }
        }
        regions.push({ section, end });
    }
    return regions;
}
/** Every `Q:` heading in the answer's Follow-ups sections, in file order. */
function askedFollowUps(answer) {
    const asked = [];
    for (const { section, end } of followUpsRegions(answer)) {
        const inside = [];
        for (const h of answer.headings)
            if (h.line > section.heading.line && h.line < end)
                inside.push(h);
        for (let i = 0; i < inside.length; i++) {
            const h = inside[i];
            const m = QUESTION_HEADING.exec(h.text);
            if (!m)
                continue;
            const question = m[1].trim();
            // The snippet's and quick fix's own placeholder question is not a question yet.
            if (question.toLowerCase() === SKELETON_QUESTION)
                continue;
            let answerEnd = end;
            let j = i + 1;
            for (; j < inside.length; j++) {
                if (inside[j].level <= h.level) {
                    answerEnd = inside[j].line;
                    break;
                }
            }
            const answerStart = h.endLine + 1;
            // The sub-headings under the question (between it and the next at its level) are structure, not an answer.
            const headingLines = new Set();
            for (let k = i + 1; k < j; k++)
                for (let l = inside[k].line; l <= inside[k].endLine; l++)
                    headingLines.add(l);
            asked.push({ question, line: h.line, answerStart, answerEnd, answered: hasAnswerText(answer, section, answerStart, answerEnd, headingLines) });
        }
    }
    return asked;
}
function hasAnswerText(answer, section, start, end, headingLines) {
    for (let line = start; line < end; line++) {
        const kind = answer.lineKinds[line];
        if (kind === 2 /* LineKind.Code */)
            return true;
        if (kind !== 1 /* LineKind.Prose */ || headingLines.has(line))
            continue;
        const text = (0, sectionText_1.visibleLine)(answer, line);
        if (section.spec && (0, sectionText_1.isSkeletonLine)(section.spec, text))
            continue;
        if (ALNUM.test(text.replace(sectionText_1.PLACEHOLDER, ' ')))
            return true;
    }
    return false;
}
/** The `### Q:` heading line for `question`, as the mock interview writes it. */
function followUpHeading(question, level = 3) {
    return `${'#'.repeat(Math.max(1, Math.min(6, level)))} ${templates_1.FOLLOW_UP_QUESTION_PREFIX} ${question.replace(/\s+/g, ' ').trim()}`;
}
/** A question reduced to lower-case words, so the same question matches however it is punctuated. */
function questionKey(question) {
    // Emphasis characters are dropped, not spaced, as heading text loses them (`stripInlineMarkdown`).
    return question
        .toLowerCase()
        .replace(/[*_`~]+/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
//# sourceMappingURL=followUps.js.map