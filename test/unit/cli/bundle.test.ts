/** Runs the bundled CLI (dist/cli.js) once as a child process, to prove the bundle works. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturePath, repoRoot } from '../helpers/paths';

const bundle = path.join(repoRoot, 'dist', 'cli.js');

describe('cli: the bundle', () => {
  it('dist/cli.js lints a fixture folder and exits 1 with JSON findings', function () {
    if (!fs.existsSync(bundle)) {
      this.test!.title += ' (skipped: dist/cli.js is missing; run "npm run build" first)';
      this.skip();
    }
    const run = spawnSync(process.execPath, [bundle, 'lint', 'answers', '--format', 'json'], { cwd: fixturePath('cli', 'project'), encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    const findings = JSON.parse(run.stdout) as { file: string; ruleId: string; severity: string }[];
    const sd001 = findings.filter((f) => f.ruleId === 'SD001');
    assert.deepEqual(sd001.map((f) => [f.file, f.severity]), [
      [path.join('answers', 'frequency-capping.md'), 'error'],
      [path.join('answers', 'frequency-capping.md'), 'error'],
    ]);
    assert.ok(fs.readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node'), 'the bundle is executable with a shebang');
  });
});
