/**
 * Quick fixes from the core's fix data: one per fixable finding, "insert all missing sections" when
 * several are missing, and `source.fixAll.designPractice` for `editor.codeActionsOnSave`.
 */
import * as vscode from 'vscode';
import { combineFixes, insertionLine } from '../../core/lint/fixes';
import type { Finding } from '../../core/lint/types';
import type { AnswerLinter } from './answerLinter';
import { commandId } from '../commands';
import { addFixEdits, ruleIdOf } from './convert';

/** The kind of our fix-all action. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('designPractice');

export class AnswerCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: AnswerLinter) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Fix-all on save comes right after typing: an edit not linted yet is linted now, so the fixes
    // are computed on the text they will edit. Not for the light bulb, which VS Code asks for on
    // every keystroke: that would lint on every keystroke too; the scheduled lint will come.
    const onlyFixAll = !!context.only && FIX_ALL_KIND.contains(context.only);
    const last = this.linter.resultFor(document.uri);
    if (onlyFixAll && last && last.version !== document.version) this.linter.lintNow(document);
    const result = this.linter.resultFor(document.uri);
    if (!result || result.version !== document.version) return [];
    const fixable = result.analysis.findings.filter((f) => f.fix);

    if (onlyFixAll) {
      return fixable.length > 0 ? [this.fixAll(document, fixable, vscode.l10n.t('Design Practice: fix all'), FIX_ALL_KIND)] : [];
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
      // VS Code runs the command after the edit: the cursor goes to what the fix made (a section
      // inserted far below the title, where the finding is shown, would otherwise stay out of view).
      if (finding.fix.reveal !== undefined) {
        const at = new vscode.Range(finding.fix.reveal - 1, 0, finding.fix.reveal - 1, 0);
        action.command = { command: 'vscode.open', title: vscode.l10n.t('Show what the fix inserted'), arguments: [document.uri, { selection: at, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
      }
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    const missing = fixable.filter((f) => f.ruleId === 'SD001');
    if (actions.length > 0 && missing.length > 1) {
      actions.push(this.fixAll(document, missing, vscode.l10n.t('Insert all {0} missing sections', missing.length), vscode.CodeActionKind.QuickFix));
    }
    actions.push(...this.teachActions(document, context));
    return actions;
  }

  /**
   * For each missing section, "Treat '<heading>' as <Section>" for the headings that name no section
   * (nearest first, a few at most): the user's own word for it, taught once in .design-practice.json.
   */
  private teachActions(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.linter.resultFor(document.uri)!;
    const { answer, template } = result.analysis;
    const unnamed = answer.readings.filter((r) => r.specs.length === 0 && r.heading !== answer.title && r.reason !== 'restates the title');
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (ruleIdOf(diagnostic) !== 'SD001') continue;
      const sectionId = this.linter.findingFor(document.uri, 'SD001', diagnostic)?.sectionId;
      const spec = template.sections.find((s) => s.id === sectionId);
      if (!spec) continue;
      // Nearest to where the section would go: the finding itself is on the title.
      const where = insertionLine(answer, template, spec.id);
      const nearest = [...unnamed].sort((a, b) => Math.abs(a.heading.line - where) - Math.abs(b.heading.line - where));
      for (const reading of nearest.slice(0, 3)) {
        const action = new vscode.CodeAction(vscode.l10n.t("Treat '{0}' as {1}", reading.heading.text, spec.title), vscode.CodeActionKind.QuickFix);
        action.command = { command: commandId('teachAlias'), title: action.title, arguments: [document.uri, spec.id, reading.heading.text] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
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
