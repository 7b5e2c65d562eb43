import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { buildSnippets } from '../../../src/core/answer/snippets';
import { TEMPLATES } from '../../../src/core/answer/templates';
import { repoRoot } from '../helpers/paths';

describe('snippets', () => {
  const file = `${repoRoot}/snippets/design-practice.code-snippets`;

  it('the committed snippets file is what the templates generate (run npm run gen:snippets)', () => {
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), buildSnippets());
  });

  it('has a whole-answer snippet per template and a dp- snippet for every section', () => {
    const prefixes = Object.values(buildSnippets()).map((s) => s.prefix);
    assert.ok(prefixes.includes('dp-answer') && prefixes.includes('dp-ml-answer'));
    for (const t of TEMPLATES.values()) for (const s of t.sections) assert.ok(prefixes.includes(`dp-${s.id}`), `dp-${s.id}`);
    assert.ok(prefixes.every((p) => p.startsWith('dp-')));
    assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  });

  it('turns every guiding prompt into a tab stop and escapes snippet syntax', () => {
    const op = Object.values(buildSnippets()).find((s) => s.prefix === 'dp-operability')!;
    assert.equal(op.body[0], '## Operability');
    assert.match(op.body.join('\n'), /\$\{1:the metrics, dashboards and alerts that show it is healthy\}/);
    assert.equal(op.body.at(-1), '$0');
    const answer = Object.values(buildSnippets()).find((s) => s.prefix === 'dp-answer')!;
    const stops = [...answer.body.join('\n').matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1]));
    assert.deepEqual(stops, stops.map((_, i) => i + 1), 'tab stops are numbered in order');
  });
});
