import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { isValidPromptId } from '../../../src/core/catalog/ids';
import { parsePromptFile } from '../../../src/core/catalog/loadPrompts';
import { scaffoldAnswer } from '../../../src/core/answer/scaffold';
import { loadBundledCatalog } from '../../../src/platform/node/bundledPrompts';
import { memoryIo } from '../helpers/memoryIo';
import { p } from './support';

const prompt = loadBundledCatalog().prompts.find((x) => x.id === 'platform/metadata-cache')!;
const now = new Date('2025-03-14T09:30:00Z');

describe('cli: new', () => {
  it('scaffolds design-notes/<team>/<slug>.md and prints the path', async () => {
    const io = memoryIo({}, { now });
    assert.equal(await main(['new', 'platform/metadata-cache'], io), 0);
    assert.equal(io.stdout, `${p('design-notes/platform/metadata-cache.md')}\n`);
    assert.equal(io.read('design-notes/platform/metadata-cache.md'), scaffoldAnswer(prompt, now));
    assert.match(io.read('design-notes/platform/metadata-cache.md')!, /^---\nprompt: platform\/metadata-cache\n.*started: 2025-03-14\n/s);
  });

  it('never overwrites: later runs write -2, -3 and leave the earlier attempts alone', async () => {
    const io = memoryIo({ 'design-notes/platform/metadata-cache.md': 'my first attempt\n' });
    assert.equal(await main(['new', 'platform/metadata-cache'], io), 0);
    assert.equal(await main(['new', 'platform/metadata-cache'], io), 0);
    assert.equal(io.stdout, `${p('design-notes/platform/metadata-cache-2.md')}\n${p('design-notes/platform/metadata-cache-3.md')}\n`);
    assert.equal(io.read('design-notes/platform/metadata-cache.md'), 'my first attempt\n');
    assert.deepEqual(io.list(), ['design-notes/platform/metadata-cache-2.md', 'design-notes/platform/metadata-cache-3.md', 'design-notes/platform/metadata-cache.md']);
    assert.ok([...io.writes.values()].every((n) => n === 1), 'each file written once');
  });

  it('a file created between two steps is not overwritten either (exclusive create)', async () => {
    let raced = false;
    const io = memoryIo({}, {
      beforeWrite: (file, self) => {
        // Another process writes the same file just before we do.
        if (!raced && file === 'design-notes/platform/metadata-cache.md') {
          raced = true;
          void self.writeFile(file, 'written by someone else\n');
        }
      },
    });
    assert.equal(await main(['new', 'platform/metadata-cache'], io), 0);
    assert.equal(io.read('design-notes/platform/metadata-cache.md'), 'written by someone else\n');
    assert.equal(io.stdout, `${p('design-notes/platform/metadata-cache-2.md')}\n`);
  });

  it('--dir chooses the folder', async () => {
    const io = memoryIo({});
    assert.equal(await main(['new', 'ads/frequency-capping', '--dir', 'practice/answers'], io), 0);
    assert.deepEqual(io.list(), ['practice/answers/ads/frequency-capping.md']);
    assert.equal(io.stdout, `${p('practice/answers/ads/frequency-capping.md')}\n`);
  });

  it('rejects unsafe ids with exit 2 and writes nothing', async () => {
    for (const id of ['../etc/passwd', 'platform/../../x', '/etc/passwd', 'platform//x', 'Platform/Metadata-Cache', 'platform\\x', 'a/./b', '', '..']) {
      const io = memoryIo({});
      assert.equal(await main(['new', '--', id], io), 2, JSON.stringify(id));
      assert.match(io.stderr, /is not a prompt id/, JSON.stringify(id));
      assert.deepEqual(io.list(), [], JSON.stringify(id));
    }
  });

  it('refuses ids naming a Windows device (con, nul, aux, com1, lpt9) in any segment, with exit 2 (issue 17)', async () => {
    for (const id of ['platform/con', 'platform/nul', 'aux/x', 'ads/com1', 'prn', 'streaming/lpt9']) {
      const io = memoryIo({});
      assert.equal(await main(['new', '--', id], io), 2, id);
      assert.match(io.stderr, /is not a prompt id: "[a-z0-9]+" is the name of a Windows device/, id);
      assert.deepEqual(io.list(), [], id);
    }
  });

  it('refuses a prompt file whose id names a Windows device, saying why (issue 17)', () => {
    const text = '---\nid: platform/con\ntitle: Console\nteam: platform\nlevel: L5\ntemplate: system-design\n---\n## Statement\n\nDesign a thing that does things at scale.\n';
    const { problems } = parsePromptFile({ file: 'con.md', text });
    assert.ok(problems.some((x) => x.field === 'id' && /"con" is the name of a Windows device/.test(x.message)), JSON.stringify(problems));
    for (const id of ['platform/console', 'platform/con-x', 'platform/com10', 'platform/nullable']) assert.ok(isValidPromptId(id), id);
  });

  it('an unknown id exits 2 and suggests the id that was probably meant', async () => {
    const io = memoryIo({});
    assert.equal(await main(['new', 'metadata-cache'], io), 2);
    assert.match(io.stderr, /unknown prompt metadata-cache; did you mean platform\/metadata-cache\?/);
    const other = memoryIo({});
    assert.equal(await main(['new', 'platform/no-such-prompt'], other), 2);
    assert.match(other.stderr, /run "design-practice prompts" to list them/);
    assert.deepEqual(other.list(), []);
  });

  it('exits 2 when the folder cannot be created or the file cannot be written', async () => {
    let io = memoryIo({ 'design-notes': 'a file, not a folder' });
    assert.equal(await main(['new', 'platform/metadata-cache'], io), 2);
    assert.match(io.stderr, /cannot create the folder/);
    io = memoryIo({ 'design-notes/platform/': '' }, { readOnly: ['design-notes/platform/metadata-cache.md'] });
    assert.equal(await main(['new', 'platform/metadata-cache'], io), 2);
    assert.match(io.stderr, /cannot write .*metadata-cache\.md: read-only/);
  });

  it('scaffolds the user’s own prompts from --prompts', async () => {
    const io = memoryIo({
      'mine/p.md': '---\nid: platform/my-queue\ntitle: My queue\nteam: platform\nlevel: L4\n---\n## Statement\n\nDesign a queue for many things.\n\n## Clarifying questions\n\n- How many messages a second?\n',
    });
    assert.equal(await main(['new', 'platform/my-queue', '--prompts', 'mine'], io), 0);
    assert.match(io.read('design-notes/platform/my-queue.md')!, /# My queue\n/);
    assert.ok(!io.read('design-notes/platform/my-queue.md')!.includes('How many messages'), 'the clarifying questions are the candidate\'s to ask');
    assert.equal(await main(['new', 'platform/my-queue', '--prompts', 'mine', '--clarifying-questions'], io), 0);
    assert.match(io.read('design-notes/platform/my-queue-2.md')!, /# My queue[\s\S]*## Requirements[\s\S]*- How many messages a second\?[\s\S]*## Scope/);
  });

  it('exits 2 without exactly one id', async () => {
    for (const argv of [['new'], ['new', 'a/b', 'c/d'], ['new', 'a/b', '--dir', '']]) {
      const io = memoryIo({});
      assert.equal(await main(argv, io), 2, argv.join(' '));
      assert.match(io.stderr, /Run "design-practice new --help"/);
    }
  });
});
