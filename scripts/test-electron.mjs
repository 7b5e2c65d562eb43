// Runs the same integration tests in a desktop VS Code through @vscode/test-electron, for machines
// that can download one (this project's CI uses the code-server test host instead: npm test).
import { resolve } from 'node:path';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runTests } from '@vscode/test-electron';

const root = resolve(new URL('..', import.meta.url).pathname);
const workspace = mkdtempSync(resolve(tmpdir(), 'design-practice-ws-'));
cpSync(resolve(root, 'test/fixtures/workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: resolve(root, 'out/test/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`Integration tests failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
