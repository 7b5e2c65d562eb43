/**
 * What `--fix` promises for any answer, as one assertion other tests (fixtures, fuzzing) can call:
 * one run keeps every line the user wrote, in order, and leaves no section missing; a second run
 * changes nothing.
 */
import * as assert from 'node:assert/strict';
import { fixText } from '../../../src/cli/commands/lint';
import { splitLines } from '../../../src/core/answer/parseAnswer';
import type { LintConfig } from '../../../src/core/lint/config';

/** Whether every line of `original` appears in `fixed`, in the same order. */
export function keepsEveryLine(original: readonly string[], fixed: readonly string[]): boolean {
  let j = 0;
  for (const line of original) {
    while (j < fixed.length && fixed[j] !== line) j++;
    if (j === fixed.length) return false;
    j++;
  }
  return true;
}

/**
 * Asserts that fixing `text` keeps every original line, leaves no SD001 finding and converges (a
 * second fix changes nothing). Returns the fixed text. `label` names the input in failures.
 */
export function assertFixKeepsLinesAndConverges(text: string, config?: LintConfig, label = ''): string {
  const once = fixText(text, config);
  const show = `${label}\n--- input ---\n${text}\n--- fixed ---\n${once.text}`;
  assert.ok(keepsEveryLine(splitLines(text), splitLines(once.text)), `every line the user wrote is kept: ${show}`);
  assert.deepEqual(once.findings.filter((f) => f.ruleId === 'SD001').map((f) => f.message), [], `no section is missing after one --fix: ${show}`);
  assert.equal(fixText(once.text, config).text, once.text, `a second --fix changes nothing: ${show}`);
  return once.text;
}
