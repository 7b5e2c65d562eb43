/** The status-bar summary of the active answer: sections covered and hints; a click opens Problems. */
import * as vscode from 'vscode';
import { findNamedSection, type AnswerSection } from '../../core/answer/parseAnswer';
import type { AnswerLinter } from './answerLinter';
import { escapeMarkdown } from './convert';

export class AnswerStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('designPractice.answerStatus', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly linter: AnswerLinter) {
    this.item.name = 'Design Practice answer';
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
    const { answer, template, findings } = result.analysis;
    const required = template.sections.filter((s) => s.required);
    const from = new Map<string, AnswerSection | undefined>(required.map((s) => [s.id, findNamedSection(answer, s.id)]));
    const present = required.filter((s) => from.get(s.id)).length;
    const hints = findings.length;
    const done = present === required.length && !findings.some((f) => f.severity !== 'info');
    this.item.text = `${done ? '$(pass)' : '$(checklist)'} ${present}/${required.length} sections${hints > 0 ? ` · ${hints} hint${hints === 1 ? '' : 's'}` : ''}`;
    this.item.tooltip = new vscode.MarkdownString(
      [
        `**${template.title}** answer`,
        '',
        ...required.map((s) => {
          const section = from.get(s.id);
          return section ? `- ✓ ${s.title}: from “${escapeMarkdown(section.heading.text)}” (line ${section.heading.line + 1})` : `- ✗ ${s.title}`;
        }),
        '',
        'Click to open the Problems panel.',
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
