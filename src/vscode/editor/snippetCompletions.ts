/**
 * Offers the `dp-` snippets as soon as `dp-` is typed in Markdown. VS Code turns quick suggestions
 * off for Markdown, so the contributed snippets only show on Ctrl+Space; this provider is asked on
 * the `-` trigger character and answers only when the cursor ends a `dp-` word, so the user's
 * Markdown settings stay as they are and no other typing brings up suggestions.
 */
import * as vscode from 'vscode';
import { buildSnippets, snippetWordStart } from '../../core/answer/snippets';

export class SnippetCompletions implements vscode.CompletionItemProvider {
  /** `-` ends `dp-`; the letters after it keep the open list filtering. */
  static readonly triggerCharacters = ['-'];
  private readonly snippets = Object.entries(buildSnippets());

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    // Ctrl+Space lists the contributed snippets already: answering then would show each twice.
    if (context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter) return [];
    const start = snippetWordStart(document.lineAt(position.line).text.slice(0, position.character));
    if (start === undefined) return [];
    const range = new vscode.Range(position.line, start, position.line, position.character);
    return this.snippets.map(([name, snippet]) => {
      const item = new vscode.CompletionItem({ label: snippet.prefix, description: name.replace(/^Design Practice: /, '') }, vscode.CompletionItemKind.Snippet);
      item.insertText = new vscode.SnippetString(snippet.body.join('\n'));
      item.documentation = snippet.description;
      item.range = range;
      item.filterText = snippet.prefix;
      item.sortText = snippet.prefix;
      return item;
    });
  }
}
