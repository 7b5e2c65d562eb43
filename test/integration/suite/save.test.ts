/**
 * Saving while VS Code auto-saves (`files.autoSave` is `afterDelay` by default in VS Code for the
 * Web, so in `npm start` and this test host). An explicit save that comes while an auto save runs
 * its participants is refused and `TextDocument.save()` returns false: the mock-interview tests
 * failed so on a busy machine, and the extension took its own writes for unsaved.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { saveDocument } from '../../../src/vscode/editor/saveDocument';
import { activate, waitFor, workspaceRoot } from './helpers';

async function setFiles(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('files').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('saving with auto save on', () => {
  before(async () => {
    await activate();
  });

  after(async () => {
    await setFiles('autoSave', undefined);
    await setFiles('autoSaveDelay', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('saveDocument resolves once the text is on disk, also when an auto save is running its participants', async () => {
    await setFiles('autoSave', 'afterDelay');
    await setFiles('autoSaveDelay', 100);
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'save-tests', 'auto.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Notes\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));

    // Holds the auto save in its participants (as a busy extension host does) until let go.
    let letGo: () => void = () => {};
    const held = new Promise<void>((resolve) => (letGo = resolve));
    let autoSaving = false;
    const started = new vscode.EventEmitter<void>();
    const participant = vscode.workspace.onWillSaveTextDocument((e) => {
      if (e.document.uri.toString() !== uri.toString() || e.reason !== vscode.TextDocumentSaveReason.AfterDelay || autoSaving) return;
      autoSaving = true;
      e.waitUntil(held);
      started.fire();
    });
    try {
      const autoSaveStarted = waitFor(started.event, () => autoSaving, 'the auto save');
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\n- A line of mine.\n')));
      await autoSaveStarted;
      const saved = saveDocument(editor.document);
      letGo();
      assert.equal(await saved, true);
      assert.equal(editor.document.isDirty, false);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), '# Notes\n\n- A line of mine.\n');
    } finally {
      letGo();
      participant.dispose();
      started.dispose();
    }
  });
});
