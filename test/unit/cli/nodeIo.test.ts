/** The real `CliIo` against a temporary folder: exclusive create, stat, readdir and symbolic links. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { answer, jsonFindings } from './support';

describe('cli: nodeIo', () => {
  let dir: string;
  let out: string;
  let io: CliIo;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'design-practice-cli-'));
    out = '';
    io = { ...nodeIo(), cwd: dir, writeStdout: (t) => void (out += t), writeStderr: (t) => void (out += t) };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an exclusive write refuses an existing file with EEXIST and leaves it alone', async () => {
    const file = path.join(dir, 'a.md');
    await io.writeFile(file, 'first');
    await assert.rejects(io.writeFile(file, 'second', { exclusive: true }), { code: 'EEXIST' });
    assert.equal(fs.readFileSync(file, 'utf8'), 'first');
  });

  it('stat is undefined for a missing path, readdir tells files, folders and links apart', async function () {
    if (process.platform === 'win32') this.skip(); // symbolic links need privileges on Windows
    assert.equal(await io.stat(path.join(dir, 'nope')), undefined);
    assert.equal(await io.stat(path.join(dir, 'nope', 'deeper')), undefined);
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'f.md'), 'x');
    fs.symlinkSync(path.join(dir, 'sub'), path.join(dir, 'link'));
    const entries = (await io.readdir(dir)).sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual(entries, [
      { name: 'f.md', kind: 'file' },
      { name: 'link', kind: 'symlink' },
      { name: 'sub', kind: 'directory' },
    ]);
  });

  it('lint follows links to files but not to folders, so a link cycle cannot loop', async function () {
    if (process.platform === 'win32') this.skip(); // symbolic links need privileges on Windows
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'notes', 'a.md'), answer(['Requirements']));
    fs.writeFileSync(path.join(dir, 'real.md'), answer(['Scope']));
    fs.symlinkSync(path.join(dir, 'real.md'), path.join(dir, 'notes', 'linked.md'));
    fs.symlinkSync(path.join(dir, 'notes'), path.join(dir, 'notes', 'loop'));
    assert.equal(await main(['lint', 'notes', '--format', 'json'], io), 1);
    const files = [...new Set(jsonFindings(out).map((f) => f.file))];
    assert.deepEqual(files, [path.join('notes', 'a.md'), path.join('notes', 'linked.md')]);
  });

  it('two "new" runs at once write two attempts, never one file twice', async () => {
    const codes = await Promise.all([1, 2, 3].map(() => main(['new', 'platform/metadata-cache'], io)));
    assert.deepEqual(codes, [0, 0, 0]);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'design-notes', 'platform')).sort(), ['metadata-cache-2.md', 'metadata-cache-3.md', 'metadata-cache.md']);
  });
});
