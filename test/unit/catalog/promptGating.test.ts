import * as assert from 'node:assert/strict';
import { parsePromptFile } from '../../../src/core/catalog/loadPrompts';
import type { Prompt } from '../../../src/core/catalog/prompt';
import { hasMermaidDiagram, hasRecordedAttempt, renderPromptHtml } from '../../../src/core/catalog/promptView';

const BODY = `## Statement

Cap how often a household sees one ad.

## What to cover

- where the counters live

## Clarifying questions

- How many households?

## Signals

- counting once

## Pitfalls

- counting retries twice

## Time plan

- Requirements (5-7 min): scale

## Answer key

- [data-flow] Counters live per household in a low-latency store.
  Look for: household; counter
- [ownership] [L5] Fail open or fail closed when the counter store is slow.
  Look for: fail open | fail closed
`;

function prompt(body = BODY): Prompt {
  const text = `---\nid: ads/capping\ntitle: Capping\nteam: ads\nlevel: L5\ntemplate: system-design\n---\n${body}`;
  const { prompt: p, problems } = parsePromptFile({ file: 'capping.md', text });
  assert.deepEqual(problems, []);
  return p!;
}

const SPOILERS = ['<h2>What to cover</h2>', '<h2>Clarifying questions</h2>', '<h2>Signals</h2>', '<h2>Pitfalls</h2>'];

describe('prompt view: spoiler-free practice and the answer key', () => {
  it('shows everything but the answer key before an attempt by default, and the key only as a count', () => {
    const html = renderPromptHtml(prompt(), []);
    for (const h of ['<h2>Statement</h2>', '<h2>Time plan</h2>', ...SPOILERS]) assert.ok(html.includes(h), h);
    assert.ok(html.includes('Answer key'));
    assert.ok(html.includes('2 points a strong answer covers'));
    assert.ok(!html.includes('Counters live per household'), 'no point before an attempt');
  });

  it('spoiler-free practice shows only the statement and the time plan until an attempt is recorded', () => {
    const before = renderPromptHtml(prompt(), [], [], '', { spoilerFree: true, attempted: false });
    assert.ok(before.includes('<h2>Statement</h2>') && before.includes('<h2>Time plan</h2>'));
    for (const h of SPOILERS) assert.ok(!before.includes(h), `${h} is hidden`);
    assert.ok(!before.includes('counting retries twice') && !before.includes('How many households'));
    assert.ok(!before.includes('id="answer-key-title"'), 'no answer key section, not even its count');
    assert.match(before, /Spoiler-free practice: .* and the answer key show once you have recorded an attempt/);
    // "always" does not override spoiler-free practice before the attempt.
    assert.ok(!renderPromptHtml(prompt(), [], [], '', { spoilerFree: true, showAnswerKey: 'always' }).includes('Counters live per household'));
    const after = renderPromptHtml(prompt(), [], [], '', { spoilerFree: true, attempted: true });
    for (const h of SPOILERS) assert.ok(after.includes(h), `${h} shows after the attempt`);
    assert.ok(!after.includes('spoiler-note'));
    assert.ok(after.includes('Counters live per household'));
  });

  it('"always" shows the answer key before an attempt, with each point\'s signal and level', () => {
    const html = renderPromptHtml(prompt(), [], [], '', { showAnswerKey: 'always' });
    assert.match(html, /<li class="key-point"><span class="tag">data-flow<\/span> Counters live per household/);
    assert.match(html, /<span class="tag">ownership<\/span> <span class="tag level-l5">L5<\/span> Fail open/);
  });

  it('after an attempt marks each point covered, with its line and words (a bold marker the quote cut off dropped), or missed', () => {
    const p = prompt();
    const html = renderPromptHtml(p, [], [], '', {
      attempted: true,
      keyCheck: {
        answerLabel: 'notes/ads/<capping>.md',
        result: { covered: [{ ...p.answerKey[0], line: 12, quote: 'household** <counter>' }], missed: [{ signal: 'ownership', level: 'L5', point: p.answerKey[1].point }] },
      },
    });
    assert.ok(html.includes('Checked against notes/ads/&lt;capping&gt;.md: 1 of 2 points covered'));
    assert.match(html, /class="key-point covered"><span class="key-mark covered">Covered<\/span>.*line 12: “household &lt;counter&gt;”/);
    assert.match(html, /class="key-point missed"><span class="key-mark missed">Missed<\/span>.*Fail open/);
  });

  it('a prompt without an answer key has no answer key section', () => {
    const html = renderPromptHtml(prompt(BODY.slice(0, BODY.indexOf('## Answer key'))), [], [], '', { showAnswerKey: 'always', attempted: true });
    assert.ok(!html.includes('answer-key'));
  });

  it('an attempt is a timed practice session or a mock interview in an answer', () => {
    assert.equal(hasRecordedAttempt([]), false);
    assert.equal(hasRecordedAttempt([{ practice: [], interviews: [] }]), false);
    assert.equal(hasRecordedAttempt([{ practice: [{}], interviews: [] }]), true);
    assert.equal(hasRecordedAttempt([{ practice: [], interviews: [{}] }]), true);
  });

  it('renders a mermaid block in the prompt as a diagram element, and says when a page has one', () => {
    const withDiagram = renderPromptHtml(prompt(BODY.replace('Cap how often a household sees one ad.', 'Cap it.\n\n```mermaid\nflowchart LR\n  a[<b>Ad server</b>] --> b\n```')), []);
    assert.match(withDiagram, /<div class="dp-mermaid"><pre class="dp-mermaid-source"><code>flowchart LR\n {2}a\[&lt;b&gt;Ad server&lt;\/b&gt;\] --&gt; b<\/code><\/pre><\/div>/);
    assert.ok(hasMermaidDiagram(withDiagram));
    assert.ok(!hasMermaidDiagram(renderPromptHtml(prompt(), [])));
    assert.ok(!hasMermaidDiagram(renderPromptHtml(prompt(BODY.replace('Cap how often', 'Text about class="dp-mermaid" written by a prompt. Cap how often')), [])));
  });
});
