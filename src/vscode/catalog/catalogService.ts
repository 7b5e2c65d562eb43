/**
 * The prompt catalog as the extension sees it: the bundled prompts plus the user's prompt files,
 * read through `vscode.workspace.fs` (so remote and virtual workspaces work) and validated by the
 * core. Loads on first use, reloads when a prompt folder or the setting changes, and reports bad
 * prompt files as diagnostics, in the log, and once per file as a notification.
 */
import * as vscode from 'vscode';
import type { Platform } from '../../platform/platform';
import { loadCatalog, MAX_PROMPT_FILE_BYTES, type Catalog, type PromptProblem, type PromptSource } from '../../core/catalog/loadPrompts';
import type { Prompt } from '../../core/catalog/prompt';
import type { VsCodeSettings } from '../settings';
import { fileProblemMessage, problemsByFile, problemText } from '../../core/catalog/problemReport';
import { promptFolderUris, readTextFile, walkFiles } from './workspaceFiles';

/** Diagnostics from prompt files carry this source, like the linter's. */
export const DIAGNOSTIC_SOURCE = 'design-practice';

/** More files with problems than this at once are folded into one notification, pointing at Problems. */
const MAX_NOTIFICATIONS = 3;

/** A catalog with what it was read from. */
interface LoadedCatalog extends Catalog {
  /** The files and texts it was built from, so a reload that changes nothing tells nobody. */
  readonly signature: string;
  readonly uris: Map<string, vscode.Uri>;
}

