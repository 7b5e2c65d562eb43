/**
 * parseAnswer's block parser builds tokens through its own `push` (for speed); they must be the
 * tokens markdown-it itself builds, field for field, on every kind of block.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createBlockParser } from '../../../src/core/answer/parseAnswer';
import { AnswerWriter } from '../../bench/answerText';
import { fixturePath, repoRoot } from '../helpers/paths';

const FIELDS = ['type', 'tag', 'attrs', 'map', 'nesting', 'level', 'children', 'content', 'markup', 'info', 'meta', 'block', 'hidden'] as const;

const SAMPLE = `# Title

Setext heading
==============

## Requirements <!-- a comment -->

- item one
  - nested *item* with \`code\`
    1. ordered
    2) ordered again

      indented paragraph in the list
- item two

  lazy continuation
lazy line

> quote
> - list in a quote
>
> \`\`\`js
> code in a quote
> \`\`\`

| a | b |
| - | :-: |
| 1 | 2 |

\`\`\`\`text
\`\`\`
not closed by three
\`\`\`\`

    indented code

<!--
multi-line comment
-->

<div>
html block
</div>

[ref]: https://example.com "title"

***

Paragraph with [ref] and trailing spaces  
next line.
`;

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(full) : e.name.endsWith('.md') ? [full] : [];
  });
}

describe('block parser tokens', () => {
  const stock = createBlockParser(false);
  const fast = createBlockParser(true);
  const sources: [string, string][] = [
    ['sample', SAMPLE],
    ['generated answer', new AnswerWriter(7).answer(64 * 1024, ['Scope'])],
    ...markdownFiles(path.join(repoRoot, 'src', 'core', 'catalog', 'prompts')).map((f): [string, string] => [`prompt ${path.basename(f)}`, fs.readFileSync(f, 'utf8')]),
    ...markdownFiles(fixturePath()).map((f): [string, string] => [path.relative(fixturePath(), f), fs.readFileSync(f, 'utf8')]),
  ];

  it('are markdown-it’s own tokens, field for field', () => {
    for (const [name, text] of sources) {
      const expected = stock.parse(text, {});
      const actual = fast.parse(text, {});
      assert.equal(actual.length, expected.length, name);
      for (let i = 0; i < expected.length; i++) {
        for (const field of FIELDS) assert.deepEqual(actual[i][field], expected[i][field], `${name}: token ${i} (${expected[i].type}) ${field}`);
      }
    }
  });

  it('keep Token’s prototype and methods', () => {
    const [expected] = stock.parse('# x\n', {});
    const [actual] = fast.parse('# x\n', {});
    assert.equal(Object.getPrototypeOf(Object.getPrototypeOf(actual)), Object.getPrototypeOf(expected));
    assert.equal(actual instanceof (expected.constructor as new () => unknown), true);
    actual.attrSet('id', 'x');
    assert.equal(actual.attrGet('id'), 'x');
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort());
  });
});
