/**
 * Offers the `dp-` snippets, and only where they were asked for: as `dp-` is typed (the `-` trigger)
 * and on Ctrl+Space after `d`, `dp`, `dp-...` or on an empty line. VS Code turns quick suggestions
 * off for Markdown, and the user's settings stay as they are. The snippets are not contributed as a
 * snippets file: VS Code would offer those against any word (`## Op` found `dp-operability`, and a
 * quick Enter wrote `## ## Operability`) and after any space.
 *
 * In an answer only the snippets that fit are offered: its template's sections (no ML-only snippet in
 * a system-design answer), not the sections it has already, and a whole answer only in a file with no
 * front matter and no section yet. In other Markdown every snippet is.
 */
import * as vscode from 'vscode';
import { findNamedSection } from '../../core/answer/parseAnswer';
import { offeredSnippets, snippetEntries, snippetWordStart, type SnippetContext } from '../../core/answer/snippets';
import type { Analysis } from '../../core/lint/linter';

/** Reads a document as the linter does, when it is an answer. */
export type ReadAnswer = (doc: vscode.TextDocument) => Omit<Analysis, 'findings'> | undefined;

export class SnippetCompletions implements vscode.CompletionItemProvider {
  /** `-` ends `dp-`; the letters after it keep the open list filtering. */
  static readonly triggerCharacters = ['-'];
  private readonly entries = snippetEntries();

  constructor(private readonly readAnswer: ReadAnswer) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    const invoked = context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter;
    const start = snippetWordStart(document.lineAt(position.line).text.slice(0, position.character), invoked);
    if (start === undefined) return [];
    const range = new vscode.Range(position.line, start, position.line, position.character);
    return offeredSnippets(this.entries, this.contextOf(document)).map(({ name, snippet }) => {
      const item = new vscode.CompletionItem({ label: snippet.prefix, description: name.replace(/^Design Practice: /, '') }, vscode.CompletionItemKind.Snippet);
      item.insertText = new vscode.SnippetString(snippet.body.join('\n'));
      item.documentation = snippet.description;
      item.range = range;
      item.filterText = snippet.prefix;
      item.sortText = snippet.prefix;
      return item;
    });
  }

  private contextOf(document: vscode.TextDocument): SnippetContext | undefined {
    const read = this.readAnswer(document);
    if (!read) return undefined;
    const { answer, template } = read;
    // Present as SD001 counts it, so a snippet is offered exactly for the sections reported missing.
    const present = new Set(template.sections.filter((s) => findNamedSection(answer, s.id)).map((s) => s.id));
    return { template: template.id, present, frontMatter: answer.frontMatter !== undefined };
  }
}
