"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FOLLOW_UPS_HEADING = void 0;
exports.readFollowUps = readFollowUps;
exports.addFollowUpQuestion = addFollowUpQuestion;
exports.outlineHeadingLines = outlineHeadingLines;
const followUps_1 = require("../answer/followUps");
/** The heading of the section, as it is written when the answer has none. */
exports.FOLLOW_UPS_HEADING = '## Follow-ups';
/** The questions under the answer's Follow-ups, with 1-based lines. */
function readFollowUps(answer) {
    return (0, followUps_1.askedFollowUps)(answer).map((a) => ({ question: a.question, line: a.line + 1, answered: a.answered }));
}
/**
 * The edit that adds `### Q: <question>` at the end of `answer`'s (last) Follow-ups section, or a new
 * `## Follow-ups` at the end of the answer, with an empty line under it for the answer. `text` is
 * the text `answer` was parsed from (its line endings are kept). `cursorLine` (1-based, in the edited
 * text) is that empty line. The question is put on one line.
 */
function addFollowUpQuestion(answer, text, question) {
    const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
    const lines = answer.lines;
    // After a final newline the split gives one more, empty, "line"; it is not a line of the file.
    const endsWithEol = lines.length > 0 && lines[lines.length - 1] === '';
    const count = endsWithEol ? lines.length - 1 : lines.length;
    const regions = (0, followUps_1.followUpsRegions)(answer);
    const region = regions[regions.length - 1];
    const heading = (0, followUps_1.followUpHeading)(question, (region?.section.heading.level ?? 2) + 1);
    // After the last non-blank line of the section (or of the answer), so earlier answers stay above.
    let at = region ? Math.min(region.end, count) : count;
    const floor = region ? region.section.heading.endLine + 1 : 0;
    while (at > floor && lines[at - 1].trim() === '')
        at--;
    const block = region ? ['', heading, '', ''] : [...(at > 0 ? [''] : []), exports.FOLLOW_UPS_HEADING, '', heading, '', ''];
    let cursorLine = at + block.length;
    if (at < count && lines[at].trim() !== '') {
        // A heading right below would otherwise sit on the line the answer is typed into.
        block.push('');
    }
    else if (at < count && lines.slice(at, count).every((l) => l.trim() === '')) {
        // Blank lines at the end of the answer: the first becomes the line the answer is typed into.
        block.pop();
        cursorLine = at + block.length + 1;
    }
    if (at === count && !endsWithEol && count > 0) {
        const end = lines[count - 1].length + 1;
        return { edit: { line: count, column: end, endLine: count, endColumn: end, text: eol + block.join(eol) }, cursorLine };
    }
    return { edit: { line: at + 1, column: 1, endLine: at + 1, endColumn: 1, text: block.map((l) => l + eol).join('') }, cursorLine };
}
/** The 0-based lines of the answer's headings of level 2 or deeper: what Rehearse Aloud folds to. */
function outlineHeadingLines(answer) {
    return answer.headings.filter((h) => h.level >= 2).map((h) => h.line);
}
//# sourceMappingURL=followUpsText.js.map