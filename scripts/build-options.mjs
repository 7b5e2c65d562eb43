// The esbuild options of the three bundles, shared by esbuild.mjs and the bundle tests
// (test/unit/bundleSize.test.ts), so the tests measure exactly what ships.
//
//   dist/extension.js      the Node extension host (package.json `main`): desktop VS Code, remote hosts
//   dist/web/extension.js  the browser worker extension host (`browser`): vscode.dev, github.dev
//   dist/cli.js            the design-practice command-line tool
//   dist/preview/mermaid.js the Mermaid renderer for the Markdown preview and the webviews (a page script)

import { fileURLToPath } from 'node:url';

/** @typedef {import('esbuild').BuildOptions} BuildOptions */

/** The repository root: this file is <repo>/scripts/build-options.mjs. */
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ production?: boolean, root?: string }} [options] `production` minifies without source maps;
 *   `root` is the repository root (default: the one this file is in)
 * @returns {BuildOptions[]} the extension for Node, the extension for the browser, the CLI
 */
export function buildOptions({ production = false, root = REPO_ROOT } = {}) {
  /** @type {BuildOptions} */
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    // jsonc-parser's UMD build loads its parts with a require() esbuild cannot follow; its ESM build bundles.
    // yaml's ESM build (the same source as its CommonJS one) lets esbuild drop the parts we never call:
    // 17 KB less in the extension bundle.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js', yaml: './node_modules/yaml/browser/index.js' },
  };
  const node = { ...common, platform: /** @type {const} */ ('node'), target: 'node20' };
  return [
    { ...node, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    // The browser worker host loads CommonJS too; it has no Node built-ins, so none may be bundled
    // (esbuild fails on one, since platform browser does not treat them as external).
    { ...common, platform: 'browser', target: 'es2022', entryPoints: ['src/vscode/extension.web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
    { ...node, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    // The Mermaid renderer, loaded only by the pages that draw diagrams (the Markdown preview's
    // markdown.previewScripts, the prompt view, the debrief), never by the extension host. No source
    // map: Mermaid's would be several megabytes.
    { ...common, format: 'iife', platform: 'browser', target: 'es2022', sourcemap: false, entryPoints: ['src/preview/mermaidPreview.ts'], outfile: 'dist/preview/mermaid.js' },
  ];
}
