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
});
