// Bundles the extension (vscode external) for the Node host and the browser worker host, and the
// CLI, into dist/. The options live in scripts/build-options.mjs, which the bundle tests share.
import * as esbuild from 'esbuild';
import { buildOptions } from './scripts/build-options.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints esbuild's errors in the file:line:column form that VS Code's problem matchers read. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[build] started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[build] finished');
    });
  },
};

const contexts = await Promise.all(buildOptions({ production }).map((options) => esbuild.context({ ...options, logLevel: 'silent', plugins: [problemMatcher] })));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
