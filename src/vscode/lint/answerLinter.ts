/**
 * Lints answer documents: on open, at once, and as the user types, after a delay that follows what
 * the document's last lint cost (`LintScheduler`; the `debounceMs` setting is the upper bound).
 * Results for a document version that has since changed are dropped. Owns the diagnostic collection
 * and the last analysis of each document, which the code actions and the status bar read.
 */
import * as vscode from 'vscode';
import { analyze, readAnswer, type Analysis } from '../../core/lint/linter';
import type { Finding } from '../../core/lint/types';
import type { VsCodeSettings } from '../settings';
import { isAnswerDocument } from './answerFiles';
import { diagnosticKey, DIAGNOSTIC_SOURCE, findingRange, toDiagnostic } from './convert';
import { ProjectConfigs } from './projectConfig';
import { sameLintConfig, type LintConfig } from '../../core/lint/config';
import { LintScheduler, systemClock } from '../../core/lint/lintScheduler';

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
  private readonly scheduler: LintScheduler<ReturnType<typeof setTimeout>>;
  private readonly linted = new vscode.EventEmitter<vscode.Uri>();
  private readonly projectConfigs: ProjectConfigs;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.linted];

  /** Fires after a document was linted (or its diagnostics cleared). */
  readonly onDidLint = this.linted.event;

  constructor(
    private readonly settings: VsCodeSettings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    // Twice the last lint's duration idle between lints: at most a third of the CPU while typing.
    this.scheduler = new LintScheduler({ maxDelayMs: () => this.settings.value.lint.debounceMs, durationFactor: 2 }, systemClock);
    this.disposables.push(this.scheduler);
    vscode.workspace.onDidOpenTextDocument((doc) => this.lintNow(doc), this, this.disposables);
    vscode.workspace.onDidChangeTextDocument(
      (e) => {
        // Saving, undoing back to the saved text, or a reload from disk with the same text sends an
        // event with no change to the text but perhaps a new version: the last result still holds.
        if (e.contentChanges.length > 0) this.schedule(e.document);
        else this.restamp(e.document);
      },
      this,
      this.disposables,
    );
    vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri), this, this.disposables);
    this.projectConfigs = new ProjectConfigs(settings);
    this.disposables.push(this.projectConfigs);
    settings.onDidChange(() => this.lintAllOpen(), this, this.disposables);
    this.projectConfigs.onDidChange(() => this.lintAllOpen(), this, this.disposables);
    // The documents already open (the one whose opening activated us) are linted just after
    // activate() returns, so activation itself does no linting.
    const first = setTimeout(() => this.lintAllOpen(), 0);
    this.disposables.push({ dispose: () => clearTimeout(first) });
  }

  /** Lints every open document again (after a settings change, or on start). */
  lintAllOpen(): void {
    for (const doc of vscode.workspace.textDocuments) this.lintNow(doc);
  }

  /** The last result for a document, if it is an answer that has been linted. */
  resultFor(uri: vscode.Uri): LintResult | undefined {
    return this.results.get(uri.toString());
  }

  /**
   * The document as it is now, read the way the linter reads it (its template, its sections), if it
   * is an answer within the size limit; undefined otherwise. Never throws.
   */
  readNow(doc: vscode.TextDocument): Omit<Analysis, 'findings'> | undefined {
    const settings = this.settings.value;
    if (!isAnswerDocument(doc, settings)) return undefined;
    const text = doc.getText();
    if (text.length > settings.lint.maxFileSizeKB * 1024) return undefined;
    try {
      return readAnswer(text, this.configFor(doc.uri));
    } catch (error) {
      this.log.error(`Reading ${doc.uri.toString(true)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }

  /** Re-reads a project `.design-practice.json` the extension has just written, and re-lints. */
  projectConfigWritten(file: vscode.Uri): void {
    this.projectConfigs.invalidate(file);
  }

  /** The lint config for a document: the user's settings under its project's `.design-practice.json`. */
  configFor(uri: vscode.Uri): LintConfig {
    return this.projectConfigs.cached(uri) ?? this.settings.value.lint.config;
  }

  /**
   * Resolves once the project file for `uri` has been looked for, with the config it gives; by
   * then a document linted before with another config has been linted again.
   */
  configLoaded(uri: vscode.Uri): Promise<LintConfig> {
    return this.projectConfigs.load(uri);
  }

  /** The finding behind one of our diagnostics (VS Code may hand back a copy, so it is found by key). */
  findingFor(uri: vscode.Uri, ruleId: string, diagnostic: vscode.Diagnostic): Finding | undefined {
    return this.findingsByKey.get(uri.toString())?.get(diagnosticKey(ruleId, diagnostic.range, diagnostic.message));
  }

  /** Lints a document now, if it is an answer; clears it otherwise. Never throws. */
  lintNow(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.scheduler.cancel(key);
    const { lint } = this.settings.value;
    if (!lint.enabled || !isAnswerDocument(doc, this.settings.value)) {
      if (this.results.has(key)) this.forget(doc.uri);
      return;
    }
    const known = this.projectConfigs.cached(doc.uri);
    // Until the folder's .design-practice.json has been looked for, lint with what is known (the
    // settings, or the folder's last config); lint again only if the file says something else.
    const config = known ?? this.projectConfigs.provisional(doc.uri);
    if (!known) {
      void this.projectConfigs.load(doc.uri).then((loaded) => {
        if (!doc.isClosed && !sameLintConfig(loaded, config)) this.lintNow(doc);
      });
    }
    try {
      const text = doc.getText();
      if (text.length > lint.maxFileSizeKB * 1024) {
        this.tooLarge(doc, text.length);
        return;
      }
      const analysis = this.scheduler.measure(key, () => analyze(text, config));
      this.results.set(key, { uri: doc.uri, version: doc.version, analysis });
      this.findingsByKey.set(key, new Map(analysis.findings.map((f) => [diagnosticKey(f.ruleId, findingRange(f), f.message), f])));
      this.collection.set(doc.uri, analysis.findings.map((f) => toDiagnostic(f)));
    } catch (error) {
      // The core is built not to throw; if it ever does, the user keeps a working editor.
      this.log.error(`Linting ${doc.uri.fsPath} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.forget(doc.uri);
      return;
    }
    this.linted.fire(doc.uri);
  }

  /**
   * After an event that changed the version but not the text: a waiting lint is scheduled again for
   * the new version (it would drop itself as stale); otherwise the last result holds for it.
   */
  private restamp(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const result = this.results.get(key);
    if (this.scheduler.isPending(key)) this.schedule(doc);
    else if (result && result.version !== doc.version) this.results.set(key, { ...result, version: doc.version });
  }

  private schedule(doc: vscode.TextDocument): void {
    const version = doc.version;
    this.scheduler.schedule(doc.uri.toString(), () => {
      // A newer edit rescheduled us; this run's text would be stale.
      if (doc.isClosed || doc.version !== version) return;
      this.lintNow(doc);
    });
  }

  private tooLarge(doc: vscode.TextDocument, length: number): void {
    const limit = this.settings.value.lint.maxFileSizeKB;
    const d = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, 0),
      vscode.l10n.t('Not linted: this file is {0} KB, over {1} ({2} KB).', Math.round(length / 1024), 'designPractice.lint.maxFileSizeKB', limit),
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
    this.scheduler.forget(key);
    this.results.delete(key);
    this.findingsByKey.delete(key);
    this.collection.delete(uri);
    this.linted.fire(uri);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
