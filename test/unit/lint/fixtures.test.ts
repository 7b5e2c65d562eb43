/**
 * Every fixture under test/fixtures/lint is linted and must produce exactly the findings written
 * inside it; every finding that has a fix must be gone after the fixes are applied.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveConfig } from '../../../src/core/lint/config';
import { applyFixes } from '../../../src/core/lint/fixes';
import { lint } from '../../../src/core/lint/linter';
import { RULES } from '../../../src/core/lint/rules';
import { readExpectations } from '../helpers/expectations';
import { fixturePath } from '../helpers/paths';

function listFixtures(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFixtures(full) : e.name.endsWith('.md') ? [full] : [];
  });
}

const root = fixturePath('lint');

describe('lint fixtures', () => {
  for (const file of listFixtures(root)) {
    const name = path.relative(root, file);
    it(name, () => {
      const text = fs.readFileSync(file, 'utf8');
      const { expectations, config: input } = readExpectations(text);
      const { config, problems } = resolveConfig(input as never, RULES);
      assert.deepEqual(problems, [], 'the fixture config is valid');
      const findings = lint(text, config);

      const actual = findings.map((f) => `${f.ruleId}@${f.line}`).sort();
      const expected = expectations.map((e) => `${e.ruleId}@${e.line}`).sort();
      assert.deepEqual(actual, expected, `findings: ${JSON.stringify(findings.map((f) => [f.ruleId, f.line, f.message]))}`);
      for (const e of expectations.filter((x) => x.message)) {
        const hit = findings.find((f) => f.ruleId === e.ruleId && f.line === e.line && f.message.includes(e.message!));
        assert.ok(hit, `${e.ruleId} at ${e.line} has a message containing ${JSON.stringify(e.message)}; got ${JSON.stringify(findings.filter((f) => f.ruleId === e.ruleId).map((f) => f.message))}`);
      }

      const fixable = findings.filter((f) => f.fix);
      if (fixable.length > 0) {
        const fixed = applyFixes(text, fixable);
        const after = lint(fixed, config);
        for (const f of fixable) {
          assert.ok(
            !after.some((g) => g.ruleId === f.ruleId && g.sectionId === f.sectionId && g.message === f.message),
            `${f.ruleId} "${f.message}" is fixed by its fix:\n${fixed}`,
          );
        }
        assert.ok(fixed.startsWith(text.slice(0, 1)), 'fixes only insert');
      }
    });
  }
});
