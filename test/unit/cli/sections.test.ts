import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { memoryIo } from '../helpers/memoryIo';

const answer = [
  '# Design a metrics pipeline',
  '',
  '## Step 1: Outline use cases and constraints',
  '',
  '### Out of scope',
  '',
  '## High-level design',
  '',
  '## Running it',
  '',
  '## Notes',
  '',
].join('\n');

describe('cli: sections', () => {
  it('--format json lists every heading with its line, level, sections and reason', async () => {
    const io = memoryIo({ 'a.md': answer });
    assert.equal(await main(['sections', 'a.md', '--format', 'json'], io), 0);
    const rows = JSON.parse(io.stdout) as { line: number; level: number; heading: string; sections: string[]; reason: string }[];
    assert.deepEqual(
      rows.map((r) => [r.line, r.level, r.heading, r.sections]),
      [
        [1, 1, 'Design a metrics pipeline', []],
        [3, 2, 'Step 1: Outline use cases and constraints', ['requirements']],
        [5, 3, 'Out of scope', ['scope']],
        [7, 2, 'High-level design', ['architecture']],
        [9, 2, 'Running it', []],
        [11, 2, 'Notes', []],
      ],
    );
    assert.equal(rows[0].reason, 'the title');
    assert.match(rows[1].reason, /use case/);
    assert.match(rows[2].reason, /out of scope.*sub-heading/);
    assert.equal(rows[4].reason, 'names no section');
  });

  it('prints text by default: each heading, then what it is read as', async () => {
    const io = memoryIo({ 'a.md': answer });
    assert.equal(await main(['sections', 'a.md'], io), 0);
    assert.match(io.stdout, /^a\.md\n/);
    assert.match(io.stdout, / 7 {2}## High-level design\n {2,}→ architecture \(/);
    assert.match(io.stdout, / 9 {2}## Running it\n {2,}→ - \(names no section\)/);
  });

  it('uses the nearest .design-practice.json, so a taught alias shows', async () => {
    const io = memoryIo({ 'notes/a.md': answer, '.design-practice.json': '{ "aliases": { "operability": ["Running it"] } }' });
    assert.equal(await main(['sections', 'notes/a.md', '--format', 'json'], io), 0);
    const rows = JSON.parse(io.stdout) as { heading: string; sections: string[] }[];
    assert.deepEqual(rows.find((r) => r.heading === 'Running it')?.sections, ['operability']);
  });

  it('exits 2 with a message naming the file that cannot be read, and on usage errors', async () => {
    let io = memoryIo({});
    assert.equal(await main(['sections', 'missing.md'], io), 2);
    assert.match(io.stderr, /missing\.md/);
    for (const argv of [['sections'], ['sections', 'a.md', 'b.md'], ['sections', 'a.md', '--format', 'xml']]) {
      io = memoryIo({ 'a.md': answer, 'b.md': answer });
      assert.equal(await main(argv, io), 2, argv.join(' '));
    }
  });
});
