/**
 * The bundled prompts are compiled at build time (scripts/bundle-prompts.mjs) by the runtime loader:
 * the shipped data must be exactly what the loader makes of the files today, and a bad bundled
 * prompt must fail the build with a message naming the file.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCatalog, type PromptSource } from '../../../src/core/catalog/loadPrompts';
import { bundledPrompts } from '../../../src/platform/node/bundledPrompts';
import { repoRoot } from '../helpers/paths';

const promptDir = path.join(repoRoot, 'src', 'core', 'catalog', 'prompts');
const script = path.join(repoRoot, 'scripts', 'bundle-prompts.mjs');

function sourcesIn(dir: string, base = dir): PromptSource[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourcesIn(full, base);
    return e.name.endsWith('.md') ? [{ file: path.relative(base, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') }] : [];
  });
}

describe('bundled prompts compiled at build time', () => {
  it('are what the runtime loader makes of the prompt files, field for field', () => {
    const runtime = loadCatalog([{ sources: sourcesIn(promptDir), bundled: true }]);
    assert.deepEqual(runtime.problems, []);
    assert.deepEqual(bundledPrompts(), runtime.prompts);
  });

  it('are parsed once and shared', () => {
    assert.equal(bundledPrompts(), bundledPrompts());
  });

  it('a bundled prompt that does not load fails the build, naming the file and the field', function () {
    this.timeout(30_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-prompts-'));
    try {
      fs.mkdirSync(path.join(dir, 'prompts', 'ads'), { recursive: true });
      fs.copyFileSync(path.join(promptDir, 'ads', 'frequency-capping.md'), path.join(dir, 'prompts', 'ads', 'frequency-capping.md'));
      fs.writeFileSync(path.join(dir, 'prompts', 'ads', 'broken.md'), '---\nid: ads/broken\ntitle: Broken\nteam: ads\nlevel: L9\n---\n## Statement\n\nA statement.\n');
      const out = path.join(dir, 'out.generated.ts');
      const run = spawnSync(process.execPath, [script, '--prompts', path.join(dir, 'prompts'), '--out', out], { encoding: 'utf8', timeout: 30_000 });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /broken\.md:5: level: Unknown level "L9"/);
      assert.ok(!fs.existsSync(out), 'nothing is written');

      fs.rmSync(path.join(dir, 'prompts', 'ads', 'broken.md'));
      const ok = spawnSync(process.execPath, [script, '--prompts', path.join(dir, 'prompts'), '--out', out], { encoding: 'utf8', timeout: 30_000 });
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(fs.readFileSync(out, 'utf8'), /export const BUNDLED_PROMPTS = "[A-Za-z0-9+/=]+";/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
