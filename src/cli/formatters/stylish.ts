/** The default, human-readable output: findings grouped by file, then a summary line. */
import { LINE_BREAK_RUN } from '../../core/catalog/promptView';
import type { Finding } from '../../core/lint/types';
import { printable } from './printable';
import type { Formatter } from './types';

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

export const stylish: Formatter = (results, ctx) => {
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  let filesWithFindings = 0;
  let fixed = 0;
  for (const result of results) {
    fixed += result.fixed;
    if (result.findings.length === 0) continue;
    filesWithFindings++;
    out.push(printable(result.file));
    const rows = result.findings.map((f: Finding) => {
      counts[f.severity]++;
      return [`${f.line}:${f.column}`, f.severity, oneLine(f.message), `${f.ruleId}/${f.ruleName}`];
    });
    // A reduce, not Math.max(...): spreading a hundred thousand findings overflows the stack. Messages
    // are aligned only up to MESSAGE_COLUMN: one long message (a front-matter value quoted in it) must not
    // pad every other row of the file to its length, which makes the output quadratic in size.
    const widths = [0, 1, 2].map((i) => rows.reduce((w, r) => Math.max(w, i === 2 ? Math.min(r[i].length, MESSAGE_COLUMN) : r[i].length), 0));
    for (const r of rows) out.push(`  ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  const files = `${ctx.fileCount} ${plural(ctx.fileCount, 'file')}`;
  out.push(
    total === 0
      ? `No problems in ${files}`
      : `${total} ${plural(total, 'problem')} (${counts.error} ${plural(counts.error, 'error')}, ${counts.warning} ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${filesWithFindings} of ${files}`,
  );
  if (fixed > 0) out.push(`Fixed ${fixed} ${plural(fixed, 'problem')}`);
  return `${out.join('\n')}\n`;
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function oneLine(text: string): string {
  return printable(text.replace(LINE_BREAK_RUN, ' '));
}
