/** Commands that add the sections an answer lacks, where the template's order puts them. */
import * as vscode from 'vscode';
import { findNamedSection } from '../../core/answer/parseAnswer';
import { combineFixes, insertSectionFix } from '../../core/lint/fixes';
import { analyze } from '../../core/lint/linter';
import type { Services } from '../services';
import { addFixEdits } from '../lint/convert';

function activeMarkdown(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: open an answer (a Markdown file) to insert a section.'));
    return undefined;
  }
  return editor;
}

/**
 * `designPractice.insertSection [sectionId]`: offers the template sections the current answer lacks
 * and inserts the chosen one, with its skeleton. Returns the id inserted, for tests.
 */
export function insertSection(services: Services) {
  return async (sectionId?: string): Promise<string | undefined> => {
    const editor = activeMarkdown();
    if (!editor) return undefined;
    const doc = editor.document;
    const config = services.linter.configFor(doc.uri);
    const { answer, template } = analyze(doc.getText(), config);
    const missing = template.sections.filter((s) => !findNamedSection(answer, s.id));
    if (missing.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: this answer has every {0} section.', template.title));
      return undefined;
    }
    const spec =
      (sectionId && missing.find((s) => s.id === sectionId)) ||
      (sectionId === undefined
        ? (
            await vscode.window.showQuickPick(
              missing.map((s) => ({ label: s.title, description: s.required ? vscode.l10n.t('required') : vscode.l10n.t('optional'), detail: s.purpose, spec: s })),
              { placeHolder: vscode.l10n.t('Section to insert where the template puts it') },
            )
          )?.spec
        : undefined);
    if (!spec) return undefined;
    const edit = new vscode.WorkspaceEdit();
    const fix = insertSectionFix(answer, template, spec, config.aliases);
    addFixEdits(edit, doc.uri, fix);
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    const at = new vscode.Position((fix.reveal ?? fix.edits[0].line) - 1, 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return spec.id;
  };
}

/** `designPractice.fixAllMissingSections`: inserts every missing required section at once. */
export function fixAllMissingSections(services: Services) {
  return async (): Promise<number> => {
    const editor = activeMarkdown();
    if (!editor) return 0;
    const { findings } = analyze(editor.document.getText(), services.linter.configFor(editor.document.uri));
    const missing = findings.filter((f) => f.ruleId === 'SD001' && f.fix);
    if (missing.length === 0) return 0;
    const edit = new vscode.WorkspaceEdit();
    addFixEdits(edit, editor.document.uri, combineFixes('Insert all missing sections', missing.map((f) => f.fix!)));
    return (await vscode.workspace.applyEdit(edit)) ? missing.length : 0;
  };
}
