/** The status-bar summary of the active answer: sections covered and findings; a click opens Problems. */
import * as vscode from 'vscode';
import { summarizeAnswer, summaryText } from '../../core/lint/answerSummary';
import type { AnswerLinter } from './answerLinter';
import { escapeMarkdown } from './convert';

export class AnswerStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('designPractice.answerStatus', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly linter: AnswerLinter) {
    this.item.name = vscode.l10n.t('Design Practice answer');
    this.item.command = 'workbench.actions.view.problems';
    vscode.window.onDidChangeActiveTextEditor(() => this.update(), this, this.disposables);
    linter.onDidLint((uri) => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
    }, this, this.disposables);
    this.update();
  }

  /** The text shown now (empty when hidden); for tests. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const result = doc && this.linter.resultFor(doc.uri);
    if (!result) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const summary = summarizeAnswer(result.analysis);
    this.item.text = `${summary.done ? '$(pass)' : '$(checklist)'} ${summaryText(summary)}`;
    this.item.tooltip = new vscode.MarkdownString(
      [
        vscode.l10n.t('**{0}** answer', result.analysis.template.title),
        '',
        // Ticked only with words of the user's; each names the heading it was read from.
        ...summary.sections.map((s) => {
          const from = s.heading ? vscode.l10n.t('{0}: from “{1}” (line {2})', s.title, escapeMarkdown(s.heading.text), s.heading.line + 1) : s.title;
          return s.state === 'written' ? `- ✓ ${from}` : s.state === 'template' ? `- ○ ${vscode.l10n.t("{0}, only the template's text so far", from)}` : `- ✗ ${vscode.l10n.t('{0}: missing', s.title)}`;
        }),
        '',
        vscode.l10n.t('Click to open the Problems panel.'),
      ].join('\n'),
    );
    this.item.show();
    this.visible = true;
  }

  /** The tooltip's Markdown now (empty when hidden); for tests. */
  get tooltip(): string {
    return this.visible && this.item.tooltip instanceof vscode.MarkdownString ? this.item.tooltip.value : '';
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
