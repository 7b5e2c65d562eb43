import * as assert from 'node:assert/strict';
import { scaffoldBlankAnswer } from '../../../src/core/answer/scaffold';
import { SYSTEM_DESIGN } from '../../../src/core/answer/templates';
import { summarizeAnswer, summaryText } from '../../../src/core/lint/answerSummary';
import { analyze } from '../../../src/core/lint/linter';

describe('answer summary (status bar)', () => {
  it('a fresh scaffold has every section but none written: nothing is ticked or counted, and the counts name Problems severities', () => {
    const summary = summarizeAnswer(analyze(scaffoldBlankAnswer(SYSTEM_DESIGN, new Date(2026, 0, 1))));
    assert.equal(summary.written, 0, 'template text is not a section written (issue 17)');
    assert.ok(summary.sections.every((s) => s.state === 'template'));
    assert.equal(summary.done, false);
    assert.match(summaryText(summary), /^0\/5 sections · 5 warnings(, \d+ info)?$/);
  });

  it('ticks written sections, crosses missing ones, and counts errors, warnings and info apart', () => {
    const text = `---\ntemplate: system-design\ntags: [\n---\n# X\n\n## Requirements\n\n- 10,000 requests per second, p99 under 50 ms.\n\n## Scope\n\n- **In scope:** _the parts you will design in depth_\n`;
    const summary = summarizeAnswer(analyze(text));
    assert.deepEqual(summary.sections.map((s) => s.state), ['written', 'template', 'missing', 'missing', 'missing']);
    assert.deepEqual(summary.sections[1].heading, { text: 'Scope', line: 10 });
    assert.equal(summary.errors, 1, 'SD010 for the broken front matter');
    assert.match(summaryText(summary), /^1\/5 sections · 1 error, 4 warnings(, \d+ info)?$/, 'Scope holds only template text');
  });

  it('says "1 warning" and "1 info" in the singular, and nothing after the count when clean', () => {
    assert.equal(summaryText({ sections: [], written: 0, errors: 0, warnings: 1, infos: 1, done: false }), '0/0 sections · 1 warning, 1 info');
    assert.equal(summaryText({ sections: [{ id: 'a', title: 'A', state: 'written' }], written: 1, errors: 0, warnings: 0, infos: 0, done: true }), '1/1 sections');
  });
});
