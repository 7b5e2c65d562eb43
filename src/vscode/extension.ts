/**
 * The Node extension host's entry (package.json `main`): desktop VS Code and remote hosts. The
 * browser worker host loads `extension.web.ts` instead (`browser`).
 */
import type * as vscode from 'vscode';
import { nodePlatform } from '../platform/node';
import { activateOn, type ExtensionExports } from './activate';

/** Called by VS Code on the first use of the view, a command, or a Markdown file. */
export function activate(context: vscode.ExtensionContext): ExtensionExports {
  return activateOn(context, nodePlatform);
}

/** Everything is disposed through `context.subscriptions`. */
export function deactivate(): void {}
