"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.placeholderLeft = void 0;
const sectionText_1 = require("../../answer/sectionText");
/**
 * SD004: no placeholders are left in the answer: TODO / TBD / FIXME, `???`, unfilled snippet
 * placeholders, and skeleton prompt lines left in a section that otherwise has the user's words (one
 * finding per section, on its first such line). A section that holds nothing but skeleton and
 * placeholders is SD002's alone. Code blocks, inline
 * code (where `${id}` is a real key format), HTML comments and front matter are never searched.
 */
exports.placeholderLeft = {
    names: ['SD004', 'placeholder-left'],
    description: 'No TODO, TBD, ??? or unfilled template text is left in the answer',
    tags: ['content', 'placeholders'],
    defaultSeverity: 'warning',
    check({ answer }, report) {
        // Lines of recognised sections that hold nothing of the user's yet: SD002 reports those.
        const skip = new Uint8Array(answer.lines.length);
        for (const section of answer.sections) {
            if (section.spec && !(0, sectionText_1.hasContent)(answer, section))
                skip.fill(1, section.heading.line, section.end);
        }
        const visible = (0, sectionText_1.visibleLines)(answer);
        for (let line = 0; line < answer.lines.length; line++) {
            if (skip[line] || answer.lineKinds[line] !== 1 /* LineKind.Prose */ || !sectionText_1.PLACEHOLDER_ANY.test(visible[line]))
                continue;
            const text = (0, sectionText_1.blankCodeSpans)(visible[line]);
            sectionText_1.PLACEHOLDER.lastIndex = 0;
            for (let m = sectionText_1.PLACEHOLDER.exec(text); m; m = sectionText_1.PLACEHOLDER.exec(text)) {
                if ((0, sectionText_1.isPlaceholderMatch)(text, m[0], m.index))
                    report(tokenReport(line, m[0], m.index));
            }
        }
        for (const section of answer.sections) {
            if (!section.spec || skip[section.heading.line])
                continue;
            reportSkeletonLines(answer, section, report);
        }
    },
};
function tokenReport(line, token, column) {
    const message = token.startsWith('$')
        ? `Unfilled snippet placeholder ${token}: replace it with your answer`
        : token.startsWith('?')
            ? `Placeholder ${token} left in the answer: fill in what is unknown, or state the assumption you make instead`
            : `${token.toUpperCase()} left in the answer: finish this part, or state the assumption you make instead`;
    return { line, column, endColumn: column + token.length, message };
}
/**
 * One finding per section for its untouched skeleton lines, on the first of them: deleting a few
 * sections' words must not bury the Problems panel under one line each.
 */
function reportSkeletonLines(answer, section, report) {
    const lines = (0, sectionText_1.skeletonLines)(answer, section);
    if (lines.length === 0)
        return;
    const text = (0, sectionText_1.visibleLine)(answer, lines[0]);
    const title = section.spec.title;
    const first = `"${(0, sectionText_1.excerpt)(text, 60)}"`;
    const message = lines.length === 1
        ? `Skeleton prompt left in ${title}: ${first}. Answer it or delete the line`
        : `${lines.length} skeleton prompts left in ${title}, from ${first} (lines ${lineList(lines)}). Answer them or delete the lines`;
    report({ ...(0, sectionText_1.lineRange)(answer, lines[0], text.length - text.trimStart().length), message, sectionId: section.spec.id });
}
/** 1-based line numbers, the first few of them: `10, 12, 14 and 2 more`. */
function lineList(lines, max = 5) {
    const shown = lines.slice(0, max).map((l) => l + 1).join(', ');
    return lines.length > max ? `${shown} and ${lines.length - max} more` : shown;
}
//# sourceMappingURL=placeholderLeft.js.map