import * as assert from 'node:assert/strict';
import { isValidPromptId, joinInside, promptSlug } from '../../../src/core/catalog/ids';
import { loadCatalog, parsePromptFile } from '../../../src/core/catalog/loadPrompts';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';
import { MAX_SHORT_TITLE, sidebarTitle, TEAMS } from '../../../src/core/catalog/prompt';

const valid = (over: Record<string, string> = {}, body = '## Statement\n\nDesign a thing that does things at scale.\n') => {
  const fields = { id: 'platform/my-prompt', title: 'My prompt', team: 'platform', level: 'L5', template: 'system-design', ...over };
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}`;
};

describe('prompt catalog', () => {
  describe('bundled prompts', () => {
    const { prompts, problems } = loadBundledCatalog();

    it('load without problems', () => assert.deepEqual(problems, []));

    it('each has a sidebar name that fits beside its level at the default sidebar width (issue 17, item 22)', () => {
      for (const p of prompts) assert.ok(sidebarTitle(p).length <= MAX_SHORT_TITLE, `${p.id}: ${sidebarTitle(p)}`);
      // A short title only where the title does not fit, and never the same words again.
      for (const p of prompts) if (p.shortTitle) assert.ok(p.title.length > MAX_SHORT_TITLE && p.shortTitle !== p.title, p.id);
    });

    it('give a senior candidate six weeks of material: 42 or more, each engineering team with 4+ L5 and 3+ L4, ML Systems with 10+', () => {
      const count = (team: string, level: string) => prompts.filter((p) => p.team === team && p.level === level).length;
      const table = Object.fromEntries(TEAMS.map((t) => [t.id, Object.fromEntries(['L4', 'L5', 'MLE'].map((l) => [l, count(t.id, l)]).filter(([, n]) => n))]));
      assert.deepEqual(table, {
        streaming: { L4: 3, L5: 5 },
        recommendation: { L4: 3, L5: 4 },
        ads: { L4: 3, L5: 4 },
        platform: { L4: 3, L5: 5 },
        ml: { MLE: 12 },
      });
      assert.ok(prompts.length >= 42);
      for (const team of ['streaming', 'recommendation', 'ads', 'platform']) {
        assert.ok(count(team, 'L5') >= 4 && count(team, 'L4') >= 3, team);
      }
      assert.ok(count('ml', 'MLE') >= 10);
      for (const id of ['ml/homepage-personalization', 'ml/top-10', 'ml/search-ranking', 'ml/trailer-ranking', 'ml/foundation-model-rollout']) {
        assert.ok(prompts.some((p) => p.id === id), id);
      }
    });

    it('each have seven to nine follow-ups', () => {
      for (const p of prompts) assert.ok(p.followUps.length >= 7 && p.followUps.length <= 9, `${p.id}: ${p.followUps.length}`);
    });

    it('every team has prompts, and every prompt is complete', () => {
      for (const team of TEAMS) assert.ok(prompts.some((p) => p.team === team.id), team.id);
      for (const p of prompts) {
        assert.ok(p.statement && p.whatToCover && p.signals && p.pitfalls, `${p.id} has every part`);
        assert.ok(p.clarifyingQuestions.length >= 3, `${p.id} has clarifying questions`);
        assert.ok(p.summary.length > 0 && p.summary.length <= 160, `${p.id} summary`);
        assert.equal(p.timePlan.at(-1)?.section, 'operability', `${p.id} time plan ends with operability`);
        assert.ok(p.bundled && p.source.startsWith('bundled:'));
      }
    });

    it('ML prompts use the ML template with an evaluation phase', () => {
      for (const p of prompts.filter((x) => x.level === 'MLE')) {
        assert.equal(p.template, 'ml-system-design', p.id);
        assert.ok(p.timePlan.some((ph) => ph.section === 'evaluation'), p.id);
      }
    });
  });

  describe('validation', () => {
    it('reads a valid file', () => {
      const { prompt, problems } = parsePromptFile({ file: 'p.md', text: valid() });
      assert.deepEqual(problems, []);
      assert.equal(prompt?.id, 'platform/my-prompt');
      assert.equal(prompt?.summary, 'Design a thing that does things at scale.');
      assert.equal(prompt?.timePlan.length, 5, 'the default plan');
    });

    it('names the file, field and line of each problem', () => {
      const { prompt, problems } = parsePromptFile({ file: 'bad.md', text: valid({ team: 'Marketing Team', level: 'L9' }) });
      assert.equal(prompt, undefined);
      assert.deepEqual(problems.map((p) => [p.file, p.field, p.line]), [['bad.md', 'team', 4], ['bad.md', 'level', 5]]);
      assert.match(problems[0].message, /Invalid team "Marketing Team": use lower-case words joined by hyphens/);
    });

    it('refuses a title with a line break, which would inject a section into new answers', () => {
      for (const title of ['"Cache\\n## Operability"', '"Cache\\r\\nX"', '"Cache\\u2028X"', '|\n  Cache\n  ## Operability']) {
        const result = parsePromptFile({ file: 'x.md', text: valid({ title }) });
        assert.equal(result.prompt, undefined, title);
        assert.deepEqual(result.problems.map((p) => [p.field, p.message]), [['title', 'title must be one line of text; it has a line break']], title);
      }
      assert.equal(parsePromptFile({ file: 'x.md', text: valid({ title: '|\n  Cache' }) }).prompt?.title, 'Cache');
    });

    it('takes an optional shortTitle of one line, at most 28 characters, for the sidebar', () => {
      const ok = parsePromptFile({ file: 'a.md', text: valid({ title: 'A very long title that the sidebar cuts off halfway', shortTitle: 'Long title, short' }) });
      assert.deepEqual([ok.problems, ok.prompt?.shortTitle], [[], 'Long title, short']);
      assert.equal(parsePromptFile({ file: 'b.md', text: valid() }).prompt?.shortTitle, undefined);
      for (const bad of ['x'.repeat(29), '""', '[a, b]']) {
        const { problems } = parsePromptFile({ file: 'c.md', text: valid({ shortTitle: bad }) });
        assert.deepEqual(problems.map((p) => [p.field, p.line]), [['shortTitle', 7]], bad);
      }
    });

    it('takes any team slug as a team of its own, with an optional teamTitle', () => {
      const own = parsePromptFile({ file: 'pay.md', text: valid({ id: 'payments/ledger', team: 'payments', teamTitle: 'Payments & Risk' }) });
      assert.deepEqual(own.problems, []);
      assert.equal(own.prompt?.team, 'payments');
      assert.equal(own.prompt?.teamTitle, 'Payments & Risk');
      const plain = parsePromptFile({ file: 'pay.md', text: valid({ team: 'payments-risk' }) });
      assert.deepEqual([plain.problems, plain.prompt?.team, plain.prompt?.teamTitle], [[], 'payments-risk', undefined]);
      // A bundled team keeps its own name: teamTitle cannot rename it for everyone's prompts.
      assert.equal(parsePromptFile({ file: 'p.md', text: valid({ teamTitle: 'Mine' }) }).prompt?.teamTitle, undefined);
      for (const team of ['"../x"', '"a b"', '"-x"', '[a]', `"${'a'.repeat(61)}"`]) {
        assert.equal(parsePromptFile({ file: 'x.md', text: valid({ team }) }).problems[0]?.field, 'team', team);
      }
      assert.equal(parsePromptFile({ file: 'x.md', text: valid({ team: 'payments', teamTitle: '[1]' }) }).problems[0]?.field, 'teamTitle');
      const missing = parsePromptFile({ file: 'x.md', text: '---\nid: a/b\ntitle: T\nlevel: L4\n---\n## Statement\n\nS.\n' });
      assert.match(missing.problems[0].message, /Missing team/);
    });

    it('sorts teams of the user\'s own after the bundled ones', () => {
      const catalog = loadCatalog([
        { sources: loadBundledCatalog().prompts.map((p) => ({ file: p.source, text: `---\nid: ${p.id}\ntitle: ${p.title}\nteam: ${p.team}\nlevel: ${p.level}\n---\n## Statement\n\nOld.\n` })), bundled: true },
        { sources: [{ file: 'z.md', text: valid({ id: 'zeta/a', team: 'zeta' }) }, { file: 'a.md', text: valid({ id: 'alpha/a', team: 'alpha' }) }] },
      ]);
      const order = [...new Set(catalog.prompts.map((p) => p.team))];
      assert.deepEqual(order, [...TEAMS.map((t) => t.id), 'alpha', 'zeta']);
    });

    it('reports broken front matter, a missing statement, binary and huge files without throwing', () => {
      assert.match(parsePromptFile({ file: 'a.md', text: '---\nid: [\n---\n' }).problems[0].message, /not valid YAML/);
      assert.match(parsePromptFile({ file: 'a.md', text: '# no front matter' }).problems[0].message, /No front matter/);
      assert.equal(parsePromptFile({ file: 'a.md', text: valid({}, '## Pitfalls\n- x\n') }).problems[0].field, 'Statement');
      assert.match(parsePromptFile({ file: 'a.md', text: 'a\u0000b' }).problems[0].message, /binary/);
      assert.match(parsePromptFile({ file: 'a.md', text: 'x'.repeat(300 * 1024) }).problems[0].message, /too large/);
    });

    it('reports a YAML construct left open on the line where it opens, not where YAML noticed (issue 17)', () => {
      const lineOf = (front: string) => parsePromptFile({ file: 'a.md', text: `---\n${front}\n---\n## Statement\n\nS.\n` }).problems[0].line;
      // 1-based lines of the file: the front matter starts on line 2.
      assert.equal(lineOf('id: a/b\ntags: [api, redis\nminutes: 60\nsummary: x'), 3, 'an unclosed flow list');
      assert.equal(lineOf('id: a/b\ntags: [api, redis\n\n\nminutes: 60'), 3, 'blank lines before the next key');
      assert.equal(lineOf('id: a/b\ntags: {a: 1\nminutes: 60'), 3, 'an unclosed flow map');
      assert.equal(lineOf('id: a/b\ntitle: "unclosed\nminutes: 60\nteam: x'), 3, 'an unclosed double-quoted string');
      assert.equal(lineOf("id: a/b\ntitle: 'it''s\nminutes: 60\nteam: x"), 3, 'an unclosed single-quoted string');
      assert.equal(lineOf('id: a/b\ntags:\n  - [a, b\n  - c\nx: 1'), 4, 'in a block list');
      assert.equal(lineOf('id: a/b\ntags: [api,\n  redis\nminutes: 60'), 3, 'a list over several lines');
      // Other errors stay where YAML reports them.
      assert.equal(lineOf("id: a/b\ntitle: 'ok'\ntags: [a]\nid: c/d"), 5, 'a duplicate key');
      assert.equal(lineOf('id: a/b\ntitle: "a \\" b"\n  x: : y'), 4);
    });

    it('rejects ids that could escape a folder', () => {
      for (const id of ['../etc/passwd', 'a/../../b', '/abs/path', 'C:\\x', 'a//b', 'Upper/Case', 'a/b/', '.hidden', '']) {
        assert.equal(isValidPromptId(id), false, id);
        const { problems } = parsePromptFile({ file: 'x.md', text: valid({ id: JSON.stringify(id) }) });
        assert.equal(problems[0]?.field, 'id', id);
      }
      assert.ok(isValidPromptId('streaming/adaptive-bitrate'));
      assert.equal(promptSlug('streaming/adaptive-bitrate'), 'adaptive-bitrate');
      assert.equal(joinInside('/w/notes', 'streaming', 'adaptive-bitrate.md'), '/w/notes/streaming/adaptive-bitrate.md');
      assert.throws(() => joinInside('/w/notes', '..', 'x.md'), /Unsafe path segment/);
      assert.throws(() => joinInside('/w/notes', '../x.md'), /Unsafe path segment/);
    });

    it('loads the rest when one file is bad; a later group overrides an id; duplicates within a group are reported', () => {
      const catalog = loadCatalog([
        { sources: loadBundledCatalog().prompts.slice(0, 1).map((p) => ({ file: p.source, text: `---\nid: ${p.id}\ntitle: ${p.title}\nteam: ${p.team}\nlevel: ${p.level}\n---\n## Statement\n\nOld.\n` })), bundled: true },
        {
          sources: [
            { file: 'mine.md', text: valid() },
            { file: 'mine-again.md', text: valid() },
            { file: 'broken.md', text: valid({ level: 'senior' }) },
            { file: 'override.md', text: valid({ id: loadBundledCatalog().prompts[0].id, team: loadBundledCatalog().prompts[0].team }, '## Statement\n\nMy own version of it.\n') },
          ],
        },
      ]);
      assert.ok(catalog.prompts.some((p) => p.id === 'platform/my-prompt'));
      assert.equal(catalog.prompts.find((p) => p.id === loadBundledCatalog().prompts[0].id)?.statement, 'My own version of it.');
      assert.deepEqual(catalog.problems.map((p) => [p.file, p.field]), [['mine-again.md', 'id'], ['broken.md', 'level']]);
    });
  });
});
