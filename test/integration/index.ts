/**
 * The integration test entry: VS Code's extension host calls `run()` (through @vscode/test-electron
 * on a desktop, or the project's code-server test host). It runs every `*.test.js` beside it in mocha.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { setTestHost } from './suite/host';

function findTests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? findTests(full) : e.name.endsWith('.test.js') ? [full] : [];
  });
}

export function run(): Promise<void> {
  setTestHost('node');
  // Bounds for a busy machine: a test that takes seconds when idle has taken minutes under load.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120_000, reporter: 'spec' });
  const grep = process.env.DESIGN_PRACTICE_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of findTests(path.join(__dirname, 'suite')).sort()) mocha.addFile(file);
  console.log(`Running integration tests in VS Code ${vscode.version}`);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`VS Code ${vscode.version}: integration tests finished with ${failures} failure(s)`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
