/**
 * A project's `.design-practice.json`, the same file the CLI reads: the nearest one at or above an
 * answer's folder (within its workspace folder) is layered over the user's settings. The look-up is
 * cached per folder; a file watcher drops the folders at and below a file that was added, changed
 * or removed. A bad file is reported on the file itself.
 */
import * as vscode from 'vscode';
import { mergeConfigInputs, resolveConfig, type LintConfig, type LintConfigInput } from '../../core/lint/config';
import { RULES } from '../../core/lint/rules';
import type { VsCodeSettings } from '../settings';
import { DIAGNOSTIC_SOURCE } from './convert';

/** The name the CLI looks for too. */
export const PROJECT_CONFIG_FILE = '.design-practice.json';

const MAX_BYTES = 1024 * 1024;

export class ProjectConfigs implements vscode.Disposable {
  /** Folder path → the project file's input there or above it (undefined: none). */
  private readonly byFolder = new Map<string, Promise<LintConfigInput | undefined>>();
  /** Folder path → what its look-up found last, kept (as a first guess) after it is invalidated. */
  private readonly settled = new Map<string, LintConfigInput | undefined>();
  /** The folders whose entry in `settled` is current. */
  private readonly fresh = new Set<string>();
  private readonly merged = new Map<string, LintConfig>();
  private readonly problems = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-config`);
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];

  /** Fires when a project file was added, changed or removed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: VsCodeSettings) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_CONFIG_FILE}`);
    this.disposables.push(watcher);
    watcher.onDidCreate(this.invalidate, this, this.disposables);
    watcher.onDidChange(this.invalidate, this, this.disposables);
    watcher.onDidDelete(this.invalidate, this, this.disposables);
    settings.onDidChange(() => this.merged.clear(), this, this.disposables);
  }

  /**
   * Forgets what a project file said, for its folder and every folder below it, and fires
   * `onDidChange`. The watcher calls it; so does the extension after writing the file itself, so the
   * re-lint does not wait for the file system's event.
   */
  invalidate(file: vscode.Uri): void {
    const folder = vscode.Uri.joinPath(file, '..').path;
    const affected = (path: string) => path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
    for (const path of [...this.byFolder.keys()]) if (affected(path)) this.byFolder.delete(path);
    for (const path of [...this.fresh]) if (affected(path)) this.fresh.delete(path);
    for (const path of [...this.merged.keys()]) if (affected(path)) this.merged.delete(path);
    this.changed.fire();
  }

  /**
   * The config for a document if its project file has been read; otherwise undefined, and
   * `load` reads it.
   */
  cached(uri: vscode.Uri): LintConfig | undefined {
    const folder = this.folderOf(uri);
    if (!folder) return this.settings.value.lint.config;
    if (!this.fresh.has(folder.path)) return undefined;
    return this.mergedFor(folder.path);
  }

  /**
   * The config to lint a document with while `load` looks for its project file: the folder's last
   * known config, else the user's settings.
   */
  provisional(uri: vscode.Uri): LintConfig {
    const folder = this.folderOf(uri);
    return folder && this.settled.has(folder.path) ? this.mergedFor(folder.path) : this.settings.value.lint.config;
  }

  /** The config for a document, reading its project file if needed. Never rejects. */
  async load(uri: vscode.Uri): Promise<LintConfig> {
    const folder = this.folderOf(uri);
    if (!folder) return this.settings.value.lint.config;
    const path = folder.path;
    const lookup = this.find(folder, vscode.workspace.getWorkspaceFolder(uri)!.uri);
    const input = await lookup;
    // A watcher event while the look-up ran made it stale; the re-lint it causes looks again.
    if (this.byFolder.get(path) !== lookup) return this.resolve(input);
    if (this.settled.get(path) !== input || !this.settled.has(path)) {
      this.settled.set(path, input);
      this.merged.delete(path);
    }
    this.fresh.add(path);
    return this.mergedFor(path);
  }

  private mergedFor(folderPath: string): LintConfig {
    let config = this.merged.get(folderPath);
    if (!config) {
      config = this.resolve(this.settled.get(folderPath));
      this.merged.set(folderPath, config);
    }
    return config;
  }

  /** The user's settings with a project file's input over them. */
  private resolve(input: LintConfigInput | undefined): LintConfig {
    if (!input) return this.settings.value.lint.config;
    // Problems in the user's settings were reported already; the file's are reported on the file.
    return resolveConfig(mergeConfigInputs(this.settings.value.lint.input, input), RULES).config;
  }

  /** The document's folder when it is inside a workspace folder (only there is a project file looked for). */
  private folderOf(uri: vscode.Uri): vscode.Uri | undefined {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return undefined;
    return vscode.Uri.joinPath(uri, '..');
  }

  private find(folder: vscode.Uri, root: vscode.Uri): Promise<LintConfigInput | undefined> {
    let found = this.byFolder.get(folder.path);
    if (!found) {
      found = this.lookUp(folder, root);
      this.byFolder.set(folder.path, found);
    }
    return found;
  }

  private async lookUp(folder: vscode.Uri, root: vscode.Uri): Promise<LintConfigInput | undefined> {
    const file = vscode.Uri.joinPath(folder, PROJECT_CONFIG_FILE);
    const stat = await Promise.resolve(vscode.workspace.fs.stat(file)).catch(() => undefined);
    if (stat && stat.type & vscode.FileType.File) return this.read(file, stat.size);
    if (folder.path === root.path || folder.path.length <= root.path.length) return undefined;
    return this.find(vscode.Uri.joinPath(folder, '..'), root);
  }

  private async read(file: vscode.Uri, size: number): Promise<LintConfigInput | undefined> {
    const report = (message: string, line = 0) => {
      const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1000), message, vscode.DiagnosticSeverity.Error);
      d.source = DIAGNOSTIC_SOURCE;
      this.problems.set(file, [d]);
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: {0}: {1}', vscode.workspace.asRelativePath(file), message));
    };
    this.problems.delete(file);
    if (size > MAX_BYTES) {
      report(vscode.l10n.t('This configuration file is {0} KB; the limit is 1 MB. It is ignored.', Math.round(size / 1024)));
      return undefined;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(file)).replace(/^\uFEFF/, '');
    } catch (error) {
      report(vscode.l10n.t('Cannot read it: {0}. It is ignored.', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/.exec(String(error))?.[1];
      const line = position === undefined ? 0 : text.slice(0, Number(position)).split('\n').length - 1;
      report(vscode.l10n.t('Not valid JSON: {0}. It is ignored.', error instanceof Error ? error.message : String(error)), line);
      return undefined;
    }
    const { problems } = resolveConfig(input as LintConfigInput, RULES);
    if (problems.length > 0) {
      const d = problems.map((p) => {
        const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1000), p.setting ? vscode.l10n.t('{0}: {1} (the default is used)', p.setting, p.message) : vscode.l10n.t('{0} (the default is used)', p.message), vscode.DiagnosticSeverity.Warning);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        return diagnostic;
      });
      this.problems.set(file, d);
    }
    return input as LintConfigInput;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
