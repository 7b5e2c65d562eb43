"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stylish = void 0;
/** The default, human-readable output: findings grouped by file, then a summary line. */
const promptView_1 = require("../../core/catalog/promptView");
const printable_1 = require("./printable");
/**
 * ```
 * notes/cache.md
 *   12:1  warning  Missing section: Operability  SD001/missing-section
 *
 * 1 problem (0 errors, 1 warning, 0 info) in 1 of 3 files
 * ```
 */
/** The widest message column that rows are padded to. */
const MESSAGE_COLUMN = 120;
const stylish = (results, ctx) => {
    const out = [];
    const counts = { error: 0, warning: 0, info: 0 };
    let filesWithFindings = 0;
    let fixed = 0;
    for (const result of results) {
        fixed += result.fixed;
        if (result.findings.length === 0)
            continue;
        filesWithFindings++;
        out.push((0, printable_1.printable)(result.file));
        const rows = result.findings.map((f) => {
            counts[f.severity]++;
            return [`${f.line}:${f.column}`, f.severity, oneLine(f.message), `${f.ruleId}/${f.ruleName}`];
        });
        // A reduce, not Math.max(...): spreading a hundred thousand findings overflows the stack. Messages
        // are aligned only up to MESSAGE_COLUMN: one long message (a front-matter value quoted in it) must not
        // pad every other row of the file to its length, which makes the output quadratic in size.
        const widths = [0, 1, 2].map((i) => rows.reduce((w, r) => Math.max(w, i === 2 ? Math.min(r[i].length, MESSAGE_COLUMN) : r[i].length), 0));
        for (const r of rows)
            out.push(`  ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
        out.push('');
    }
    const total = counts.error + counts.warning + counts.info;
    const files = `${ctx.fileCount} ${plural(ctx.fileCount, 'file')}`;
    out.push(total === 0
        ? `No problems in ${files}`
        : `${total} ${plural(total, 'problem')} (${counts.error} ${plural(counts.error, 'error')}, ${counts.warning} ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${filesWithFindings} of ${files}`);
    if (fixed > 0)
        out.push(`Fixed ${fixed} ${plural(fixed, 'problem')}`);
    return `${out.join('\n')}\n`;
};
exports.stylish = stylish;
function plural(n, word) {
    return n === 1 ? word : `${word}s`;
}
function oneLine(text) {
    return (0, printable_1.printable)(text.replace(promptView_1.LINE_BREAK_RUN, ' '));
}
//# sourceMappingURL=stylish.js.map