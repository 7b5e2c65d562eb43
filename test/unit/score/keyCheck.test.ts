import * as assert from 'node:assert/strict';
import { checkAnswerKey } from '../../../src/core/score/keyCheck';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';

describe('checkAnswerKey: the key against an answer, for the prompt view', () => {
  const capping = loadBundledCatalog().prompts.find((p) => p.id === 'ads/frequency-capping')!;

  it('marks a point covered on the line that makes it, and the rest missed', () => {
    const answer = '---\nprompt: ads/frequency-capping\n---\n# Capping\n\n## Architecture\n\nEach household has its counters in one row, fetched with a single read per decision.\n';
    const result = checkAnswerKey(answer, capping)!;
    assert.ok(result);
    const covered = result.covered.map((c) => c.point);
    assert.ok(covered.some((t) => t.startsWith('Counters live per household')), JSON.stringify(covered));
    assert.equal(result.covered.length + result.missed.length, capping.answerKey.length, 'every point is either covered or missed');
    const where = result.covered.find((c) => c.point.startsWith('Counters live per household'))!;
    assert.equal(where.line, 8, 'the 1-based line of the answer that makes it');
  });

  it('an empty answer covers nothing; a prompt without a key gives no check', () => {
    assert.equal(checkAnswerKey('', capping)!.covered.length, 0);
    assert.equal(checkAnswerKey('anything', { ...capping, answerKey: [] }), undefined);
  });
});
