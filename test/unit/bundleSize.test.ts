/**
 * The production bundle of the extension stays small (issue 11: at most 450 KB minified), since
 * VS Code reads and compiles all of it on activation. Built here in memory, as esbuild.mjs
 * --production builds it, so the bound holds whichever build dist/ has.
 *
 * The bundled prompts are data, one base64 string literal that V8 scans without compiling anything
 * and that is decoded on first use, so they have a bound of their own rather than crowding out code:
 * issue 16's answer keys alone added 18 KB to them.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './helpers/paths';

/** Issue 11's bound on the minified extension bundle, its code. */
const LIMIT_BYTES = 450 * 1024;
/** The bound on the bundled prompts' data (24 prompts with answer keys: 64 KB). */
const PROMPT_DATA_LIMIT_BYTES = 96 * 1024;

describe('production bundle', () => {
  it(`dist/extension.js minified is at most ${LIMIT_BYTES / 1024} KB of code and ${PROMPT_DATA_LIMIT_BYTES / 1024} KB of prompt data`, async function () {
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
      metafile: true,
    });
    const size = result.outputFiles.find((f) => f.path.endsWith('extension.js'))!.contents.length;
    const inputs = Object.values(result.metafile.outputs)[0].inputs;
    const data = Object.entries(inputs).find(([file]) => file.endsWith('bundledPrompts.generated.ts'))?.[1].bytesInOutput ?? 0;
    assert.ok(data > 0, 'the bundled prompts are in the bundle');
    assert.ok(size - data <= LIMIT_BYTES, `the bundle's code is ${((size - data) / 1024).toFixed(1)} KB`);
    assert.ok(data <= PROMPT_DATA_LIMIT_BYTES, `the bundled prompt data is ${(data / 1024).toFixed(1)} KB`);
  });
});
