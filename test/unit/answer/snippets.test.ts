import * as assert from 'node:assert/strict';
import { answerStatus } from '../../../src/core/answer/answerStatus';
import { buildSnippets, offeredSnippets, snippetEntries, snippetWordStart } from '../../../src/core/answer/snippets';
import { lint } from '../../../src/core/lint/linter';
import { TEMPLATES } from '../../../src/core/answer/templates';
import { readMermaid } from '../../../src/core/diagram/mermaid';

describe('snippets', () => {
  it('has a whole-answer snippet per template and a dp- snippet for every section', () => {
    const prefixes = Object.values(buildSnippets()).map((s) => s.prefix);
    assert.ok(prefixes.includes('dp-answer') && prefixes.includes('dp-ml-answer'));
    for (const t of TEMPLATES.values()) for (const s of t.sections) assert.ok(prefixes.includes(`dp-${s.id}`), `dp-${s.id}`);
    assert.ok(prefixes.every((p) => p.startsWith('dp-')));
    assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  });

  it('turns every guiding prompt into a tab stop and escapes snippet syntax', () => {
    const op = Object.values(buildSnippets()).find((s) => s.prefix === 'dp-operability')!;
    assert.equal(op.body[0], '## Operability');
    assert.match(op.body.join('\n'), /\$\{1:the metrics, dashboards and alerts that show it is healthy\}/);
    assert.equal(op.body.at(-1), '$0');
    const answer = Object.values(buildSnippets()).find((s) => s.prefix === 'dp-answer')!;
    const stops = [...answer.body.join('\n').matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1]));
    assert.deepEqual(stops, stops.map((_, i) => i + 1), 'tab stops are numbered in order');
  });

  /** A snippet's text once inserted and every placeholder accepted as it is (Tab, Tab, ...). */
  const accepted = (body: readonly string[]) =>
    body.join('\n').replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, '$1').replace(/\$0/g, '').replace(/\\([\\$}])/g, '$1');

  it('dp-diagram and dp-sequence insert Mermaid diagrams that read cleanly as they are', () => {
    const byPrefix = (prefix: string) => Object.values(buildSnippets()).find((s) => s.prefix === prefix)!;
    for (const [prefix, kind, nodes, edges] of [
      ['dp-diagram', 'flowchart', 7, 6],
      ['dp-sequence', 'sequence', 4, 7],
    ] as const) {
      // A choice (`${1|read,write|}`) accepted as it is takes its first option.
      const text = accepted(byPrefix(prefix).body).replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
      assert.doesNotMatch(text, /\$\{/, prefix);
      const body = text.split('\n');
      assert.equal(body[0], '```mermaid');
      const diagram = readMermaid(body.slice(1, body.indexOf('```', 1)).join('\n'));
      assert.deepEqual([diagram.kind, diagram.nodes.length, diagram.edges.length, diagram.errors], [kind, nodes, edges, []], prefix);
    }
  });

  it('an untouched whole-answer snippet is template text: SD002 on every section, and a draft', () => {
    for (const prefix of ['dp-answer', 'dp-ml-answer']) {
      const text = accepted(Object.values(buildSnippets()).find((s) => s.prefix === prefix)!.body);
      assert.doesNotMatch(text, /\$\{|_/, prefix);
      const findings = lint(text);
      const template = TEMPLATES.get(prefix === 'dp-answer' ? 'system-design' : 'ml-system-design')!;
      assert.deepEqual(findings.filter((f) => f.ruleId === 'SD002').map((f) => f.sectionId), template.sections.filter((s) => s.required).map((s) => s.id), prefix);
      assert.match(findings.find((f) => f.ruleId === 'SD002')!.message, /still holds only the template's prompts/);
      assert.equal(answerStatus(text), 'draft', prefix);
    }
  });

  it('an untouched section snippet inside an answer with words of its own is SD004, one line each', () => {
    const op = accepted(Object.values(buildSnippets()).find((s) => s.prefix === 'dp-operability')!.body);
    const text = `---\ntemplate: system-design\n---\n# X\n\n${op.replace('## Operability\n', '## Operability\n\n- Alert on p99 latency; the payments team is on call.\n')}`;
    const sd004 = lint(text).filter((f) => f.ruleId === 'SD004' && f.sectionId === 'operability');
    assert.ok(sd004.length > 0);
  });

  it('finds the dp- word the cursor ends, and nothing else', () => {
    assert.equal(snippetWordStart('dp-'), 0);
    assert.equal(snippetWordStart('- dp-ar'), 2);
    assert.equal(snippetWordStart('text (dp-'), 6);
    for (const prefix of ['', 'dp', 'see-', 'xdp-', 'my-dp-', 'dp- x', '## ', '## Op', '#', '  ']) assert.equal(snippetWordStart(prefix), undefined, prefix);
    assert.equal(snippetWordStart(`${' dp-'.repeat(40000)}`), 160000 - 3);
  });

  it('on Ctrl+Space: after d, dp or dp-..., or on an empty line; never after a heading\'s # (issue 17, item 14)', () => {
    assert.equal(snippetWordStart('d', true), 0);
    assert.equal(snippetWordStart('- dp', true), 2);
    assert.equal(snippetWordStart('dp-ope', true), 0);
    assert.equal(snippetWordStart('', true), 0);
    assert.equal(snippetWordStart('  ', true), 2);
    for (const prefix of ['## ', '## Op', '#', '## Operability', 'see', 'xdp', 'a d ', 'word ']) assert.equal(snippetWordStart(prefix, true), undefined, prefix);
  });

  describe('which snippets an answer is offered (issue 17, item 19)', () => {
    const entries = snippetEntries();
    const prefixes = (context?: Parameters<typeof offeredSnippets>[1]) => offeredSnippets(entries, context).map((e) => e.snippet.prefix);
    const all = entries.map((e) => e.snippet.prefix);

    it('outside an answer: every snippet', () => {
      assert.deepEqual(prefixes(), all);
    });

    it('a system-design answer: no ML-only snippet, no section it has, no whole answer once it has front matter', () => {
      const offered = prefixes({ template: 'system-design', present: new Set(['requirements', 'scope']), frontMatter: true });
      assert.deepEqual(offered, ['dp-architecture', 'dp-trade-offs', 'dp-operability', 'dp-follow-ups', 'dp-diagram', 'dp-sequence']);
    });

    it('an ML answer: its own wording of a section, Evaluation, and the sections shared with system design', () => {
      const offered = prefixes({ template: 'ml-system-design', present: new Set(['operability']), frontMatter: true });
      assert.deepEqual(offered, ['dp-scope', 'dp-trade-offs', 'dp-follow-ups', 'dp-ml-requirements', 'dp-ml-architecture', 'dp-evaluation', 'dp-diagram', 'dp-sequence']);
      assert.ok(!offered.includes('dp-requirements') && !offered.includes('dp-ml-operability'));
    });

    it('an empty answer (no front matter, no section): both whole answers and its template\'s sections', () => {
      const offered = prefixes({ template: 'system-design', present: new Set(), frontMatter: false });
      assert.ok(offered.includes('dp-answer') && offered.includes('dp-ml-answer'));
      assert.ok(offered.includes('dp-operability') && !offered.includes('dp-evaluation'));
    });

    it('every section snippet names the templates it fits, and each template has one snippet per section', () => {
      for (const t of TEMPLATES.values()) {
        const sections = entries.filter((e) => e.section !== undefined && e.templates.includes(t.id)).map((e) => e.section);
        assert.deepEqual(sections.sort(), t.sections.map((s) => s.id).sort(), t.id);
      }
    });
  });
});
