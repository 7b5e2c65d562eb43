/**
 * The browser worker extension host's platform (vscode.dev, github.dev, `npm start -- --web`): no
 * Node built-ins, so the bundled prompts come inflated by a small JS inflater and folders are
 * watched through VS Code's watchers alone.
 */
import { watchFolders } from '../../vscode/catalog/folderWatcher';
import type { Platform } from '../platform';
import { bundledPrompts } from './bundledPrompts';

export const webPlatform: Platform = {
  kind: 'web',
  bundledPrompts,
  watchFolders: (folders, listener, warn) => watchFolders(folders, listener, warn),
};
