/** Registers the linter's editor features in one place and returns one Disposable. */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { AnswerCodeActions } from './codeActions';
import { AnswerHeadingHover } from './headingHover';

export function registerLintFeatures(services: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new AnswerCodeActions(services.linter), AnswerCodeActions.metadata),
    vscode.languages.registerHoverProvider({ language: 'markdown' }, new AnswerHeadingHover(services.linter)),
  );
}
