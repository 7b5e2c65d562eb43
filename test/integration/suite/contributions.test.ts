/** What package.json contributes is what the code registers, in a real VS Code. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../src/vscode/commands';
import { activate, EXTENSION_ID, waitFor } from './helpers';
import { testHost } from './host';

describe('contributions', () => {
  it('runs in the VS Code the tests were meant for', () => {
    console.log(`VS Code version: ${vscode.version}`);
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it('runs in the extension host the run asked for: Node (main) or the browser worker (browser)', async () => {
    const services = await activate();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    console.log(`Extension host: ${services.platform.kind}, extensionKind ${vscode.ExtensionKind[extension.extensionKind]}`);
    assert.equal(services.platform.kind, testHost());
    // In code-server the Node host is the remote (workspace) one; the browser worker runs on the UI side.
    assert.equal(extension.extensionKind, testHost() === 'web' ? vscode.ExtensionKind.UI : vscode.ExtensionKind.Workspace);
    // The browser worker has no Node: no process object, no require of built-ins.
    assert.equal(typeof (globalThis as { process?: unknown }).process === 'object', testHost() === 'node');
  });

  it('every contributed command is registered, and the command table matches package.json', async () => {
    await activate();
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    const contributed = pkg.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.keys(COMMANDS).map((n) => `designPractice.${n}`).sort());
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of contributed) assert.ok(registered.has(id), `${id} is registered`);
  });

  it('the Design Practice container opens and shows the prompts view', async () => {
    const services = await activate();
    await vscode.commands.executeCommand('workbench.view.extension.designPractice');
    await waitFor(services.treeView.onDidChangeVisibility, () => services.treeView.visible, 'the prompts view to be visible');
  });

  it('the getting-started walkthrough opens', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: { id: string; steps: unknown[] }[] } };
    assert.equal(pkg.contributes.walkthroughs[0].id, 'gettingStarted');
    assert.equal(pkg.contributes.walkthroughs[0].steps.length, 8);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
