/** `--format json`: one array of findings, each with the file it is in. */
import type { Formatter } from './types';

/** Every finding as `{ file, ruleId, ruleName, severity, message, line, column, endLine, endColumn, sectionId?, fix? }`. */
export const json: Formatter = (results) => {
  const findings = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, ...f })));
  return `${JSON.stringify(findings, null, 2)}\n`;
};
