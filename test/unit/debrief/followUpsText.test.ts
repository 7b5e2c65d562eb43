import * as assert from 'node:assert/strict';
import { addFollowUpQuestion, outlineHeadingLines, readFollowUps } from '../../../src/core/debrief/followUpsText';
import { applyFixes } from '../../../src/core/lint/fixes';
import { analyze } from '../../../src/core/lint/linter';

function add(text: string, question: string): { text: string; cursorLine: number; atCursor: string } {
  const { edit, cursorLine } = addFollowUpQuestion(analyze(text).answer, text, question);
  const after = applyFixes(text, [{ fix: { title: '', edits: [edit] } }]);
  return { text: after, cursorLine, atCursor: after.split(/\r?\n/)[cursorLine - 1] };
}

/** Asserts `after` is `before` with lines inserted and nothing else changed. */
function onlyInserted(before: string, after: string): void {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  const count = b.length - a.length;
  assert.deepEqual([...b.slice(0, start), ...b.slice(start + count)], a, 'every other line is unchanged');
}

describe('follow-up questions in the answer', () => {
  it('creates ## Follow-ups at the end with the question and an empty line for the answer', () => {
    const before = '---\nprompt: x\n---\n## Requirements\n\n- 10k QPS\n\n';
    const result = add(before, 'What breaks first\nat 100k QPS?');
    assert.equal(result.text, '---\nprompt: x\n---\n## Requirements\n\n- 10k QPS\n\n## Follow-ups\n\n### Q: What breaks first at 100k QPS?\n\n\n');
    assert.equal(result.cursorLine, 12);
    assert.equal(result.atCursor, '');
    onlyInserted(before, result.text);
  });

  it('adds under the last question of an existing section, before a section that follows it', () => {
    const before = '## Follow-ups\n\n### Q: First?\n\nMy answer.\n## Operability\n\nOwned.\n';
    const result = add(before, 'Second?');
    assert.equal(result.text, '## Follow-ups\n\n### Q: First?\n\nMy answer.\n\n### Q: Second?\n\n\n\n## Operability\n\nOwned.\n');
    assert.equal(result.cursorLine, 9);
    onlyInserted(before, result.text);
  });

  it('finds the section by its aliases and writes one level under its heading', () => {
    const before = '# Answer\n\n### Questions asked\n\n#### Q: First?\n\nYes.\n';
    assert.match(add(before, 'Second?').text, /Yes\.\n\n#### Q: Second\?\n\n\n$/);
  });

  it('keeps CRLF, and ends a last line that has no newline', () => {
    assert.equal(add('# A\r\n\r\nText\r\n', 'Q?').text, '# A\r\n\r\nText\r\n\r\n## Follow-ups\r\n\r\n### Q: Q?\r\n\r\n\r\n');
    const noEol = add('# A\n\nText', 'Q?');
    assert.equal(noEol.text, '# A\n\nText\n\n## Follow-ups\n\n### Q: Q?\n\n');
    assert.equal(noEol.cursorLine, 9);
    assert.equal(add('', 'Q?').text, '## Follow-ups\n\n### Q: Q?\n\n\n');
  });

  it('ignores a Follow-ups heading inside fenced code', () => {
    const before = '```\n## Follow-ups\n```\n';
    assert.match(add(before, 'Q?').text, /```\n\n## Follow-ups\n\n### Q: Q\?/);
  });

  it('reads the questions with 1-based lines and whether each is answered', () => {
    const text = '## Follow-ups\n### Q: Answered?\nYes, because.\n### Q: Open?\n';
    assert.deepEqual(readFollowUps(analyze(text).answer), [
      { question: 'Answered?', line: 2, answered: true },
      { question: 'Open?', line: 4, answered: false },
    ]);
  });

  it('lists the outline: headings of level 2 and deeper, outside front matter and code', () => {
    const text = '---\nx: 1\n---\n# Title\n## Requirements\ntext\n```\n## code\n```\n### Q: Why?\n';
    assert.deepEqual(outlineHeadingLines(analyze(text).answer), [4, 9]);
  });

  it('closes a fence, <pre> or comment left open at the end before writing the question (issue 17)', () => {
    for (const [opener, closer] of [['```ts', '```'], ['<pre>', '</pre>'], ['<!-- draft', '-->']]) {
      const before = `## Follow-ups\n\n### Q: First?\n\nMy answer.\n\n${opener}\nsome text\n`;
      const result = add(before, 'Second?');
      assert.equal(result.text, `${before}${closer}\n\n### Q: Second?\n\n\n`, opener);
      onlyInserted(before, result.text);
      const asked = readFollowUps(analyze(result.text).answer);
      assert.deepEqual(asked.map((a) => a.question), ['First?', 'Second?'], `${opener}: the question is a heading, not text inside the block`);
      assert.equal(result.atCursor, '');
      // Asking again adds under the same Follow-ups, not a second one.
      const again = add(result.text, 'Third?');
      assert.equal((again.text.match(/^## Follow-ups$/gm) ?? []).length, 1, opener);
    }
    const noSection = add('## Requirements\n\n```\ncode', 'Why?');
    assert.equal(noSection.text, '## Requirements\n\n```\ncode\n```\n\n## Follow-ups\n\n### Q: Why?\n\n');
    assert.deepEqual(readFollowUps(analyze(noSection.text).answer).map((a) => a.question), ['Why?']);
  });
});
