/** Conversions between the core's 1-based findings and fixes and VS Code's 0-based types. */
import * as vscode from 'vscode';
import type { Finding, Fix, Severity } from '../../core/lint/types';

/** The source every diagnostic of ours carries. */
export const DIAGNOSTIC_SOURCE = 'design-practice';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The range a finding covers. */
export function findingRange(f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): vscode.Range {
  return new vscode.Range(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1);
}

/**
 * A diagnostic for a finding, with its rule id linked to the rule's page (the extension's own
 * docs/rules, so the link works offline), opened rendered: see `ruleDocLink`.
 */
export function toDiagnostic(f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(findingRange(f), f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.ruleId, target: ruleDocLink(f.ruleId) };
  return d;
}

/**
 * The link a rule id opens: a command URI (the hover and the Problems panel open command links in
 * diagnostic codes) that carries only the id, so it means the same in every window, desktop,
 * remote or browser; `designPractice.openRulePage` finds the page in the extension's own files and
 * shows it rendered (see rulePages.ts).
 */
export function ruleDocLink(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:designPractice.openRulePage?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

/** A key that identifies a finding from its diagnostic, which VS Code may hand back as a copy. */
export function diagnosticKey(ruleId: string, range: vscode.Range, message: string): string {
  return `${ruleId}|${range.start.line}:${range.start.character}|${message}`;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

/** Adds a core fix's edits for `uri` to a WorkspaceEdit. */
export function addFixEdits(edit: vscode.WorkspaceEdit, uri: vscode.Uri, fix: Fix): void {
  for (const e of fix.edits) {
    edit.replace(uri, new vscode.Range(e.line - 1, e.column - 1, e.endLine - 1, e.endColumn - 1), e.text);
  }
}

/** Text (a heading's words, a reason) as literal Markdown: every character Markdown could read as syntax escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}
