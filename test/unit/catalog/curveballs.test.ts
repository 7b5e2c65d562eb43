import * as assert from 'node:assert/strict';
import { parsePromptCurveballs } from '../../../src/core/catalog/curveballs';
import { parsePromptFile } from '../../../src/core/catalog/loadPrompts';

const file = (body: string) => ({
  file: 'mine.md',
  text: `---\nid: platform/mine\ntitle: Mine\nteam: platform\nlevel: L5\ntemplate: system-design\n---\n## Statement\n\nDesign a thing that does things at scale.\n\n${body}`,
});

describe('prompt curveballs', () => {
  it('are read from ## Curveballs, with [signal] tags, continuation lines and inferred signals', () => {
    const { prompt, problems } = parsePromptFile(
      file('## Curveballs\n\n- [requirements] The business now needs this in three regions.\n  What changes in your design?\n- Traffic is now ten times what you planned for. What breaks first?\n'),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(prompt!.curveballs, [
      { question: 'The business now needs this in three regions. What changes in your design?', signal: 'requirements' },
      { question: 'Traffic is now ten times what you planned for. What breaks first?', signal: 'requirements' },
    ]);
    assert.deepEqual(prompt!.followUps, [], 'curveballs are not follow-ups');
  });

  it('are empty when the prompt has none', () => {
    assert.deepEqual(parsePromptFile(file('## Pitfalls\n\n- Something.\n')).prompt!.curveballs, []);
  });

  it('report problems on the line to fix, naming Curveballs, and the prompt does not load', () => {
    const text = file('## Curveballs\n\n- [budget] Costs must halve. What goes?\n- Twice?\n- Twice?\nA paragraph.\n- \n');
    const { prompt, problems } = parsePromptFile(text);
    assert.equal(prompt, undefined);
    const lines = text.text.split('\n');
    const at = (needle: string) => lines.findIndex((l) => l.startsWith(needle)) + 1;
    assert.deepEqual(
      problems.map((p) => [p.field, p.line, p.message.split(/[;:]/)[0]]),
      [
        ['Curveballs', at('- [budget]'), 'Unknown signal [budget] in Curveballs'],
        ['Curveballs', at('- Twice?') + 1, 'Duplicate curveball'],
        ['Curveballs', at('A paragraph'), 'Curveballs holds a list of questions'],
        ['Curveballs', at('A paragraph') + 1, 'Empty curveball'],
      ],
    );
  });

  it('are at most three: a fourth is reported on its line', () => {
    const { curveballs, problems } = parsePromptCurveballs('- One?\n- Two?\n- Three?\n- Four?\n', 20);
    assert.equal(curveballs.length, 3);
    assert.deepEqual(problems.map((p) => [p.line, p.message]), [[23, 'More than 3 curveballs: list at most 3']]);
  });

  it('report an empty section and an overlong question', () => {
    assert.match(parsePromptFile(file('## Curveballs\n\n')).problems[0].message, /^Curveballs has no questions/);
    assert.match(parsePromptCurveballs(`- ${'why '.repeat(120)}?`, 5).problems[0].message, /^Curveball is \d+ characters long/);
  });
});
