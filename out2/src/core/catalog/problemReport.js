"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.problemsByFile = problemsByFile;
exports.problemText = problemText;
exports.fileProblemMessage = fileProblemMessage;
exports.problemRow = problemRow;
/** Groups problems by file, in the order the files first appear; problems keep their order. */
function problemsByFile(problems) {
    const byFile = new Map();
    for (const p of problems) {
        const list = byFile.get(p.file);
        if (list)
            list.push(p);
        else
            byFile.set(p.file, [p]);
    }
    return [...byFile].map(([file, list]) => ({ file, problems: list }));
}
/** A problem as one sentence naming the field, e.g. `team: Invalid team "x"; ...`. */
function problemText(problem) {
    return problem.field ? `${problem.field}: ${problem.message}` : problem.message;
}
/**
 * The one notification for a file that did not load, e.g. `prompt file my.md was not loaded.
 * team: Invalid team "X" ... (and 2 more problems: level, Statement)`.
 */
function fileProblemMessage(label, problems) {
    const [first, ...rest] = problems;
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'}: ${rest.map((p) => p.field ?? `line ${p.line ?? 1}`).join(', ')})`;
    return `Design Practice: prompt file ${label} was not loaded. ${problemText(first)}${more}`;
}
/**
 * A tree row for one problem: the file's name and the field (or line) first, so rows of files in
 * the same folder differ where the view truncates them; the message as the description.
 */
function problemRow(problem, path) {
    const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
    const where = problem.field ?? (problem.line ? `line ${problem.line}` : undefined);
    return { label: where ? `${name} · ${where}` : name, description: problem.message };
}
//# sourceMappingURL=problemReport.js.map