/** The bundled catalog plus the user's prompt files. */
export class CatalogService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('design-practice-prompts');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  private watcher: vscode.Disposable | undefined;
  private watchedKey = '';
  private latest: LoadedCatalog | undefined;
  private firstLoad: Promise<Catalog> | undefined;
  /** Reloads run one after another on this chain. */
  private queue: Promise<void> = Promise.resolve();
  /** The reload that is queued but has not started, which later requests join. */
  private waiting: Promise<void> | undefined;
  private waitingForced = false;
  private folderKey: string;
  private notified = new Set<string>();
  /** Prompt file (as the core names it, a URI string) to its Uri. */
  private uris = new Map<string, vscode.Uri>();
  private disposed = false;

  /** Fires after the catalog was reloaded and changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly settings: VsCodeSettings,
    private readonly log: vscode.LogOutputChannel,
    private readonly platform: Pick<Platform, 'bundledPrompts' | 'watchFolders'>,
  ) {
    this.folderKey = JSON.stringify(settings.value.promptFolders);
    settings.onDidChange(
      (value) => {
        const key = JSON.stringify(value.promptFolders);
        if (key === this.folderKey) return;
        this.folderKey = key;
        this.requestReload();
      },
      this,
      this.disposables,
    );
    vscode.workspace.onDidChangeWorkspaceFolders(() => this.requestReload(), this, this.disposables);
  }

  /** Every prompt that loaded, in catalog order (team, level, title). */
  async prompts(): Promise<readonly Prompt[]> {
    return (await this.catalog()).prompts;
  }

  /** The problems of the prompt files that did not load. */
  async problems(): Promise<readonly PromptProblem[]> {
    return (await this.catalog()).problems;
  }

  /** The prompt with `id`, if it loaded. */
  async getPrompt(id: string): Promise<Prompt | undefined> {
    return (await this.catalog()).prompts.find((p) => p.id === id);
  }

  /** The file a problem is about, for the user's prompt files; undefined for bundled ones. */
  problemUri(problem: PromptProblem): vscode.Uri | undefined {
    return this.uris.get(problem.file);
  }

  /** The file a prompt came from, when it is one of the user's. */
  promptUri(prompt: Prompt): vscode.Uri | undefined {
    return prompt.bundled ? undefined : this.uris.get(prompt.source);
  }

  /** The folders user prompts are read from, in settings order, first workspace folder first. */
  promptFolderUris(): vscode.Uri[] {
    return promptFolderUris(this.settings.value.promptFolders);
  }

  /** Reads every prompt file again and tells listeners, whether or not anything changed. */
  async reload(): Promise<void> {
    await this.enqueue(true);
  }

  private async catalog(): Promise<Catalog> {
    if (!this.latest) return (this.firstLoad ??= this.enqueue(false).then(() => this.latest!));
    // A reload under way (a file just changed) is waited for, so callers never see the old catalog.
    await this.queue;
    return this.latest;
  }

  /**
   * A change on disk or in the settings. Nothing to do until the catalog was first asked for or
   * reloaded (Refresh before the view ever loaded must not leave file changes ignored for good).
   */
  private requestReload(): void {
    // During the first load a change still counts: it may have read the old folders.
    if ((!this.firstLoad && !this.latest) || this.disposed) return;
    void this.enqueue(false);
  }

  /**
   * Runs reloads one at a time. Events that arrive while one waits to start share it, so a burst
   * of file events (a checkout, a save that creates and changes) reads the folders once more, not
   * once per event.
   */
  private enqueue(force: boolean): Promise<void> {
    if (force) this.waitingForced = true;
    if (this.waiting) return this.waiting;
    const run = this.queue.then(async () => {
      this.waiting = undefined;
      const forced = this.waitingForced;
      this.waitingForced = false;
      this.apply(await this.read(), forced);
    });
    this.waiting = run;
    this.queue = run.catch((error: unknown) => this.log.error(`Reloading prompts failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    return run;
  }

  private apply(next: LoadedCatalog, force: boolean): void {
    if (this.disposed) return;
    // Before the change check: new folders with no files yet still need watching.
    this.watch();
    const first = !this.latest;
    const changed = first || force || next.signature !== this.latest?.signature;
    if (!changed) return;
    this.latest = next;
    this.uris = next.uris;
    this.report(next.problems);
    if (!first) this.changed.fire();
  }

  /** Reads the bundled prompts and every user prompt file, never throwing. */
  private async read(): Promise<LoadedCatalog> {
    const sources: PromptSource[] = [];
    const readProblems: PromptProblem[] = [];
    const uris = new Map<string, vscode.Uri>();
    for (const folder of this.promptFolderUris()) {
      const files = await walkFiles(folder, (name) => name.toLowerCase().endsWith('.md'), this.log);
      for (const uri of files) {
        const file = uri.toString();
        uris.set(file, uri);
        const result = await readTextFile(uri, MAX_PROMPT_FILE_BYTES);
        if ('text' in result) sources.push({ file, text: result.text });
        else readProblems.push({ file, message: result.problem, line: 1 });
      }
    }
    let catalog: Catalog;
    try {
      catalog = loadCatalog([{ prompts: this.platform.bundledPrompts() }, { sources }]);
    } catch (error) {
      // The core never throws on file contents; this guards the sidebar against a bug there.
      this.log.error(`Loading prompts failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      catalog = loadCatalog([{ prompts: this.platform.bundledPrompts() }]);
    }
    const problems = [...readProblems, ...catalog.problems];
    const signature = JSON.stringify([sources, readProblems]);
    this.log.info(`Loaded ${catalog.prompts.length} prompts (${sources.length} user prompt files, ${problems.length} problems)`);
    return { prompts: catalog.prompts, problems, signature, uris };
  }

  /** Diagnostics for every problem; a log line and a notification for each one not seen before. */
  private report(problems: readonly PromptProblem[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const next = new Set<string>();
    const fresh: PromptProblem[] = [];
    for (const p of problems) {
      const key = `${p.file}\0${p.field ?? ''}\0${p.message}`;
      next.add(key);
      if (!this.notified.has(key)) fresh.push(p);
      const uri = this.uris.get(p.file);
      if (!uri) {
        this.log.error(`Bundled prompt ${p.file}: ${problemText(p)}`);
        continue;
      }
      const line = Math.max(0, (p.line ?? 1) - 1);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), problemText(p), vscode.DiagnosticSeverity.Error);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      if (p.field) diagnostic.code = p.field;
      const list = byFile.get(uri.toString()) ?? [];
      list.push(diagnostic);
      byFile.set(uri.toString(), list);
    }
    this.notified = next;
    this.diagnostics.clear();
    for (const [file, list] of byFile) this.diagnostics.set(this.uris.get(file)!, list);

    for (const p of fresh) if (this.uris.has(p.file)) this.log.warn(`Prompt file ${this.label(p)}: ${problemText(p)}`);
    // One notification per file, however many of its fields are wrong; the Problems panel and the
    // tree list each one.
    const files = problemsByFile(fresh.filter((p) => this.uris.has(p.file)));
    for (const { file, problems: list } of files.slice(0, MAX_NOTIFICATIONS)) {
      const uri = this.uris.get(file)!;
      const line = Math.max(0, (list[0].line ?? 1) - 1);
      void vscode.window.showWarningMessage(fileProblemMessage(this.label(list[0]), list), vscode.l10n.t('Open File')).then((choice) => {
        if (choice) void vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
      });
    }
    if (files.length > MAX_NOTIFICATIONS) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: {0} more prompt files were not loaded.', files.length - MAX_NOTIFICATIONS), vscode.l10n.t('Show Problems')).then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    }
  }

  private label(problem: PromptProblem): string {
    const uri = this.uris.get(problem.file);
    return uri ? vscode.workspace.asRelativePath(uri) : problem.file;
  }

  /** Watches every prompt folder, and rebuilds the watchers when the folders change. */
  private watch(): void {
    const folders = this.promptFolderUris();
    const key = [...folders, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)].map((f) => f.toString()).join('\n');
    if (key === this.watchedKey && this.watcher) return;
    this.watchedKey = key;
    this.watcher?.dispose();
    this.watcher = this.platform.watchFolders(folders, () => this.requestReload(), (message) => this.log.warn(message));
    this.log.debug(`Watching prompt folders: ${folders.map((u) => u.toString()).join(', ') || '(none)'}`);
  }

  dispose(): void {
    this.disposed = true;
    vscode.Disposable.from(...(this.watcher ? [this.watcher] : []), ...this.disposables).dispose();
  }
}
