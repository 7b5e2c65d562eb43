/** Shared helpers for integration tests: activation and waiting on events, never on fixed sleeps. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../../src/vscode/services';

export const EXTENSION_ID = 'design-practice.design-practice';

/** Activates the extension under test and returns its services. */
export async function activate(): Promise<Services> {
  const ext = vscode.extensions.getExtension<Services>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.activate();
}

/** The first workspace folder; the test host always opens one. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

/**
 * Resolves when `event` fires with a value `predicate` accepts, or rejects after `timeoutMs` with
 * `what` in the message. `check` is tried first, so a state already reached does not wait. The
 * default bound is for a busy machine (2 cores shared by several test runs), where a chain of
 * extension-host round trips that takes 100 ms when idle has taken over 10 s.
 */
export function waitFor<T>(event: vscode.Event<T>, predicate: (value: T | undefined) => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate(undefined)) return resolve();
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((value) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** Waits until the diagnostics of `uri` satisfy `predicate`. */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (d: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<void> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => predicate(vscode.languages.getDiagnostics(uri)), what);
}

/** A complete answer to ads/frequency-capping, after its front matter: every section, no warnings. */
export const CAPPING_ANSWER_BODY = `# Ads frequency capping

## Requirements

- 300,000 ad decisions per second at peak, p99 under 50 ms.

## Scope

- The capping check at decision time; billing is out of scope.

## Architecture

- A counter service keyed by member and campaign in an in-memory store, because reads dominate.

## Trade-offs

- Approximate counts over exact ones: cheaper and faster, at the cost of a few extra impressions.

## Operability

- Alert on decision latency and counter error rate; on failure, serve without capping for a minute.
- The ads-delivery team owns it and is on call.
`;
