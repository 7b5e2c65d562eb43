/**
 * Issue 17, item 9: a `.design-practice.json` above an answer that is there but cannot be read (a
 * symbolic-link loop, a link to nothing, a pipe, a folder) is reported, and the CLI exits 2, rather
 * than being passed over for the defaults or a configuration further up.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { answer } from './support';

describe('cli: an unreadable .design-practice.json above an answer', () => {
  let dir: string;
  let out: string;
  let io: CliIo;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'design-practice-config-'));
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'notes', 'a.md'), answer());
    // A usable configuration further up must not stand in for the broken one.
    out = '';
    io = { ...nodeIo(), cwd: dir, writeStdout: (t) => void (out += t), writeStderr: (t) => void (out += t) };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const config = () => path.join(dir, 'notes', '.design-practice.json');
  const cases: [string, () => boolean, RegExp][] = [
    ['a symbolic-link loop', () => (fs.symlinkSync(config(), config()), true), /\.design-practice\.json: cannot read it/],
    ['a link to nothing', () => (fs.symlinkSync(path.join(dir, 'gone.json'), config()), true), /\.design-practice\.json: cannot read it: it is a symbolic link to nothing/],
    ['a folder', () => (fs.mkdirSync(config()), true), /\.design-practice\.json: cannot read it: it is a folder/],
    ['a named pipe', () => spawnSync('mkfifo', [config()]).status === 0, /\.design-practice\.json: cannot read it: it is not a regular file/],
  ];
  for (const [name, make, message] of cases) {
    it(`${name}: reported, exit 2, for lint and sections`, async function () {
      if (process.platform === 'win32' || !make()) this.skip();
      assert.equal(await main(['lint', 'notes'], io), 2, out);
      assert.match(out, message);
      assert.match(out, /notes[\\/]a\.md: not linted because its configuration/);
      out = '';
      assert.equal(await main(['sections', path.join('notes', 'a.md')], io), 2, out);
      assert.match(out, message);
    });
  }
});
