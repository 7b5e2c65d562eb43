"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.firstMentions = firstMentions;
/**
 * The first match of `pattern` (not global) on each line of prose, one per subject (`subjectOf` the
 * matched text), at most `max`, in file order. Headings name parts of the answer, not claims, and
 * are skipped.
 */
function firstMentions(lines, pattern, subjectOf, max, 
/** Whether a match is meant as the rule means it (context can say it is not); all are by default. */
accept = () => true) {
    const out = [];
    const seen = new Set();
    for (const { line, text, heading } of lines) {
        if (heading)
            continue;
        const m = pattern.exec(text);
        if (!m || !accept(text, m.index, m[0]))
            continue;
        const subject = subjectOf(m[0]);
        if (seen.has(subject))
            continue;
        seen.add(subject);
        out.push({ line, text: m[0], column: m.index, subject });
        if (out.length === max)
            break;
    }
    return out;
}
//# sourceMappingURL=firstMentions.js.map