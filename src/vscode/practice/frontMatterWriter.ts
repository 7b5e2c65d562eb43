/**
 * Applies a core front-matter edit (the practice record, a mock interview's questions, its ratings)
 * to an answer: the core computes line edits from the text as VS Code has it now, and only those
 * lines change. The file is saved when it had no unsaved changes before; unsaved changes of the
 * user's stay unsaved, since saving them is their call.
 */
import * as vscode from 'vscode';
import type { TextEdit } from '../../core/lint/types';
import { saveDocument } from '../editor/saveDocument';
import { addFixEdits } from '../lint/convert';

/** Edits from the core, or why it made none. */
export type CoreEditResult = { readonly edits: readonly TextEdit[] } | { readonly error: string };

/**
 * Runs `compute` on the answer's current text and applies its edits. Returns `{ error }` (nothing
 * written) when the file cannot be opened, the core refuses, or VS Code refuses the edit.
 */
export async function writeFrontMatter(
  uri: vscode.Uri,
  title: string,
  compute: (text: string) => CoreEditResult,
  log: vscode.LogOutputChannel,
): Promise<{ ok: true; document: vscode.TextDocument } | { error: string }> {
  let doc: vscode.TextDocument | undefined;
  if (uri.scheme === 'untitled') {
    // Opening an untitled URI that is gone would make a new empty file and write into that.
    doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc) return { error: vscode.l10n.t('the untitled answer is no longer open') };
  } else {
    try {
      doc = await vscode.workspace.openTextDocument(uri);
    } catch (error) {
      return { error: vscode.l10n.t('the file cannot be opened ({0})', error instanceof Error ? error.message : String(error)) };
    }
  }
  const wasDirty = doc.isDirty;
  // The edits are line numbers in the text they were computed from. VS Code refuses a workspace
  // edit that races another change of the document; the edits are then computed again from the
  // new text, a few times, rather than applied to text they were not made for.
  let applied = false;
  for (let attempt = 0; attempt < 3 && !applied; attempt++) {
    const result = compute(doc.getText());
    if ('error' in result) return { error: result.error };
    const edit = new vscode.WorkspaceEdit();
    addFixEdits(edit, doc.uri, { title, edits: result.edits });
    applied = await vscode.workspace.applyEdit(edit);
    if (!applied) log.info(`${title}: VS Code refused the edit of ${uri.toString(true)} (attempt ${attempt + 1}); computing it again`);
  }
  if (!applied) return { error: vscode.l10n.t('VS Code refused the edit (the answer kept changing); try again') };
  if (!wasDirty && !doc.isUntitled && !(await saveDocument(doc))) log.warn(`${title}: wrote ${uri.toString(true)} but could not save it`);
  return { ok: true, document: doc };
}
