import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { answeredCount, filterByLevels, groupByTeam, levelFilterLabel, levelFilterMessage, normalizeLevelFilter, promptTeamTitle } from '../../../src/core/catalog/catalogView';
import { parsePromptFile } from '../../../src/core/catalog/loadPrompts';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';
import { TEAMS, teamTitle } from '../../../src/core/catalog/prompt';
import { repoRoot } from '../helpers/paths';
import { newPromptIdProblem, newPromptTitleProblem, promptFileSkeleton } from '../../../src/core/catalog/promptSkeleton';

describe('catalog view', () => {
  const { prompts } = loadBundledCatalog();

  it('groups every prompt by team in TEAMS order', () => {
    const groups = groupByTeam(prompts);
    assert.deepEqual(groups.map((g) => g.team), TEAMS.map((t) => t.id));
    assert.equal(groups.reduce((n, g) => n + g.prompts.length, 0), prompts.length);
    for (const g of groups) assert.ok(g.prompts.every((p) => p.team === g.team));
  });

  it('filters by level and drops teams left empty', () => {
    const groups = groupByTeam(prompts, ['MLE']);
    assert.ok(groups.length > 0);
    assert.ok(groups.every((g) => g.prompts.length > 0 && g.prompts.every((p) => p.level === 'MLE')));
    assert.equal(filterByLevels(prompts, []).length, prompts.length);
    assert.equal(filterByLevels(prompts, undefined).length, prompts.length);
  });

  it('reads a stored level filter defensively', () => {
    assert.deepEqual(normalizeLevelFilter(['L5', 'L4', 'L5', 'L9', 3]), ['L4', 'L5']);
    assert.deepEqual(normalizeLevelFilter(['L4', 'L5', 'MLE']), []);
    assert.deepEqual(normalizeLevelFilter('L4'), []);
    assert.deepEqual(normalizeLevelFilter(undefined), []);
  });

  it("README's level-filter example gives the numbers the view shows for the bundled prompts (issue 17, item 21)", () => {
    const readme = fs.readFileSync(`${repoRoot}/README.md`, 'utf8');
    const example = /\("(Showing L5 prompts only \(\d+ of \d+\)\.)"\)/.exec(readme);
    assert.ok(example, 'README has the L5 filter example');
    assert.equal(example[1], levelFilterMessage(['L5'], filterByLevels(prompts, ['L5']).length, prompts.length));
  });

  it('labels the filter and counts answers', () => {
    assert.equal(levelFilterLabel([]), undefined);
    assert.equal(levelFilterLabel(['L4', 'MLE']), 'Level: L4, MLE');
    assert.equal(levelFilterMessage([], 25, 25), undefined);
    assert.equal(levelFilterMessage(['L5'], 7, 25), 'Showing L5 prompts only (7 of 25).');
    assert.equal(levelFilterMessage(['L4', 'L5'], 12, 25), 'Showing L4 and L5 prompts only (12 of 25).');
    assert.equal(levelFilterMessage(['MLE'], 0, 25), 'No prompts at MLE. Clear the level filter or pick other levels.');
    assert.equal(answeredCount(prompts.slice(0, 3), (p) => p === prompts[1]), '1/3');
    assert.equal(teamTitle('ads'), 'Ads Infrastructure');
    assert.equal(teamTitle('payments-risk'), 'Payments Risk');
    assert.equal(teamTitle('payments', 'Payments & Risk'), 'Payments & Risk');
    assert.equal(teamTitle('ads', 'Mine'), 'Ads Infrastructure');
    assert.equal(promptTeamTitle({ team: 'payments', teamTitle: 'Money' }), 'Money');
  });

  it('shows teams of the user\'s own as groups after the bundled ones, titled by teamTitle or the slug', () => {
    const own = (id: string, team: string, teamTitle?: string) => ({ ...prompts[0], id, team, ...(teamTitle ? { teamTitle } : {}), bundled: false });
    const groups = groupByTeam([own('zeta/a', 'zeta'), ...prompts, own('payments/a', 'payments'), own('payments/b', 'payments', 'Payments & Risk')]);
    assert.deepEqual(groups.map((g) => g.team), [...TEAMS.map((t) => t.id), 'payments', 'zeta']);
    assert.deepEqual(groups.slice(-2).map((g) => [g.title, g.prompts.length]), [['Payments & Risk', 2], ['Zeta', 1]]);
  });
});

describe('prompt skeleton', () => {
  it('loads without problems and has the id it was given', () => {
    const text = promptFileSkeleton('platform/my-prompt-2', 'platform');
    const { prompt, problems } = parsePromptFile({ file: 'my-prompt-2.md', text });
    assert.deepEqual(problems, []);
    assert.equal(prompt?.id, 'platform/my-prompt-2');
    assert.equal(prompt?.team, 'platform');
    assert.equal(prompt?.timePlan.length, 5);
    assert.match(text, /^# id: <team>\/<slug>/m);
  });

  it('refuses an invalid id', () => {
    assert.throws(() => promptFileSkeleton('../x', 'platform'));
  });

  it('a new prompt\'s id: <team>/<slug>, not taken, no Windows device name (issue 17, item 21)', () => {
    const titles = new Map([['ads/frequency-capping', 'Ad frequency capping at decision time']]);
    const titleOf = (id: string) => titles.get(id);
    assert.equal(newPromptIdProblem('payments/ledger', titleOf), undefined);
    assert.equal(newPromptIdProblem(' payments/ledger ', titleOf), undefined, 'spaces around are trimmed');
    for (const bad of ['ledger', 'payments/', '/ledger', 'Payments/Ledger', 'a/b/c', 'payments/led ger', '../x']) assert.match(newPromptIdProblem(bad, titleOf) ?? '', /<team>\/<slug>/, bad);
    assert.match(newPromptIdProblem('ads/frequency-capping', titleOf) ?? '', /already a prompt: "Ad frequency capping at decision time"/);
    for (const device of ['platform/con', 'nul/ledger', 'platform/com1', 'platform/lpt9']) assert.match(newPromptIdProblem(device, titleOf) ?? '', /cannot name a file on Windows/, device);
    assert.equal(newPromptIdProblem('platform/console', titleOf), undefined);
  });

  it('a new prompt\'s title: one line, not empty, not too long; written so YAML reads it back as typed', () => {
    assert.equal(newPromptTitleProblem('Ledger for a payments platform'), undefined);
    for (const bad of ['', '   ', 'a\nb', 'a\u2028b', 'x'.repeat(121)]) assert.ok(newPromptTitleProblem(bad), JSON.stringify(bad));
    for (const title of ['Ledger: double entry', '# not a comment', 'Quotes "and" \'more\'', '[a, b]', 'yes', 'Ends with a space ', '100% uptime', 'A & B / C']) {
      const text = promptFileSkeleton('payments/ledger', 'payments', title);
      const { prompt, problems } = parsePromptFile({ file: 'ledger.md', text });
      assert.deepEqual(problems, [], title);
      assert.equal(prompt?.title, title.trim(), title);
    }
  });
});
