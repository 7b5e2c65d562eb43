/**
 * Reading the user's files through `vscode.workspace.fs`, so remote and virtual workspaces work the
 * same as local ones. Nothing here throws: a file that cannot be used says why.
 */
import * as vscode from 'vscode';
import { isAbsolutePath } from '../../core/catalog/folderPaths';

/** How deep under a folder files are looked for, and how many at most: a guard, not a feature. */
const MAX_DEPTH = 8;
const MAX_FILES = 5000;

/** Folders that never hold prompts or answers and can be large. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Every file under `folder` whose name `accept`s, sorted by path. A folder that does not exist has
 * none; one that cannot be read is logged and skipped.
 */
export async function walkFiles(folder: vscode.Uri, accept: (name: string) => boolean, log?: vscode.LogOutputChannel): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  const visit = async (dir: vscode.Uri, depth: number): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) log?.warn(`Cannot read folder ${dir.toString(true)}: ${String(error)}`);
      return;
    }
    for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (found.length >= MAX_FILES) return;
      const child = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) {
        if (depth < MAX_DEPTH && !SKIPPED_FOLDERS.has(name) && !(type & vscode.FileType.SymbolicLink)) await visit(child, depth + 1);
      } else if (type & vscode.FileType.File && accept(name)) {
        found.push(child);
      }
    }
  };
  // A missing folder is the usual case (no prompts or answers yet): checked first, because reading
  // it would make VS Code log a warning with a stack trace.
  try {
    if (!((await vscode.workspace.fs.stat(folder)).type & vscode.FileType.Directory)) return found;
  } catch {
    return found;
  }
  await visit(folder, 0);
  return found;
}

/** The text of a file, or why it was not read: too large, binary, or unreadable. */
export async function readTextFile(uri: vscode.Uri, maxBytes: number): Promise<{ text: string; mtime: number } | { problem: string }> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxBytes) return { problem: vscode.l10n.t('File is too large ({0} KB; the limit is {1} KB)', Math.round(stat.size / 1024), Math.round(maxBytes / 1024)) };
    const bytes = await vscode.workspace.fs.readFile(uri);
    // A NUL byte in the first few KB is the usual sign of a binary file.
    if (bytes.subarray(0, 8192).includes(0)) return { problem: vscode.l10n.t('File is binary, not Markdown') };
    return { text: new TextDecoder('utf-8').decode(bytes), mtime: stat.mtime };
  } catch (error) {
    return { problem: vscode.l10n.t('Cannot read the file: {0}', error instanceof Error ? error.message : String(error)) };
  }
}

/** Whether a file exists (any type). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Whether `child` is `parent` or inside it (same scheme and authority, path prefix). */
export function isInside(child: vscode.Uri, parent: vscode.Uri): boolean {
  if (child.scheme !== parent.scheme || child.authority !== parent.authority) return false;
  const base = parent.path.replace(/\/+$/, '');
  return child.path === base || child.path.startsWith(`${base}/`);
}

/**
 * The folders of `designPractice.promptFolders`, in settings order, first workspace folder first: a
 * relative entry in each workspace folder, an absolute one as it is.
 */
export function promptFolderUris(entries: readonly string[]): vscode.Uri[] {
  const result: vscode.Uri[] = [];
  const seen = new Set<string>();
  const add = (uri: vscode.Uri) => {
    if (seen.has(uri.toString())) return;
    seen.add(uri.toString());
    result.push(uri);
  };
  const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
  for (const entry of entries) {
    if (isAbsolutePath(entry)) {
      // An absolute folder lives on the same machine as the workspace (remote or local).
      const local = vscode.Uri.file(entry);
      const base = workspaceFolders[0]?.uri;
      add(base ? local.with({ scheme: base.scheme, authority: base.authority }) : local);
    } else {
      for (const folder of workspaceFolders) add(vscode.Uri.joinPath(folder.uri, ...entry.split(/[\\/]+/).filter((s) => s)));
    }
  }
  return result;
}
