import * as assert from 'node:assert/strict';
import { SIGNAL_IDS } from '../../../src/core/interview/signals';
import { RUBRIC, scorecardProblems, verdictFor, type Scorecard } from '../../../src/core/score';

describe('score: rubric and verdict', () => {
  it('has one rubric per signal, in SIGNALS order, with all four levels', () => {
    assert.deepEqual(
      RUBRIC.map((r) => r.id),
      SIGNAL_IDS,
    );
    for (const r of RUBRIC) for (const n of [1, 2, 3, 4] as const) assert.ok(r.levels[n].length > 20, `${r.id} ${n}`);
  });

  it('gives the verdict the rule says', () => {
    const all = (n: 1 | 2 | 3 | 4) => ({ requirements: n, 'trade-offs': n, experience: n, 'data-flow': n, ownership: n });
    assert.equal(verdictFor(all(3)), 'L4');
    assert.equal(verdictFor(all(4)), 'L5');
    assert.equal(verdictFor(all(2)), 'below L4');
    assert.equal(verdictFor({ ...all(3), experience: 2 }), 'L4', 'one signal below 3 is allowed');
    assert.equal(verdictFor({ ...all(3), experience: 2, ownership: 2 }), 'below L4');
    assert.equal(verdictFor({ ...all(4), requirements: 1 }), 'below L4', 'a signal at 1 is never L4');
    assert.equal(verdictFor({ ...all(3), ownership: 1 }), 'below L4', 'nothing on running it is never L4');
    assert.equal(verdictFor({ ...all(3), 'trade-offs': 4, ownership: 4 }), 'L5');
    assert.equal(verdictFor({ ...all(4), experience: 2 }), 'L4', 'L5 needs every signal at 3 or more');
    assert.equal(verdictFor({}), 'below L4');
  });
});

describe('score: scorecardProblems', () => {
  const lines = ['# Title', 'We expect 10k QPS at peak.', 'Redis, because reads dominate.'];
  const card = (evidence: { line: number; quote: string; why: string }[]): Scorecard => ({
    level: 'L4',
    verdict: 'L4',
    signals: SIGNAL_IDS.map((id) => ({ id, rating: 3, evidence: id === 'requirements' ? evidence : [], gaps: [] })),
  });

  it('accepts verbatim quotes on their 1-based line', () => {
    assert.deepEqual(scorecardProblems(card([{ line: 2, quote: '10k QPS', why: 'a number' }]), lines), []);
  });

  it('names a quote that is not on its line, an empty one and a line out of range', () => {
    const problems = scorecardProblems(
      card([
        { line: 3, quote: '10k QPS', why: '' },
        { line: 2, quote: ' ', why: '' },
        { line: 9, quote: 'x', why: '' },
      ]),
      lines,
    );
    assert.equal(problems.length, 3);
    assert.match(problems[0], /"10k QPS" is not on line 3/);
    assert.match(problems[1], /empty quote/);
    assert.match(problems[2], /line 9 is not a line of the answer/);
  });

  it('names ratings off the scale and signals out of order', () => {
    const bad = { ...card([]), signals: [...card([]).signals].reverse().map((s) => ({ ...s, rating: 5 as never })) };
    const problems = scorecardProblems(bad, lines);
    assert.ok(problems.some((p) => /expected requirements, trade-offs/.test(p)));
    assert.ok(problems.some((p) => /rating 5 is not 1-4/.test(p)));
  });
});
