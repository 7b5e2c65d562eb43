/** The real `CliIo` against a temporary folder: exclusive create, stat, readdir and symbolic links. */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { repoRoot } from '../helpers/paths';
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

  it('lint --fix through several links to one large answer fixes and lints it once, keeping every line', async function () {
    if (process.platform === 'win32') this.skip(); // symbolic links need privileges on Windows
    fs.mkdirSync(path.join(dir, 'notes'));
    const filler = Array.from({ length: 20_000 }, (_, i) => `- Line ${i}: a sentence the user wrote about the cache and its clients.`).join('\n');
    const text = answer(['Requirements', 'Scope', 'Architecture', 'Trade-offs']).replace('## Architecture\n', `## Architecture\n\n${filler}\n`);
    const real = path.join(dir, 'notes', 'answer.md');
    fs.writeFileSync(real, text);
    for (const name of ['b.md', 'c.md', 'd.md', 'e.md', 'f.md']) fs.symlinkSync(real, path.join(dir, 'notes', name));
    await main(['lint', 'notes', path.join('notes', 'c.md'), '--fix', '--format', 'json'], io);
    const findings = jsonFindings(out);
    assert.deepEqual([...new Set(findings.map((f) => f.file))], [path.join('notes', 'c.md')], 'linted once, under the name given on the command line');
    assert.deepEqual(findings.filter((f) => f.ruleId === 'SD001'), []);
    const fixed = fs.readFileSync(real, 'utf8');
    assert.equal(fixed.match(/^## Operability$/gm)?.length, 1);
    assert.ok(fixed.startsWith(text), 'every line the user wrote is kept');
    for (const name of ['b.md', 'f.md']) assert.ok(fs.lstatSync(path.join(dir, 'notes', name)).isSymbolicLink(), `${name} is still a link`);
  });

  it('lint --fix refuses a file with hard links, naming it and writing nothing', async function () {
    if (process.platform === 'win32') this.skip();
    const text = answer(['Requirements']);
    fs.writeFileSync(path.join(dir, 'a.md'), text);
    fs.linkSync(path.join(dir, 'a.md'), path.join(dir, 'b.md'));
    assert.equal(await main(['lint', 'a.md', 'b.md', '--fix', '--format', 'json'], io), 2);
    assert.match(out, /a\.md: not fixed because it has other hard links/);
    assert.equal(fs.readFileSync(path.join(dir, 'b.md'), 'utf8'), text);
    assert.deepEqual([...new Set(jsonFindings(out.slice(out.indexOf('['))).map((f) => f.file))], ['a.md']);
  });

  it('lint lists a file reached by several paths once, by the name it was first found under', async function () {
    if (process.platform === 'win32') this.skip(); // symbolic links need privileges on Windows
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'notes', 'a.md'), answer(['Requirements']));
    fs.symlinkSync(path.join(dir, 'notes', 'a.md'), path.join(dir, 'notes', 'b.md'));
    assert.equal(await main(['lint', 'notes', '--format', 'json'], io), 1);
    assert.deepEqual([...new Set(jsonFindings(out).map((f) => f.file))], [path.join('notes', 'a.md')]);
  });

  it('replaceFile writes atomically, keeps the mode, writes through a link and refuses a changed file', async function () {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'old\n');
    fs.chmodSync(file, 0o640);
    await io.replaceFile(file, 'new\n', 'old\n');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new\n');
    if (process.platform !== 'win32') {
      assert.equal(fs.statSync(file).mode & 0o777, 0o640);
      fs.symlinkSync(file, path.join(dir, 'link.md'));
      await io.replaceFile(path.join(dir, 'link.md'), 'newer\n', 'new\n');
      assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
      assert.equal(fs.readFileSync(file, 'utf8'), 'newer\n');
    }
    await assert.rejects(io.replaceFile(file, 'lost\n', 'what was read\n'), { code: 'ECHANGED' });
    assert.equal(fs.readFileSync(file, 'utf8'), process.platform === 'win32' ? 'new\n' : 'newer\n');
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left behind');
  });

  it('a reader that closes the pipe early (lint | head -c 1) ends the CLI quietly, without an EPIPE stack', async () => {
    fs.mkdirSync(path.join(dir, 'notes'));
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, 'notes', `a${i}.md`), answer(['Requirements']));
    const child = spawn(process.execPath, [path.join(repoRoot, 'out', 'src', 'cli', 'bin.js'), 'lint', 'notes'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    // Like `head -c 1` gone before the output comes: the reading end is closed.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 1, 'the exit status is the one lint returns');
  });

  it('two "new" runs at once write two attempts, never one file twice', async () => {
    const codes = await Promise.all([1, 2, 3].map(() => main(['new', 'platform/metadata-cache'], io)));
    assert.deepEqual(codes, [0, 0, 0]);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'design-notes', 'platform')).sort(), ['metadata-cache-2.md', 'metadata-cache-3.md', 'metadata-cache.md']);
  });
});
