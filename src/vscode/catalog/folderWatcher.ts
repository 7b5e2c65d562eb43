/**
 * Watching folders that may not exist yet (the prompt folder, the notes folder). A watcher whose
 * pattern names the folder (`.design-practice/prompts/**`) is served by a watcher on that path; when
 * the folder is created later that watcher never sees the files in it (code-server 4.100 and desktop
 * VS Code alike). So a folder inside a workspace folder is watched through one `**` watcher on the
 * workspace folder, which VS Code's workspace watcher serves and which exists from the start, and
 * events are kept when they touch the folder: inside it, or a folder on the way to it.
 *
 * That watcher in turn reports nothing inside a folder deleted and made again after it started
 * (code-server 4.100), so where the host has a disk of its own (the Node host) folders on it are
 * also watched by a `LocalWatchSource` (Node's `fs.watch`, `src/platform/node/localFolderWatch.ts`).
 * Both report the same change at times; listeners coalesce. The browser host has VS Code's watchers
 * only. Callers go through `Platform.watchFolders`, which picks the sources.
 */
import * as vscode from 'vscode';
import type { FolderEventKind, FolderListener } from '../../platform/platform';
import { isInside } from './workspaceFiles';

/** A second source of events for folders on the host's own disk. */
export interface LocalWatchSource extends vscode.Disposable {
  /** Looks again at which folders exist (one on the way to a watched folder came or went). */
  sync(): Promise<void>;
}

/** Makes a `LocalWatchSource` on absolute paths, reporting absolute paths. */
export type LocalWatchFactory = (paths: string[], listener: (path: string, kind: FolderEventKind) => void, warn?: (message: string) => void) => LocalWatchSource;

/**
 * Watches `folders` and what is under them; `listener` hears each event that touches one. `warn`
 * hears, once each, folders that cannot be watched. `localWatch`, when the host has one, also
 * watches the `file:` folders.
 */
export function watchFolders(folders: readonly vscode.Uri[], listener: FolderListener, warn?: (message: string) => void, localWatch?: LocalWatchFactory): vscode.Disposable {
  const disposables: vscode.Disposable[] = [];
  const local = localWatch ? folders.filter((f) => f.scheme === 'file') : [];
  const localSource = local.length > 0 ? localWatch?.(local.map((f) => f.fsPath), (file, kind) => listener(vscode.Uri.file(file), kind), warn) : undefined;
  if (localSource) disposables.push(localSource);
  const roots = new Map<string, { pattern: vscode.RelativePattern; folders: vscode.Uri[] }>();
  const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) {
    const owner = workspaceFolders.find((f) => isInside(folder, f.uri));
    const key = owner ? `ws:${owner.uri.toString()}` : folder.toString();
    const entry = roots.get(key) ?? { pattern: new vscode.RelativePattern(owner ?? folder, '**'), folders: [] };
    entry.folders.push(folder);
    roots.set(key, entry);
  }
  for (const { pattern, folders: watched } of roots.values()) {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const on = (kind: FolderEventKind) => (uri: vscode.Uri) => {
      if (!watched.some((folder) => touchesFolder(uri, folder))) return;
      // A folder on the way may have come or gone: the local watchers look again.
      if (kind !== 'change' && local.some((folder) => isInside(folder, uri))) void localSource?.sync();
      listener(uri, kind);
    };
    watcher.onDidCreate(on('create'), undefined, disposables);
    watcher.onDidChange(on('change'), undefined, disposables);
    watcher.onDidDelete(on('delete'), undefined, disposables);
    disposables.push(watcher);
  }
  return vscode.Disposable.from(...disposables);
}

/**
 * Whether an event on `uri` concerns `folder`: it is in the folder, or it is a folder on the way to
 * it (creating or deleting `.design-practice` creates or deletes the prompt folder too).
 */
export function touchesFolder(uri: vscode.Uri, folder: vscode.Uri): boolean {
  return isInside(uri, folder) || isInside(folder, uri);
}
