/** Which documents are answers: only those are linted, never random Markdown. */
import * as vscode from 'vscode';
import { readAnswerHeader } from '../../core/answer/parseAnswer';
import { isPromptFileText } from '../../core/catalog/promptFiles';
import { isInside, promptFolderUris } from '../catalog/workspaceFiles';
import type { DesignPracticeSettings } from '../settings';

/**
 * Schemes of files that may be answers outside a workspace folder too: on disk, remote (code-server,
 * SSH, WSL), untitled, and github.dev's repositories. Any file inside a workspace folder may be one,
 * whatever its scheme (vscode.dev's local folders, virtual file systems); other schemes (`git:` old
 * versions, output, diff views) are never linted.
 */
const ANSWER_SCHEMES = new Set(['file', 'vscode-remote', 'untitled', 'vscode-vfs']);

/**
 * A document is an answer when it is Markdown and its front matter names a `prompt` or `template`,
 * or it lies under the notes folder, or it matches one of `designPractice.lint.include`. A prompt
 * file never is: one in a prompt folder, or one whose front matter has `id`, `title` and `team`.
 */
export function isAnswerDocument(doc: vscode.TextDocument, settings: DesignPracticeSettings): boolean {
  if (doc.languageId !== 'markdown') return false;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (!folder && !ANSWER_SCHEMES.has(doc.uri.scheme)) return false;
  if (isPromptDocument(doc, settings)) return false;
  if (folder) {
    const notes = vscode.Uri.joinPath(folder.uri, settings.notesFolder).path.replace(/\/+$/, '') + '/';
    if (doc.uri.path.startsWith(notes)) return true;
    for (const pattern of settings.lint.include) {
      if (vscode.languages.match({ pattern: new vscode.RelativePattern(folder, pattern) }, doc) > 0) return true;
    }
  }
  // The whole front matter block, however long (mock-interview records grow it past any fixed head).
  const header = readAnswerHeader(doc.getText());
  return header.promptId !== undefined || header.templateId !== undefined;
}

/** Whether `doc` is a prompt file: it lies in a prompt folder, or its front matter says so. */
export function isPromptDocument(doc: vscode.TextDocument, settings: DesignPracticeSettings): boolean {
  if (promptFolderUris(settings.promptFolders).some((folder) => isInside(doc.uri, folder))) return true;
  return isPromptFileText(doc.getText());
}
