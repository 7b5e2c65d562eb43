/**
 * Rule pages that open everywhere VS Code runs. A diagnostic's rule id links to
 * `command:designPractice.openRulePage?["SD001"]`: the command runs in the extension's own host,
 * reads `docs/rules/SD001.md` from the extension's files through `vscode.workspace.fs` (a `file:`
 * folder on the desktop, a `vscode-remote:` one in code-server, an `https:` one on vscode.dev) and
 * serves it as a read-only document of its own scheme, which the Markdown preview renders. A link
 * that carried the page's `file:` path would be resolved by whichever side opened it, and in a
 * browser or remote window that side does not have the file.
 */
import * as vscode from 'vscode';
import { RULES } from '../../core/lint/rules';

/** The scheme of rule-page documents: `design-practice-rule:/SD001.md`. */
export const RULE_PAGE_SCHEME = 'design-practice-rule';

/** A page in docs/rules: a rule's (`SD001.md`) or the index (`README.md`); nothing else is served. */
const PAGE_NAME = /^[A-Za-z0-9-]{1,40}\.md$/;

/** The id and name of every rule, as the Problems panel shows them. */
export function ruleIds(): { id: string; name: string; description: string }[] {
  return RULES.map((r) => ({ id: r.names[0], name: r.names[1] ?? r.names[0], description: r.description }));
}

/** Serves docs/rules from the extension's files and opens rule pages in the Markdown preview. */
export class RulePages implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly docsFolder: vscode.Uri) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(RULE_PAGE_SCHEME, this);
  }

  /** The document of a rule's page. */
  uriFor(ruleId: string): vscode.Uri {
    return vscode.Uri.from({ scheme: RULE_PAGE_SCHEME, path: `/${ruleId}.md` });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const name = uri.path.replace(/^\/+/, '');
    if (!PAGE_NAME.test(name)) return vscode.l10n.t('# Not a rule page\n\n`{0}` is not a page of Design Practice\'s rules.', name);
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.docsFolder, name)));
    } catch (error) {
      return vscode.l10n.t('# {0} cannot be read\n\nThe rule page could not be read from the extension\'s files: {1}', name, error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Shows the page of `ruleId` (e.g. `SD001`) rendered in the Markdown preview, and returns its
   * document. An unknown id is refused with a message, not thrown.
   */
  async show(ruleId: string): Promise<vscode.Uri | undefined> {
    const rule = ruleIds().find((r) => r.id.toLowerCase() === ruleId.trim().toLowerCase() || r.name === ruleId.trim());
    if (!rule) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice has no rule "{0}".', ruleId));
      return undefined;
    }
    const uri = this.uriFor(rule.id);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return uri;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
