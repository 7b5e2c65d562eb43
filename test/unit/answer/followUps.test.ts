import * as assert from 'node:assert/strict';
import { askedFollowUps, followUpHeading, questionKey } from '../../../src/core/answer/followUps';
import { analyze } from '../../../src/core/lint/linter';

const parse = (text: string) => analyze(text).answer;

describe("an answer's follow-ups", () => {
  it('reads each Q: heading with the lines of its answer, up to the next heading at its level or above', () => {
    const text = [
      '# Title', // 0
      '## Architecture', // 1
      '- A thing.', // 2
      '## Follow-ups', // 3
      '### Q: Why a cache?', // 4
      'Because reads dominate.', // 5
      '#### Detail', // 6
      'More.', // 7
      '### Q2) What if it is cold?', // 8
      '', // 9
      '## Notes', // 10
      'Not an answer.', // 11
    ].join('\n');
    assert.deepEqual(askedFollowUps(parse(text)), [
      { question: 'Why a cache?', line: 4, answerStart: 5, answerEnd: 8, answered: true },
      { question: 'What if it is cold?', line: 8, answerStart: 9, answerEnd: 10, answered: false },
    ]);
  });

  it('keeps reading Follow-ups past a sub-heading that names another section', () => {
    const text = '## Follow-ups\n\n### Q: Trade-offs of push?\n\n### Operability\n\n### Q: Who is paged?\n\nThe team.\n';
    assert.deepEqual(
      askedFollowUps(parse(text)).map((a) => [a.question, a.answered]),
      [
        ['Trade-offs of push?', false],
        ['Who is paged?', true],
      ],
    );
  });

  it('writes the heading the mock interview adds, and matches questions however punctuated', () => {
    assert.equal(followUpHeading('  Why   Redis?\n'), '### Q: Why Redis?');
    assert.equal(questionKey('Why *Redis*, not Memcached?'), questionKey('why redis not memcached'));
  });

  it('gives a question with markup the key of the heading it is written as (issue 17)', () => {
    for (const question of ['Why is <primary> the leader?', 'What does [the cache](https://x.test/c) hold?', 'Why ![a diagram](d.png) here?', 'Is `Redis` *enough*?']) {
      const text = `## Follow-ups\n\n${followUpHeading(question)}\n\nBecause.\n`;
      const [asked] = askedFollowUps(parse(text));
      assert.equal(questionKey(asked.question), questionKey(question), question);
      assert.equal(asked.answered, true);
    }
  });

  it('reads many Follow-ups sections in one pass, each to the next heading at its level', () => {
    const text = '## Follow-ups\n\n### Q: A?\n\nYes.\n\n## Follow-ups\n\n### Q: B?\n\n## Other\n\n### Q: C?\n\nNo.\n## Follow-ups\n#### Q: D?\nd\n';
    assert.deepEqual(
      askedFollowUps(parse(text)).map((a) => [a.question, a.answered]),
      [['A?', true], ['B?', false], ['D?', true]],
    );
  });
});
