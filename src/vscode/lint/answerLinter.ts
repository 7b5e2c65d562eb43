/**
 * Lints answer documents: on open, and as the user types (debounced per document). Results for a
 * document version that has since changed are dropped. Owns the diagnostic collection and the last
 * analysis of each document, which the code actions and the status bar read.
 */
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../../core/lint/linter';
import type { Finding } from '../../core/lint/types';
import type { VsCodeSettings } from '../settings';
import { isAnswerDocument } from './answerFiles';
import { diagnosticKey, DIAGNOSTIC_SOURCE, findingRange, toDiagnostic } from './convert';
import { ProjectConfigs } from './projectConfig';
import type { LintConfig } from '../../core/lint/config';

/** The last lint of one document. */
export interface LintResult {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly analysis: Analysis;
}

export class AnswerLinter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly results = new Map<string, LintResult>();
  private readonly findingsByKey = new Map<string, Map<string, Finding>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly linted = new vscode.EventEmitter<vscode.Uri>();
  private readonly projectConfigs: ProjectConfigs;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.linted];

  /** Fires after a document was linted (or its diagnostics cleared). */
  readonly onDidLint = this.linted.event;

  constructor(
    private readonly settings: VsCodeSettings,
    private readonly log: vscode.LogOutputChannel,
    /** The folder of the rule pages that diagnostics link to. */
    private readonly docsFolder: vscode.Uri,
  ) {
    vscode.workspace.onDidOpenTextDocument((doc) => this.lintNow(doc), this, this.disposables);
    vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document), this, this.disposables);
    vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri), this, this.disposables);
    this.projectConfigs = new ProjectConfigs(settings);
    this.disposables.push(this.projectConfigs);
    settings.onDidChange(() => this.lintAllOpen(), this, this.disposables);
    this.projectConfigs.onDidChange(() => this.lintAllOpen(), this, this.disposables);
    this.lintAllOpen();
  }

  /** Lints every open document again (after a settings change, or on start). */
  lintAllOpen(): void {
    for (const doc of vscode.workspace.textDocuments) this.lintNow(doc);
  }

  /** The last result for a document, if it is an answer that has been linted. */
  resultFor(uri: vscode.Uri): LintResult | undefined {
    return this.results.get(uri.toString());
  }

  /** The lint config for a document: the user's settings under its project's `.design-practice.json`. */
  configFor(uri: vscode.Uri): LintConfig {
    return this.projectConfigs.cached(uri) ?? this.settings.value.lint.config;
  }

  /** The finding behind one of our diagnostics (VS Code may hand back a copy, so it is found by key). */
  findingFor(uri: vscode.Uri, ruleId: string, diagnostic: vscode.Diagnostic): Finding | undefined {
    return this.findingsByKey.get(uri.toString())?.get(diagnosticKey(ruleId, diagnostic.range, diagnostic.message));
  }

  /** Lints a document now, if it is an answer; clears it otherwise. Never throws. */
  lintNow(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) {
      clearTimeout(pending);
      this.timers.delete(key);
    }
    const { lint } = this.settings.value;
    if (!lint.enabled || !isAnswerDocument(doc, this.settings.value)) {
      if (this.results.has(key)) this.forget(doc.uri);
      return;
    }
    const config = this.projectConfigs.cached(doc.uri);
    if (!config) {
      // The project file is read once per folder; the document is linted as soon as it is known.
      void this.projectConfigs.load(doc.uri).then(() => {
        if (!doc.isClosed) this.lintNow(doc);
      });
      return;
    }
    try {
      const text = doc.getText();
      if (text.length > lint.maxFileSizeKB * 1024) {
        this.tooLarge(doc, text.length);
        return;
      }
      const analysis = analyze(text, config);
      this.results.set(key, { uri: doc.uri, version: doc.version, analysis });
      this.findingsByKey.set(key, new Map(analysis.findings.map((f) => [diagnosticKey(f.ruleId, findingRange(f), f.message), f])));
      this.collection.set(doc.uri, analysis.findings.map((f) => toDiagnostic(f, this.docsFolder)));
    } catch (error) {
      // The core is built not to throw; if it ever does, the user keeps a working editor.
      this.log.error(`Linting ${doc.uri.fsPath} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.forget(doc.uri);
      return;
    }
    this.linted.fire(doc.uri);
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    const version = doc.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // A newer edit rescheduled us; this run's text would be stale.
        if (doc.isClosed || doc.version !== version) return;
        this.lintNow(doc);
      }, this.settings.value.lint.debounceMs),
    );
  }

  private tooLarge(doc: vscode.TextDocument, length: number): void {
    const limit = this.settings.value.lint.maxFileSizeKB;
    const d = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, 0),
      `Not linted: this file is ${Math.round(length / 1024)} KB, over designPractice.lint.maxFileSizeKB (${limit} KB).`,
      vscode.DiagnosticSeverity.Information,
    );
    d.source = DIAGNOSTIC_SOURCE;
    this.results.delete(doc.uri.toString());
    this.findingsByKey.delete(doc.uri.toString());
    this.collection.set(doc.uri, [d]);
    this.linted.fire(doc.uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.results.delete(key);
    this.findingsByKey.delete(key);
    this.collection.delete(uri);
    this.linted.fire(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
