/**
 * The Get Started walkthrough: it opens once on a first run, and its steps' context keys are set
 * when the user does the thing from anywhere, not only from the walkthrough's own links.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openWalkthroughOnce, WALKTHROUGH_SHOWN_KEY } from '../../../src/vscode/onboarding/walkthrough';
import type { Services } from '../../../src/vscode/services';
import { activate } from './helpers';

/** A memento in memory, as a fresh user's global state. */
class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return (this.values.has(key) ? this.values.get(key) : defaultValue) as T | undefined;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

describe('walkthrough in VS Code', function () {

  let services: Services;

  before(async () => {
    services = await activate();
  });

  it('opening a prompt by command (as the sidebar and the prompt view do) ticks "Read a prompt"', async () => {
    const id = await vscode.commands.executeCommand<string>('designPractice.openPrompt', 'ads/frequency-capping');
    assert.equal(id, 'ads/frequency-capping');
    assert.ok(services.walkthrough.has('promptOpened'));
  });

  it('opens once on a first run, never in tests', async () => {
    const state = new MemoryMemento();
    assert.equal(await openWalkthroughOnce(state, vscode.ExtensionMode.Test), false, 'not while testing');
    assert.equal(state.get(WALKTHROUGH_SHOWN_KEY), undefined);
    assert.equal(await openWalkthroughOnce(state, vscode.ExtensionMode.Production), true, 'the first run opens it');
    assert.equal(state.get(WALKTHROUGH_SHOWN_KEY), true);
    assert.equal(await openWalkthroughOnce(state, vscode.ExtensionMode.Production), false, 'only once');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
