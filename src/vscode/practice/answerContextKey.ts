/**
 * The `designPractice.isAnswer` context key: true while the active editor holds an answer, so menus
 * (the timer's button in the editor title) show only there. Kept up to date from the active editor,
 * the linter's runs (front matter can turn a file into an answer) and settings.
 */
import * as vscode from 'vscode';
import type { AnswerLinter } from '../lint/answerLinter';
import { isAnswerDocument } from '../lint/answerFiles';
import type { VsCodeSettings } from '../settings';

/** The context key's name. */
export const IS_ANSWER_CONTEXT_KEY = 'designPractice.isAnswer';

export class AnswerContextKey implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private value: boolean | undefined;

  constructor(
    private readonly linter: AnswerLinter,
    private readonly settings: VsCodeSettings,
  ) {
    vscode.window.onDidChangeActiveTextEditor(() => this.update(), this, this.disposables);
    linter.onDidLint((uri) => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
    }, this, this.disposables);
    settings.onDidChange(() => this.update(), this, this.disposables);
    this.update();
  }

  /** Whether the active editor holds an answer, as last set; for tests. */
  get isAnswer(): boolean {
    return this.value ?? false;
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const value = !!doc && (this.linter.resultFor(doc.uri) !== undefined || isAnswerDocument(doc, this.settings.value));
    if (value === this.value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', IS_ANSWER_CONTEXT_KEY, value);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
