import * as assert from 'node:assert/strict';
import { parseFrontMatter } from '../../../src/core/answer/frontMatter';
import { appendToFrontMatterList, setFrontMatterKey, type FrontMatterEdit } from '../../../src/core/answer/frontMatterEdit';
import { splitLines } from '../../../src/core/answer/parseAnswer';
import { applyFixes } from '../../../src/core/lint/fixes';

function apply(text: string, result: FrontMatterEdit): string {
  assert.ok('edits' in result, 'error' in result ? result.error : 'no edits');
  return applyFixes(text, [{ fix: { title: '', edits: result.edits } }]);
}

const data = (text: string) => parseFrontMatter(splitLines(text))!.data;

/** Front matter whose bytes a YAML printer would change. */
const TEXT = '---\nprompt: x   # why\ntags: [a,b,   c]\nmask: 0x1F\nbig: 12345678901234567890\nmocks:\n- { rating: 3 }\n# about level\nlevel: L4\n---\n# Body\n';

describe('front matter edits', () => {
  it('appendToFrontMatterList adds one item to any key, only inserting lines', () => {
    const after = apply(TEXT, appendToFrontMatterList(TEXT, 'mocks', { rating: 4, notes: 'ok' }));
    assert.equal(after, TEXT.replace('- { rating: 3 }\n', '- { rating: 3 }\n- rating: 4\n  notes: ok\n'));
    const added = apply(TEXT, appendToFrontMatterList(TEXT, 'ratings', 5));
    assert.equal(added, TEXT.replace('level: L4\n', 'level: L4\nratings:\n  - 5\n'));
  });

  it('setFrontMatterKey replaces only that key\'s lines, keeping the comment before the next key', () => {
    const after = apply(TEXT, setFrontMatterKey(TEXT, 'mocks', [{ rating: 5 }]));
    assert.equal(after, TEXT.replace('mocks:\n- { rating: 3 }\n', 'mocks:\n  - rating: 5\n'));
    const level = apply(TEXT, setFrontMatterKey(TEXT, 'level', 'L5'));
    assert.equal(level, TEXT.replace('level: L4', 'level: L5'));
    const added = apply(TEXT, setFrontMatterKey(TEXT, 'score', 7));
    assert.equal(added, TEXT.replace('level: L4\n', 'level: L4\nscore: 7\n'));
    assert.equal(data(added).big, data(TEXT).big);
    assert.equal(apply('# Body\n', setFrontMatterKey('# Body\n', 'score', 7)), '---\nscore: 7\n---\n# Body\n');
  });

  it('refuses a flow-mapping front matter and values that are not lists, with a reason', () => {
    const flow = '---\n{ a: 0x1F }\n---\n';
    const set = setFrontMatterKey(flow, 'b', 1);
    assert.ok('error' in set && /flow mapping/.test(set.error));
    const notList = appendToFrontMatterList(TEXT, 'level', 1);
    assert.ok('error' in notList && /"level" in the front matter \(line 9\) is not a list/.test(notList.error));
  });
});
