/**
 * `designPractice.teachAlias`: adds a heading the user wrote as an alias of a section in the
 * project's `.design-practice.json` (the nearest one above the answer, else a new one at the root of
 * its workspace folder), so the editor and the CLI both read that heading as the section from then on.
 */
import * as vscode from 'vscode';
import { addAliasEdits } from '../../core/lint/teachAlias';
import { saveDocument } from '../editor/saveDocument';
import { PROJECT_CONFIG_FILE } from '../lint/projectConfig';
import type { Services } from '../services';

/** Where the alias goes: the nearest existing project file at or above the answer, else a new one at the folder's root. */
async function configFileFor(answer: vscode.Uri, root: vscode.Uri): Promise<{ uri: vscode.Uri; exists: boolean }> {
  let folder = vscode.Uri.joinPath(answer, '..');
  for (;;) {
    const candidate = vscode.Uri.joinPath(folder, PROJECT_CONFIG_FILE);
    const stat = await Promise.resolve(vscode.workspace.fs.stat(candidate)).catch(() => undefined);
    if (stat && stat.type & vscode.FileType.File) return { uri: candidate, exists: true };
    if (folder.path === root.path || folder.path.length <= root.path.length) break;
    folder = vscode.Uri.joinPath(folder, '..');
  }
  return { uri: vscode.Uri.joinPath(root, PROJECT_CONFIG_FILE), exists: false };
}

/** Adds the alias to an existing file through its text document, so unsaved edits there are kept and edited, not overwritten. */
async function addToExisting(services: Services, uri: vscode.Uri, sectionId: string, heading: string): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const wasDirty = doc.isDirty;
  const result = addAliasEdits(doc.getText(), sectionId, heading);
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Design Practice: cannot add the alias to {0}: {1}.', vscode.workspace.asRelativePath(uri), result.message));
    return false;
  }
  if (result.edits.length === 0) return true;
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) edit.replace(uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  // Unsaved changes of the user's stay unsaved: saving them is the user's call.
  if (wasDirty) return true;
  const saved = await saveDocument(doc);
  if (saved) services.linter.projectConfigWritten(uri);
  return saved;
}

export function teachAlias(services: Services) {
  return async (answer?: vscode.Uri, sectionId?: string, heading?: string): Promise<boolean> => {
    if (!(answer instanceof vscode.Uri) || typeof sectionId !== 'string' || typeof heading !== 'string') return false;
    const folder = vscode.workspace.getWorkspaceFolder(answer);
    if (!folder) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: open the answer inside a folder to teach its headings; they are kept in the folder’s .design-practice.json.'));
      return false;
    }
    const target = await configFileFor(answer, folder.uri);
    if (target.exists) return addToExisting(services, target.uri, sectionId, heading);

    const created = addAliasEdits(undefined, sectionId, heading);
    if (!created.ok) return false;
    // Fails, rather than overwrites, when the file appeared meanwhile; then it is edited instead.
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target.uri, { overwrite: false, ignoreIfExists: false });
    edit.insert(target.uri, new vscode.Position(0, 0), created.text);
    if (!(await vscode.workspace.applyEdit(edit))) return addToExisting(services, target.uri, sectionId, heading);
    const saved = await saveDocument(await vscode.workspace.openTextDocument(target.uri));
    if (saved) services.linter.projectConfigWritten(target.uri);
    services.log.info(`Taught "${heading}" as ${sectionId} in ${target.uri.toString()}`);
    return saved;
  };
}
