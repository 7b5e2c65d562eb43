import * as assert from 'node:assert/strict';
import { parseFrontMatter } from '../../src/core/answer/frontMatter';
import { stripClosingHashes, stripInlineMarkdown } from '../../src/core/answer/headingMatch';
import { isPlaceholderMatch, PLACEHOLDER, sentenceStarts } from '../../src/core/answer/sectionText';
import { parsePlanLine } from '../../src/core/catalog/loadPrompts';
import { tableCell } from '../../src/core/catalog/promptView';
import { lint } from '../../src/core/lint/linter';

/**
 * The linear-time rewrites of issue 7 read what the patterns they replace read. The timing side is
 * scaling.test.ts; this is the meaning side.
 */
describe('linear-time patterns keep their meaning', () => {
  it('time-plan lines: label, minutes, range and detail; minutes must end the line or precede a colon', () => {
    assert.deepEqual(parsePlanLine('- Requirements (5-7 min): freshness, scale'), { label: 'Requirements', min: 5, max: 7, detail: ' freshness, scale' });
    assert.deepEqual(parsePlanLine('* **Trade-offs**   (10 – 15 min)  '), { label: '**Trade-offs**', min: 10, max: 15 });
    assert.deepEqual(parsePlanLine('- Deep dive (part 2) (20 min)'), { label: 'Deep dive (part 2)', min: 20 });
    assert.deepEqual(parsePlanLine('- A (1 min) then B (2 min): x'), { label: 'A (1 min) then B', min: 2, detail: ' x' });
    for (const line of ['Requirements (5 min)', '- (5 min)', '- Scope (5 min) extra', '- Scope (five min)', '-Scope (5 min)']) assert.equal(parsePlanLine(line), undefined, line);
  });

  it('closing hashes go only after whitespace', () => {
    assert.equal(stripClosingHashes('Scope ##'), 'Scope');
    assert.equal(stripClosingHashes('Scope  ##   '), 'Scope');
    assert.equal(stripClosingHashes('C#'), 'C#');
    assert.equal(stripClosingHashes('###'), '###');
    assert.equal(stripClosingHashes('Scope  '), 'Scope  ');
    assert.equal(stripInlineMarkdown('**Trade-offs** ##'), 'Trade-offs');
  });

  it('links, images and tags are still removed from headings', () => {
    assert.equal(stripInlineMarkdown('![logo](a.png) [Scope](#scope) and <b>more</b>'), 'logo Scope and more');
    assert.equal(stripInlineMarkdown('a < b > c'), 'a  c');
  });

  it('a line break with the whitespace around it becomes one space in a table cell', () => {
    assert.equal(tableCell('a  \n \r\n  b|c'), 'a b\\|c');
    assert.equal(tableCell('a     b'), 'a     b');
  });

  it('a bare tab stop is a placeholder after a label, a list marker or a pipe, and money elsewhere', () => {
    const found = (text: string) => [...text.matchAll(PLACEHOLDER)].filter((m) => isPlaceholderMatch(text, m[0], m.index)).map((m) => m.index);
    assert.deepEqual(found('> - **Scale:** $1'), [15]);
    assert.deepEqual(found('| $1 | $2 |'), [2, 7]);
    assert.deepEqual(found('It costs $1 |'), []);
    assert.deepEqual(found('- **Scale $1** costs $2*'), []);
    assert.deepEqual(found('costs $1* and $2*'), []);
  });

  it('sentences end after a run of punctuation, not inside it', () => {
    assert.deepEqual(sentenceStarts('Kafka... then Redis!! Done'), [0, 8, 21]);
    assert.deepEqual(sentenceStarts(`Kafka${'.'.repeat(50)}x`), [0]);
  });

  it('a repeated front-matter key is reported on its line, the first of several', () => {
    const fm = parseFrontMatter(['---', 'a: 1', 'b:', '  c: 1', '  c: 2', 'a: 3', '---']);
    assert.equal(fm?.error?.message, 'Front matter is not valid YAML: Map keys must be unique');
    assert.equal(fm?.error?.line, 4);
    assert.equal(parseFrontMatter(['---', 'a: 1', '"a": 2', '---'])?.error?.line, 2);
    assert.equal(parseFrontMatter(['---', '.nan: 1', '.NaN: 2', '1: a', '"1": b', '---'])?.error, undefined);
  });

  it('disable ranges that overlap, nest and repeat are merged correctly', () => {
    const text = [
      '## Requirements', '', '10 million users.', 'TODO one', '<!-- design-practice-disable SD004 -->', 'TODO two',
      '<!-- design-practice-disable-next-line SD004 -->', 'TODO three', '<!-- design-practice-enable SD004 -->', 'TODO four',
      '<!-- design-practice-disable-next-line SD004 -->', 'TODO five', 'TODO six', '',
    ].join('\n');
    assert.deepEqual(lint(text).filter((f) => f.ruleId === 'SD004').map((f) => f.line), [4, 10, 13]);
  });
});
