import * as assert from 'node:assert/strict';
import { frontMatterHead } from '../../../src/core/answer/frontMatter';
import { readAnswerHeader } from '../../../src/core/answer/parseAnswer';
import { isPromptFileText } from '../../../src/core/catalog/promptFiles';

/** Front matter as mock interviews grow it: the ids first, then `records` interview records of about 20 lines each. */
function answerWithRecords(records: number, eol = '\n'): string {
  const record = (i: number) => [
    `  - started: 2026-12-0${(i % 9) + 1}T10:00:00Z`,
    '    questions:',
    ...Array.from({ length: 12 }, (_, q) => `      - "Question ${q} of interview ${i}: how does the counter store fail over, and who decides?"`),
    '    ratings:',
    '      requirements: 3',
    '      trade-offs: 2',
    '      ownership: 3',
    '    suggested:',
    '      requirements: 2',
  ];
  const lines = ['---', 'prompt: ads/frequency-capping', 'template: system-design', 'interviews:', ...Array.from({ length: records }, (_, i) => record(i)).flat(), '---', '# My answer', '', '## Requirements', ''];
  return lines.join(eol);
}

describe('front matter of any length (issue 17, item 12)', () => {
  it('is read whole past 200 lines and 64 KB, so the answer keeps its prompt and template', () => {
    for (const records of [11, 60]) {
      const text = answerWithRecords(records);
      const lines = text.split('\n').length;
      assert.ok(lines > 200, `${lines} lines`);
      if (records === 60) assert.ok(text.length > 64 * 1024, `${text.length} characters`);
      const header = readAnswerHeader(text);
      assert.equal(header.frontMatter?.error, undefined);
      assert.equal(header.promptId, 'ads/frequency-capping');
      assert.equal(header.templateId, 'system-design');
      assert.equal((header.frontMatter?.data.interviews as unknown[]).length, records);
    }
  });

  it('a prompt file with a long front matter is still one', () => {
    const text = `---\nid: a/b\ntitle: T\n${Array.from({ length: 5000 }, (_, i) => `note${i}: ${'x'.repeat(20)}`).join('\n')}\nteam: payments\n---\n## Statement\n`;
    assert.ok(text.length > 64 * 1024);
    assert.ok(isPromptFileText(text));
  });

  it('stops at the closing line, with any line ending and a BOM; all of an unclosed block; the first line when there is none', () => {
    assert.equal(frontMatterHead('---\na: 1\n---\n# T\n\nbody\n'), '---\na: 1\n---\n');
    assert.equal(frontMatterHead('\uFEFF---\r\na: 1\r\n...\r\n# T\r\n'), '\uFEFF---\r\na: 1\r\n...\r\n');
    assert.equal(frontMatterHead('---\ra: 1\r---\r# T'), '---\ra: 1\r---\r');
    assert.equal(frontMatterHead('---\na: 1\n---'), '---\na: 1\n---');
    assert.equal(frontMatterHead('---\na: 1\n# T\n'), '---\na: 1\n# T\n');
    assert.equal(frontMatterHead('# T\n---\na: 1\n---\n'), '# T\n');
    assert.equal(frontMatterHead(''), '');
    // The same ids as reading the whole text, CRLF included.
    const crlf = answerWithRecords(30, '\r\n');
    assert.deepEqual(readAnswerHeader(crlf).promptId, 'ads/frequency-capping');
  });

  it('an unclosed block is reported as such, not read as the answer\'s ids', () => {
    const text = answerWithRecords(20).replace(/\n---\n# My answer/, '\n# My answer');
    const header = readAnswerHeader(text);
    assert.equal(header.promptId, undefined);
    assert.match(header.frontMatter?.error?.message ?? '', /Front matter is not closed/);
  });
});
