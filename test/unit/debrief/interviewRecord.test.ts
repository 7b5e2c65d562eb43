import * as assert from 'node:assert/strict';
import { parseFrontMatter } from '../../../src/core/answer/frontMatter';
import { splitLines } from '../../../src/core/answer/parseAnswer';
import { rateInterview, readInterviewHistory, recordInterview, type FrontMatterEditResult, type InterviewRecord } from '../../../src/core/debrief/interviewRecord';
import { applyFixes } from '../../../src/core/lint/fixes';

/** Front matter with comments, odd spacing, a column-0 list and a practice history: all must survive. */
const ANSWER = [
  '---',
  '# Written by hand; keep this comment.',
  'prompt: ads/frequency-capping   # the prompt',
  'tags: [ads,capping]',
  'notes:',
  '- first',
  'practice:',
  '  - started: 2025-01-02T10:00:00Z',
  '    minutesTotal: 3',
  '    phases:',
  '      - { section: requirements, label: Clarify, plannedMinutes: 7, spentMinutes: 3 }',
  "quoted: 'kept as written'",
  '# a trailing comment',
  '---',
  '# Frequency capping',
  '',
  '## Follow-ups',
  '---',
  'interviews: not front matter',
  '',
].join('\n');

const STARTED = '2025-01-02T10:00:00Z';
const QUESTIONS = ['Why Redis here over Memcached: and what would make you switch?', '"Quoted" # not a comment', 'What happens at 10x?'];

function apply(text: string, result: FrontMatterEditResult): string {
  assert.ok('edits' in result, 'error' in result ? result.error : 'no edits');
  return applyFixes(text, [{ fix: { title: '', edits: result.edits } }]);
}

function interviews(text: string): InterviewRecord[] {
  const fm = parseFrontMatter(splitLines(text));
  assert.ok(fm && !fm.error, 'the front matter parses');
  return readInterviewHistory(fm.data);
}

