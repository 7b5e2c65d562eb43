/** Hovering a heading of an answer says which template section Design Practice reads it as, and why. */
import * as vscode from 'vscode';
import type { AnswerLinter } from './answerLinter';
import { escapeMarkdown } from './convert';

export class AnswerHeadingHover implements vscode.HoverProvider {
  constructor(private readonly linter: AnswerLinter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.linter.resultFor(document.uri);
    if (!result || result.version !== document.version) return undefined;
    const reading = result.analysis.answer.readings.find((r) => r.heading.line <= position.line && position.line <= r.heading.endLine);
    if (!reading) return undefined;
    const paragraphs = [
      reading.specs.length > 0
        ? vscode.l10n.t('Design Practice reads this as: {0}', reading.specs.map((s) => s.title).join(vscode.l10n.t(' and ')))
        : reading.reason === 'the title'
          ? vscode.l10n.t('Design Practice reads this as no section: it is the title')
          : vscode.l10n.t('Design Practice reads this as no section'),
      vscode.l10n.t('Why: {0}.', reading.reason),
    ];
    if (reading.specs.length === 0 && reading.reason !== 'the title') {
      paragraphs.push(vscode.l10n.t('To count it as a section, add it to "aliases" in .design-practice.json (the quick fix on "Missing section" does that).'));
    }
    return new vscode.Hover(new vscode.MarkdownString(paragraphs.map(escapeMarkdown).join('\n\n')), new vscode.Range(reading.heading.line, 0, reading.heading.endLine, document.lineAt(reading.heading.endLine).text.length));
  }
}
