/** Registers the editor features (quick fixes, heading hovers, `dp-` snippet completions) in one place and returns one Disposable. */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { SnippetCompletions } from '../editor/snippetCompletions';
import { AnswerCodeActions } from './codeActions';
import { AnswerHeadingHover } from './headingHover';

export function registerLintFeatures(services: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new AnswerCodeActions(services.linter), AnswerCodeActions.metadata),
    vscode.languages.registerHoverProvider({ language: 'markdown' }, new AnswerHeadingHover(services.linter)),
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new SnippetCompletions((doc) => services.linter.readNow(doc)), ...SnippetCompletions.triggerCharacters),
  );
}
