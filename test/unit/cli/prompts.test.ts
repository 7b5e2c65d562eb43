import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';
import { memoryIo } from '../helpers/memoryIo';
import { hasControlCharacters, p } from './support';

const promptFile = (id: string, title: string, team = 'platform') =>
  `---\nid: ${id}\ntitle: ${title}\nteam: ${team}\nlevel: L5\ntemplate: system-design\n---\n## Statement\n\nDesign a thing that does things at scale.\n\n## Clarifying questions\n\n- How many things?\n`;

describe('cli: prompts', () => {
  const bundled = loadBundledCatalog().prompts;

  it('lists every bundled prompt as a table of id, title, team and level', async () => {
    const io = memoryIo({});
    assert.equal(await main(['prompts'], io), 0);
    const lines = io.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^ID\s+TITLE\s+TEAM\s+LEVEL$/);
    for (const prompt of bundled) {
      assert.ok(lines.some((l) => l.startsWith(`${prompt.id} `) && l.includes(prompt.title) && l.includes(prompt.team) && l.endsWith(prompt.level)), prompt.id);
    }
    assert.equal(lines.at(-1), `${bundled.length} prompts`);
    assert.equal(io.stderr, '');
  });

  it('--format json lists the same prompts with their fields', async () => {
    const io = memoryIo({});
    assert.equal(await main(['prompts', '--format', 'json'], io), 0);
    const listed = JSON.parse(io.stdout) as { id: string; title: string; team: string; level: string; template: string }[];
    assert.deepEqual(listed.map((x) => x.id), bundled.map((x) => x.id));
    for (const x of listed) assert.ok(x.title && x.team && x.level && x.template, x.id);
  });

  it('--prompts adds the user’s prompts; a bad file is named with its field and the rest still list', async () => {
    const io = memoryIo({
      'mine/cache.md': promptFile('platform/my-cache', 'My cache'),
      'mine/nested/queue.md': promptFile('platform/my-queue', 'My queue'),
      'mine/bad.md': promptFile('platform/bad', 'Bad', 'No Where'),
      'mine/notes.txt': 'not a prompt',
    });
    assert.equal(await main(['prompts', '--prompts', 'mine', '--format', 'json'], io), 1);
    const ids = (JSON.parse(io.stdout) as { id: string }[]).map((x) => x.id);
    assert.ok(ids.includes('platform/my-cache') && ids.includes('platform/my-queue') && !ids.includes('platform/bad'));
    assert.equal(ids.length, bundled.length + 2);
    assert.match(io.stderr, new RegExp(`${p('mine/bad.md')}:\\d+: team: Invalid team "No Where"`));
  });

  it('escapes control characters in the table, and refuses a title with a line break', async () => {
    const io = memoryIo({
      'mine/osc.md': promptFile('platform/osc', '"Cache \\e]0;pwned\\a"'),
      'mine/two-lines.md': promptFile('platform/two-lines', '"Cache\\n## Operability\\nInjected"'),
    });
    assert.equal(await main(['prompts', '--prompts', 'mine'], io), 1);
    assert.ok(!hasControlCharacters(io.stdout), 'no control character is printed');
    assert.match(io.stdout, /^platform\/osc +Cache \\u001B\]0;pwned\\u0007 +platform +L5$/m);
    assert.ok(!io.stdout.includes('Injected'));
    assert.match(io.stderr, /two-lines\.md.*title.*one line/);
  });

  it('--prompts can be repeated, and the table says how many are the user’s', async () => {
    const io = memoryIo({ 'a/x.md': promptFile('platform/x-one', 'X one'), 'b/y.md': promptFile('platform/y-two', 'Y two') });
    assert.equal(await main(['prompts', '-p', 'a', '-p', 'b'], io), 0);
    assert.match(io.stdout, new RegExp(`${bundled.length + 2} prompts \\(2 of yours\\)\\n$`));
  });

  it('exits 2 for a --prompts folder that does not exist, and for usage errors', async () => {
    let io = memoryIo({});
    assert.equal(await main(['prompts', '--prompts', 'nope'], io), 2);
    assert.match(io.stderr, /nope: no such folder/);
    for (const argv of [['prompts', '--format', 'xml'], ['prompts', 'extra'], ['prompts', '--bogus']]) {
      io = memoryIo({});
      assert.equal(await main(argv, io), 2, argv.join(' '));
    }
  });

  it('--help exits 0', async () => {
    const io = memoryIo({});
    assert.equal(await main(['prompts', '-h'], io), 0);
    assert.match(io.stdout, /--prompts <dir>/);
  });
});