/** Asserts `after` is `before` with lines inserted (and `replaced` lines of `before` dropped) only. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

describe('interview record in the front matter', () => {
  it('adds interviews: last in the front matter, inserting lines only', () => {
    const after = apply(ANSWER, recordInterview(ANSWER, { started: STARTED, questions: QUESTIONS }));
    const { removed, added } = changedLines(ANSWER, after);
    assert.deepEqual(removed, []);
    assert.equal(added[0], 'interviews:');
    assert.equal(after.split('\n').indexOf('interviews:'), 13, 'last, after the trailing comment');
    assert.deepEqual(interviews(after), [{ started: STARTED, questions: QUESTIONS }]);
  });

  it('appends a second interview to the list, and reads both back', () => {
    const once = apply(ANSWER, recordInterview(ANSWER, { started: STARTED, questions: QUESTIONS }));
    const twice = apply(once, recordInterview(once, { started: '2025-01-09T18:30:00Z', questions: [] }));
    assert.deepEqual(changedLines(once, twice).removed, []);
    assert.deepEqual(
      interviews(twice).map((i) => i.started),
      [STARTED, '2025-01-09T18:30:00Z'],
    );
  });

  it('creates the front matter when the file has none, keeping CRLF and the BOM', () => {
    const text = '\uFEFF# Draft\r\n\r\nText\r\n';
    const after = apply(text, recordInterview(text, { started: STARTED, questions: ['Q?'] }));
    assert.ok(after.startsWith('\uFEFF---\r\ninterviews:\r\n'));
    assert.ok(after.endsWith('---\r\n# Draft\r\n\r\nText\r\n'));
    assert.deepEqual(interviews(after), [{ started: STARTED, questions: ['Q?'] }]);
  });

  it('fills an empty interviews: [] line, keeping its comment', () => {
    const text = '---\nprompt: x\ninterviews: [] # mine\n---\n# A\n';
    const after = apply(text, recordInterview(text, { started: STARTED, questions: ['Q?'] }));
    assert.equal(after.split('\n')[2], 'interviews: # mine');
    assert.deepEqual(interviews(after), [{ started: STARTED, questions: ['Q?'] }]);
  });

  it('adds inside a flow list', () => {
    const text = '---\ninterviews: [{started: 2025-01-01T00:00:00Z}]\n---\n';
    const after = apply(text, recordInterview(text, { started: STARTED, questions: ['Q?'] }));
    assert.deepEqual(interviews(after).map((i) => i.started), ['2025-01-01T00:00:00Z', STARTED]);
    assert.equal(after.split('\n').length, text.split('\n').length, 'no line added or removed');
  });

  it('refuses broken front matter, a non-list and a flow mapping, naming the problem', () => {
    for (const [text, words] of [
      ['---\nprompt: [x\n---\n', /not valid YAML/],
      ['---\ninterviews: 3\n---\n', /not a list/],
      ['---\n{prompt: x}\n---\n', /flow mapping/],
    ] as const) {
      const result = recordInterview(text, { started: STARTED, questions: [] });
      assert.ok('error' in result, text);
      assert.match(result.error, words);
      assert.match(result.error, /not recorded/);
    }
  });

  it('inserts the ratings after started:, then replaces only that line', () => {
    const recorded = apply(ANSWER, recordInterview(ANSWER, { started: STARTED, questions: QUESTIONS }));
    const rated = apply(recorded, rateInterview(recorded, STARTED, { requirements: 3, 'trade-offs': 2 }));
    const inserted = changedLines(recorded, rated);
    assert.deepEqual(inserted.removed, []);
    assert.deepEqual(inserted.added, ['    ratings: { requirements: 3, trade-offs: 2 }']);
    assert.deepEqual(interviews(rated)[0].ratings, { requirements: 3, 'trade-offs': 2 });

    const again = apply(rated, rateInterview(rated, STARTED, { requirements: 4, operability: 1 }));
    const replaced = changedLines(rated, again);
    assert.deepEqual(replaced.removed, inserted.added);
    assert.deepEqual(replaced.added, ['    ratings: { requirements: 4, operability: 1 }']);
    assert.deepEqual(interviews(again), [{ started: STARTED, questions: QUESTIONS, ratings: { requirements: 4, operability: 1 } }]);
  });

  it('keeps the suggested ratings beside the user\'s, each on its own line', () => {
    const recorded = apply(ANSWER, recordInterview(ANSWER, { started: STARTED, questions: QUESTIONS }));
    const suggested = apply(recorded, rateInterview(recorded, STARTED, { requirements: 2, ownership: 1 }, 'suggested'));
    assert.deepEqual(changedLines(recorded, suggested).added, ['    suggested: { requirements: 2, ownership: 1 }']);
    const rated = apply(suggested, rateInterview(suggested, STARTED, { requirements: 3, ownership: 1 }));
    assert.deepEqual(changedLines(suggested, rated).removed, []);
    assert.deepEqual(interviews(rated), [{ started: STARTED, questions: QUESTIONS, ratings: { requirements: 3, ownership: 1 }, suggested: { requirements: 2, ownership: 1 } }]);
    const again = apply(rated, rateInterview(rated, STARTED, { requirements: 3, ownership: 2 }, 'suggested'));
    assert.deepEqual(changedLines(rated, again).removed, ['    suggested: { requirements: 2, ownership: 1 }']);
    const bad = rateInterview(recorded, STARTED, { requirements: 0 as never }, 'suggested');
    assert.ok('error' in bad && /suggested ratings were not saved/.test(bad.error));
  });

  it('rates the right one of two interviews', () => {
    const a = apply(ANSWER, recordInterview(ANSWER, { started: STARTED, questions: ['A?'] }));
    const b = apply(a, recordInterview(a, { started: '2025-01-09T18:30:00Z', questions: ['B?'] }));
    const rated = apply(b, rateInterview(b, STARTED, { requirements: 2 }));
    const [first, second] = interviews(rated);
    assert.deepEqual(first.ratings, { requirements: 2 });
    assert.equal(second.ratings, undefined);
  });

  it('refuses to rate an interview that is not there, a bad value, or a ratings block it cannot replace whole', () => {
    const recorded = apply(ANSWER, recordInterview(ANSWER, { started: STARTED, questions: [] }));
    const missing = rateInterview(recorded, '2030-01-01T00:00:00Z', { requirements: 1 });
    assert.ok('error' in missing && /no interview started 2030/.test(missing.error));
    const bad = rateInterview(recorded, STARTED, { requirements: 5 as never });
    assert.ok('error' in bad && /1, 2, 3 or 4/.test(bad.error));
    const block = '---\ninterviews:\n  - started: 2025-01-02T10:00:00Z\n    ratings:\n      requirements: 2 # mine\n---\n';
    const spread = rateInterview(block, STARTED, { requirements: 3 });
    assert.ok('error' in spread && /not on one line/.test(spread.error), JSON.stringify(spread));
    const commented = '---\ninterviews:\n  - started: 2025-01-02T10:00:00Z\n    ratings: {requirements: 2} # kept\n---\n';
    assert.ok('error' in rateInterview(commented, STARTED, { requirements: 3 }));
    assert.ok('error' in rateInterview('# no front matter\n', STARTED, { requirements: 3 }));
  });

  it('reads hand-edited history leniently', () => {
    const data = {
      interviews: [
        { started: STARTED, questions: ['Q?', 3, ''], ratings: { requirements: 3, 'trade-offs': 9, ops: '2' }, suggested: { requirements: 2, x: 0 } },
        { started: STARTED, suggested: 'no' },
        { started: 'yesterday' },
        'junk',
        { started: new Date(Date.UTC(2025, 0, 9)), questions: 'not a list' },
      ],
    };
    assert.deepEqual(readInterviewHistory(data), [
      { started: STARTED, questions: ['Q?'], ratings: { requirements: 3 }, suggested: { requirements: 2 } },
      { started: STARTED, questions: [] },
      { started: '2025-01-09T00:00:00Z', questions: [] },
    ]);
    assert.deepEqual(readInterviewHistory({ interviews: 'x' }), []);
  });
});
