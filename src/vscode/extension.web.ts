/**
 * The browser worker extension host's entry (package.json `browser`): vscode.dev, github.dev, and
 * code-server or desktop VS Code when the extension is set to run there. Node's host loads
 * `extension.ts` (`main`).
 */
import type * as vscode from 'vscode';
import { webPlatform } from '../platform/web';
import { activateOn, type ExtensionExports } from './activate';

/** Called by VS Code on the first use of the view, a command, or a Markdown file. */
export function activate(context: vscode.ExtensionContext): ExtensionExports {
  return activateOn(context, webPlatform);
}

/** Everything is disposed through `context.subscriptions`. */
export function deactivate(): void {}
