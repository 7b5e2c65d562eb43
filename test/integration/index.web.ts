/**
 * The integration test entry for the browser worker extension host (`npm run test:integration:web`):
 * the same suites as index.ts, bundled for the browser by scripts/build-web-tests.mjs with mocha's
 * browser build, since the worker has no file system to find them in or Node to run mocha's.
 */
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { setTestHost } from './suite/host';

/** Runs the suites that `loadSuites` registers; VS Code calls the bundle's `run()`, which passes them. */
export function runSuites(loadSuites: () => void, grep?: string): Promise<void> {
  setTestHost('web');
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 120_000, color: false });
  if (grep) mocha.grep(grep);
  loadSuites();
  console.log(`Running integration tests in VS Code ${vscode.version} (browser worker extension host)`);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`VS Code ${vscode.version} (web): integration tests finished with ${failures} failure(s)`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
