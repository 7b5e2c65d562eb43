/**
 * The production bundle of the extension stays small (issue 11: at most 450 KB minified), since
 * VS Code reads and compiles all of it on activation. Built here in memory, as esbuild.mjs
 * --production builds it, so the bound holds whichever build dist/ has.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './helpers/paths';

/** Issue 11's bound on the minified extension bundle. */
const LIMIT_BYTES = 450 * 1024;

describe('production bundle', () => {
  it(`dist/extension.js minified is at most ${LIMIT_BYTES / 1024} KB`, async function () {
    this.timeout(60_000);
    const result = await esbuild.build({
      entryPoints: [path.join(repoRoot, 'src', 'vscode', 'extension.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      minify: true,
      external: ['vscode'],
      write: false,
      outfile: 'extension.js',
      logLevel: 'silent',
    });
    const size = result.outputFiles.find((f) => f.path.endsWith('extension.js'))!.contents.length;
    assert.ok(size <= LIMIT_BYTES, `the bundle is ${(size / 1024).toFixed(1)} KB`);
  });
});
