/**
 * The platform seam: what differs between the Node extension host (desktop, remote: SSH, WSL,
 * Codespaces, code-server) and the browser worker host (vscode.dev, github.dev). The composition
 * root is handed one `Platform` by its entry point (`src/vscode/extension.ts` for Node,
 * `src/vscode/extension.web.ts` for the browser), and everything below it sees only this interface,
 * so a feature adds an implementation here, never an `if (web)` through the code.
 *
 * What needs no seam, because it is the same everywhere:
 * - File access: `vscode.workspace.fs` (see `src/vscode/catalog/workspaceFiles.ts`), which VS Code
 *   serves for every scheme (`file`, `vscode-remote`, github.dev's `vscode-vfs`, vscode.dev's local
 *   folders). Node's `fs` is never used for workspace files.
 * - Randomness: Web Crypto's `crypto.getRandomValues`, which Node 20 and browsers both have
 *   (`./random.ts`).
 *
 * Node built-ins (`node:*`) are allowed only under `src/platform/node/` (and the Node-only CLI,
 * scripts and tests): an ESLint rule keeps them out of everything else.
 */
import type * as vscode from 'vscode';
import type { Prompt } from '../core/catalog/prompt';

/** What happened to a file or folder. */
export type FolderEventKind = 'create' | 'change' | 'delete';

/** Hears events under watched folders: the file or folder, and what happened. */
export type FolderListener = (uri: vscode.Uri, kind: FolderEventKind) => void;

/** The host-specific services the extension is built on. */
export interface Platform {
  /** Which extension host this is: Node (desktop, remote) or the browser's web worker. */
  readonly kind: 'node' | 'web';
  /**
   * The prompts that ship with the extension, decoded from the form this build carries them in
   * (brotli for Node, raw deflate for the browser); parsed once and shared.
   */
  bundledPrompts(): readonly Prompt[];
  /**
   * Watches `folders` (which may not exist yet) and what is under them; `listener` hears each event
   * that touches one, `warn` (once each) folders that cannot be watched.
   */
  watchFolders(folders: readonly vscode.Uri[], listener: FolderListener, warn?: (message: string) => void): vscode.Disposable;
}
