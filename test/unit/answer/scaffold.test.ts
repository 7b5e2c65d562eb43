import * as assert from 'node:assert/strict';
import { attemptFileName, nextFreeAttempt, scaffoldAnswer } from '../../../src/core/answer/scaffold';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';
import { lint } from '../../../src/core/lint/linter';

describe('scaffolding', () => {
  const prompts = loadBundledCatalog().prompts;
  const day = new Date('2026-11-22T10:00:00Z');

  it('writes front matter, the title and every section, without the clarifying questions: asking them is the practice', () => {
    const p = prompts.find((x) => x.id === 'streaming/adaptive-bitrate')!;
    const text = scaffoldAnswer(p, day);
    assert.match(text, /^---\nprompt: streaming\/adaptive-bitrate\ntemplate: system-design\nlevel: L4\nstarted: 2026-11-22\n---\n/);
    assert.match(text, new RegExp(`\n# ${p.title}\n`));
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, ['Requirements', 'Scope', 'Architecture', 'Trade-offs', 'Operability']);
    for (const q of p.clarifyingQuestions) assert.ok(!text.includes(q), q);
    assert.ok(!text.includes('Clarifying questions to ask'));
    assert.equal(scaffoldAnswer(p, day, { includeClarifyingQuestions: false }), text);
  });

  it('copies the clarifying questions under Requirements when asked to (designPractice.scaffold.includeClarifyingQuestions)', () => {
    const p = prompts.find((x) => x.id === 'streaming/adaptive-bitrate')!;
    const text = scaffoldAnswer(p, day, { includeClarifyingQuestions: true });
    assert.ok(text.includes('**Clarifying questions to ask:**'));
    for (const q of p.clarifyingQuestions) assert.ok(text.includes(`- ${q}`), q);
    assert.ok(text.indexOf(p.clarifyingQuestions[0]) > text.indexOf('## Requirements'), 'questions sit under Requirements');
    assert.ok(text.indexOf(p.clarifyingQuestions[0]) < text.indexOf('## Scope'), 'and before Scope');
  });

  it('a fresh scaffold has no missing or out-of-order sections, for every bundled prompt', () => {
    for (const p of prompts) {
      for (const includeClarifyingQuestions of [false, true]) {
        const ids = lint(scaffoldAnswer(p, day, { includeClarifyingQuestions })).map((f) => f.ruleId);
        assert.ok(!ids.includes('SD001') && !ids.includes('SD003') && !ids.includes('SD009') && !ids.includes('SD010'), `${p.id}: ${ids}`);
      }
    }
  });

  it('ML prompts get the Evaluation section', () => {
    const text = scaffoldAnswer(prompts.find((x) => x.template === 'ml-system-design')!, day);
    assert.deepEqual([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]), ['Requirements', 'Scope', 'Architecture', 'Evaluation', 'Trade-offs', 'Operability']);
  });

  it('numbers further attempts and never picks a taken name', async () => {
    assert.equal(attemptFileName('top-10', 1), 'top-10.md');
    assert.equal(attemptFileName('top-10', 3), 'top-10-3.md');
    const taken = new Set(['top-10.md', 'top-10-2.md']);
    assert.deepEqual(await nextFreeAttempt('top-10', async (f) => taken.has(f)), { attempt: 3, fileName: 'top-10-3.md' });
    assert.deepEqual(await nextFreeAttempt('new', async () => false), { attempt: 1, fileName: 'new.md' });
  });
});
