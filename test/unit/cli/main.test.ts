import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, main } from '../../../src/cli/main';
import { VERSION } from '../../../src/cli/version';
import { memoryIo } from '../helpers/memoryIo';
import { repoRoot } from '../helpers/paths';

describe('cli: main', () => {
  it('--help and -h list every command and exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const io = memoryIo({});
      assert.equal(await main([flag], io), 0);
      for (const c of COMMANDS) assert.match(io.stdout, new RegExp(`^  ${c.name} `, 'm'));
      assert.equal(io.stderr, '');
    }
  });

  it('"help <command>" shows that command’s help', async () => {
    const io = memoryIo({});
    assert.equal(await main(['help', 'new'], io), 0);
    assert.match(io.stdout, /^Usage: design-practice new/);
  });

  it('--version prints the version in package.json', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(VERSION, pkg.version);
    for (const flag of ['--version', '-v']) {
      const io = memoryIo({});
      assert.equal(await main([flag], io), 0);
      assert.equal(io.stdout, `${pkg.version}\n`);
    }
  });

  it('no command prints the usage on stderr and exits 2', async () => {
    const io = memoryIo({});
    assert.equal(await main([], io), 2);
    assert.match(io.stderr, /^Usage: design-practice <command>/);
    assert.equal(io.stdout, '');
  });

  it('an unknown command or option exits 2 naming it', async () => {
    let io = memoryIo({});
    assert.equal(await main(['frobnicate'], io), 2);
    assert.match(io.stderr, /unknown command "frobnicate"; the commands are lint, sections, prompts, new, drill/);
    io = memoryIo({});
    assert.equal(await main(['--frobnicate'], io), 2);
    assert.match(io.stderr, /unknown option --frobnicate/);
  });

  it('an unexpected failure is exit 2 with a message, not a crash', async () => {
    const io = memoryIo({ 'a.md': '# x\n' });
    io.readdir = () => Promise.reject(new Error('boom'));
    io.stat = () => Promise.reject(new Error('disk on fire'));
    assert.equal(await main(['lint', 'a.md'], io), 2);
    assert.match(io.stderr, /a\.md: disk on fire/);
  });
});
