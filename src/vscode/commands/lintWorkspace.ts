/** `designPractice.lintWorkspace`: lints every answer in the workspace, open or not. */
import * as vscode from 'vscode';
import { walkFiles } from '../catalog/workspaceFiles';
import type { Services } from '../services';

/** Files read per batch, so a large notes folder does not open everything at once. */
const BATCH = 20;

export function lintWorkspace(services: Services) {
  return async (): Promise<number> => {
    const { settings } = services;
    const patterns = [`${settings.value.notesFolder}/**/*.md`, ...settings.value.lint.include];
    const uris = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // The notes folder is walked through vscode.workspace.fs too: a virtual workspace (github.dev)
      // may have no search provider for findFiles.
      for (const uri of await walkFiles(services.answers.notesFolderIn(folder.uri), (name) => name.toLowerCase().endsWith('.md'), services.log)) uris.set(uri.toString(), uri);
      for (const pattern of patterns) {
        for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), '**/node_modules/**', 5000)) {
          uris.set(uri.toString(), uri);
        }
      }
    }
    const all = [...uris.values()];
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Design Practice: linting answers') }, async () => {
      for (let i = 0; i < all.length; i += BATCH) {
        // Opening a document fires onDidOpenTextDocument, which lints it.
        const docs = await Promise.all(all.slice(i, i + BATCH).map((uri) => Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined)));
        for (const doc of docs) if (doc) services.linter.lintNow(doc);
      }
    });
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    return all.length;
  };
}
