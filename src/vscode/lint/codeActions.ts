/**
 * Quick fixes from the core's fix data: one per fixable finding, "insert all missing sections" when
 * several are missing, and `source.fixAll.designPractice` for `editor.codeActionsOnSave`.
 */
import * as vscode from 'vscode';
import { combineFixes } from '../../core/lint/fixes';
import type { Finding } from '../../core/lint/types';
import type { AnswerLinter } from './answerLinter';
import { addFixEdits, ruleIdOf } from './convert';

/** The kind of our fix-all action. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('designPractice');

export class AnswerCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: AnswerLinter) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.linter.resultFor(document.uri);
    if (!result || result.version !== document.version) return [];
    const fixable = result.analysis.findings.filter((f) => f.fix);

    if (context.only && FIX_ALL_KIND.contains(context.only)) {
      return fixable.length > 0 ? [this.fixAll(document, fixable, 'Design Practice: fix all', FIX_ALL_KIND)] : [];
    }

    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const finding = this.linter.findingFor(document.uri, ruleId, diagnostic);
      if (!finding?.fix) continue;
      const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      addFixEdits(action.edit, document.uri, finding.fix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    const missing = fixable.filter((f) => f.ruleId === 'SD001');
    if (actions.length > 0 && missing.length > 1) {
      actions.push(this.fixAll(document, missing, `Insert all ${missing.length} missing sections`, vscode.CodeActionKind.QuickFix));
    }
    return actions;
  }

  private fixAll(document: vscode.TextDocument, findings: readonly Finding[], title: string, kind: vscode.CodeActionKind): vscode.CodeAction {
    const action = new vscode.CodeAction(title, kind);
    action.edit = new vscode.WorkspaceEdit();
    addFixEdits(action.edit, document.uri, combineFixes(title, findings.map((f) => f.fix!)));
    return action;
  }
}
