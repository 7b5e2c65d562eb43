/** The Node extension host's platform: desktop VS Code and remote hosts (SSH, WSL, Codespaces, code-server). */
import { watchFolders } from '../../vscode/catalog/folderWatcher';
import type { Platform } from '../platform';
import { bundledPrompts } from './bundledPrompts';
import { LocalFolderWatch } from './localFolderWatch';

export const nodePlatform: Platform = {
  kind: 'node',
  bundledPrompts,
  // VS Code's watchers, and Node's fs.watch on folders of this disk (see folderWatcher.ts for why).
  watchFolders: (folders, listener, warn) => watchFolders(folders, listener, warn, (paths, onEvent, onWarn) => new LocalFolderWatch(paths, onEvent, onWarn)),
};
