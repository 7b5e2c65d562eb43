/**
 * Saving a document so that its text is on disk when the promise resolves, also with auto save on.
 * `files.autoSave` is `afterDelay` by default in VS Code for the Web and code-server (`npm start`):
 * a second after an edit, VS Code saves on its own. While that save runs its participants (the
 * extensions' onWillSaveTextDocument handlers, which wait for a busy extension host), VS Code
 * refuses an explicit save of the same document ("refusing to save() recursively from save
 * participant") and `TextDocument.save()` returns false, though the running save writes the same
 * text a moment later. Callers that took false for a failure reported writes as unsaved, and read
 * the file before the text reached it.
 */
import * as vscode from 'vscode';

/** How long a refused save waits for the save that refused it; a save that failed never reports. */
export const SAVE_WAIT_MS = 30_000;

/**
 * Saves `doc` and resolves true once its text is on disk. When VS Code refuses the request because
 * another save of the document is under way, waits for that save (at most `waitMs`) and asks once
 * more only if the document is still dirty then (an edit came meanwhile).
 */
export async function saveDocument(doc: vscode.TextDocument, waitMs = SAVE_WAIT_MS): Promise<boolean> {
  // Listening before asking, so a save that ends while the request is on its way is seen.
  const other = nextSave(doc, waitMs);
  try {
    if (await doc.save()) return true;
    if (!doc.isDirty) return true;
    if (!(await other.saved)) return false;
    return !doc.isDirty || (await doc.save());
  } finally {
    other.dispose();
  }
}

/** Resolves true on the next save of `doc`, false after `waitMs` without one. */
function nextSave(doc: vscode.TextDocument, waitMs: number): { saved: Promise<boolean>; dispose(): void } {
  let finish: (saved: boolean) => void = () => {};
  const saved = new Promise<boolean>((resolve) => (finish = resolve));
  const listener = vscode.workspace.onDidSaveTextDocument((d) => {
    if (d.uri.toString() === doc.uri.toString()) finish(true);
  });
  const timer = setTimeout(() => finish(false), waitMs);
  return {
    saved,
    dispose: () => {
      clearTimeout(timer);
      listener.dispose();
      finish(false);
    },
  };
}
