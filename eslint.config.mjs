import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_VSCODE = { name: 'vscode', message: 'src/core and src/cli must not depend on VS Code; add an adapter in src/vscode instead.' };
// The browser worker host has no Node built-ins (issue 19): they stay in the Node-only files.
const NODE_ONLY = 'Node built-ins are only for the Node-only files (src/platform/node/, src/cli/): reach files through vscode.workspace.fs and anything else host-specific through the Platform (src/platform/platform.ts).';
const NO_NODE_PATHS = builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: NODE_ONLY }));
const NO_NODE_PATTERNS = [{ group: ['node:*'], message: NODE_ONLY }];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.test-host/**', 'practice/**', 'src/**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    // Everything the browser build bundles runs without Node: no built-ins outside the Node-only files.
    files: ['src/**/*.ts'],
    ignores: ['src/platform/node/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: NO_NODE_PATHS, patterns: NO_NODE_PATTERNS }],
    },
  },
  {
    // The core runs in the CLI and both extension hosts: neither the editor nor Node leaks into it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [NO_VSCODE, ...NO_NODE_PATHS], patterns: NO_NODE_PATTERNS }],
    },
  },
  {
    // Page scripts run in a webview: neither the editor's API nor Node is there.
    files: ['src/preview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [NO_VSCODE, ...NO_NODE_PATHS], patterns: NO_NODE_PATTERNS }],
    },
  },
  {
    // The CLI runs in plain Node: the editor must never leak into it.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [NO_VSCODE] }],
    },
  },
  {
    // Test-only extensions the test host installs beside ours: plain CommonJS, no build step.
    files: ['test/fixtures/extensions/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'esbuild.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
