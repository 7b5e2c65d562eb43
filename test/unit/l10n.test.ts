/**
 * Localisation (issue 19): every string the extension passes to vscode.l10n.t is in the shipped
 * English bundle l10n/bundle.l10n.json, which translators start from, and the bundle holds nothing else.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { repoRoot } from './helpers/paths';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

const files = sourceFiles(path.join(repoRoot, 'src', 'vscode')).map((file) => ({ file, contents: fs.readFileSync(file, 'utf8') }));

describe('localisation bundle', () => {
  it('l10n/bundle.l10n.json holds exactly the messages of vscode.l10n.t in src/vscode (npm run l10n writes it)', async function () {
    this.timeout(60_000);
    const expected = await getL10nJson(files.map((f) => ({ contents: f.contents, extension: '.ts' })));
    const shipped = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, unknown>;
    const missing = Object.keys(expected).filter((k) => !(k in shipped));
    const stale = Object.keys(shipped).filter((k) => !(k in expected));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] }, 'run `npm run l10n` to write l10n/bundle.l10n.json again');
    assert.ok(Object.keys(expected).length > 100, `${Object.keys(expected).length} messages`);
  });

  it('every vscode.l10n.t message is a literal string, so the bundle can list it', () => {
    const dynamic = files.flatMap(({ file, contents }) =>
      contents.split('\n').flatMap((line, i) => (/\bl10n\.t\(\s*[^'"`\s]/.test(line) ? [`${path.relative(repoRoot, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(dynamic, []);
  });

  it('the .vsix ships the bundle and package.json points VS Code at its folder', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
    assert.ok(fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8').split('\n').includes('!l10n/bundle.l10n.json'));
  });
});
