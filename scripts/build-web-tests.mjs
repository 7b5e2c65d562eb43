// Bundles the integration suites for the browser worker extension host: one CommonJS file,
// out/test/integration-web/index.js, exporting run() as VS Code expects of extensionTestsPath.
// Every test/integration/suite/*.test.ts is included (the worker cannot list files), loaded after
// mocha's browser build has set up its globals. `node:assert/strict` becomes a small strict assert
// (test/integration/web/assert.ts); other Node modules become an empty stand-in, used only by tests
// that skip in the browser with a reason (nodeOnly in suite/host.ts). DESIGN_PRACTICE_TEST_GREP is
// read here, since the worker has no environment.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const suiteDir = join(root, 'test', 'integration', 'suite');
const suites = readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).sort();
const grep = process.env.DESIGN_PRACTICE_TEST_GREP;

const nodeOnly = join(root, 'test', 'integration', 'web', 'nodeOnly.ts');
const alias = { 'node:assert/strict': join(root, 'test', 'integration', 'web', 'assert.ts') };
for (const name of builtinModules.filter((m) => !m.startsWith('_'))) {
  alias[`node:${name}`] ??= nodeOnly;
}

const entry = [
  "import { runSuites } from './index.web';",
  'export function run() {',
  `  return runSuites(() => {`,
  ...suites.map((f) => `    require('./suite/${f.replace(/\.ts$/, '')}');`),
  `  }, ${JSON.stringify(grep || undefined)});`,
  '}',
].join('\n');

await esbuild.build({
  absWorkingDir: root,
  stdin: { contents: entry, resolveDir: join(root, 'test', 'integration'), sourcefile: 'web-tests-entry.ts', loader: 'ts' },
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2022',
  outfile: join(root, 'out', 'test', 'integration-web', 'index.js'),
  external: ['vscode'],
  alias: { ...alias, 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js', yaml: './node_modules/yaml/browser/index.js' },
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'error',
});
console.log(`web tests: ${suites.length} suites bundled into out/test/integration-web/index.js`);
