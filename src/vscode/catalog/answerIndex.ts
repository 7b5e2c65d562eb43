/**
 * The user's answers: Markdown files under `<workspace folder>/<notesFolder>/` whose front matter
 * names a prompt, each with its status and the practice sessions recorded in it. Scans on first use, then keeps up with file events and
 * saves one file at a time; a change of settings or of the catalog rescans.
 */
import * as vscode from 'vscode';
import type { Platform } from '../../platform/platform';
import { answerStatus, bestStatus, type AnswerStatus } from '../../core/answer/answerStatus';
import { readAnswerHeader } from '../../core/answer/parseAnswer';
import { attemptFileName } from '../../core/answer/scaffold';
import { isValidPromptId, joinInside, promptSlug } from '../../core/catalog/ids';
import type { Prompt } from '../../core/catalog/prompt';
import type { LintConfig } from '../../core/lint/config';
import { readInterviewHistory, type InterviewRecord } from '../../core/debrief/interviewRecord';
import { readPracticeHistory } from '../../core/practice/record';
import type { PracticeRecord } from '../../core/practice/timer';
import type { VsCodeSettings } from '../settings';
import type { CatalogService } from './catalogService';
import { isInside, readTextFile, walkFiles } from './workspaceFiles';

/** One answer file. */
export interface AnswerEntry {
  readonly uri: vscode.Uri;
  readonly promptId: string;
  readonly status: Exclude<AnswerStatus, 'none'>;
  /** Last modified, in milliseconds since the epoch. */
  readonly mtime: number;
  /** The timed practice sessions recorded under `practice:` in its front matter, in file order. */
  readonly practice: readonly PracticeRecord[];
  /** The mock interviews recorded under `interviews:`, in file order. */
  readonly interviews: readonly InterviewRecord[];
}

/** One practice session and the answer it is recorded in. */
export interface PracticeEntry {
  readonly uri: vscode.Uri;
  readonly record: PracticeRecord;
}

/** Knows which prompts the user has answered, where, and how far. */
export class AnswerIndex implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watchers: vscode.Disposable[] = [];
  private watchedKey = '';
  /** Answer files by URI string. */
  private entries = new Map<string, AnswerEntry>();
  private scanned: Promise<void> | undefined;
  private hasScanned = false;
  /** Scans and single-file updates run one at a time on this chain, so a scan never loses an update. */
  private queue: Promise<void> = Promise.resolve();
  private rescanWaiting: Promise<void> | undefined;
  private settingsKey: string;
  private configs = new Map<string, LintConfig>();
  private configsFor: LintConfig | undefined;
  private disposed = false;

  /** Fires when an answer was added, removed, or changed status. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly settings: VsCodeSettings,
    private readonly catalog: CatalogService,
    private readonly log: vscode.LogOutputChannel,
    private readonly platform: Pick<Platform, 'watchFolders'>,
  ) {
    this.settingsKey = this.keyOf();
    settings.onDidChange(
      () => {
        const key = this.keyOf();
        if (key === this.settingsKey) return;
        this.settingsKey = key;
        this.requestRescan();
      },
      this,
      this.disposables,
    );
    // A user prompt can change an answer's template or its copied questions, and so its status.
    catalog.onDidChange(() => this.requestRescan(), this, this.disposables);
    vscode.workspace.onDidChangeWorkspaceFolders(() => this.requestRescan(), this, this.disposables);
    vscode.workspace.onDidSaveTextDocument((doc) => this.onFileEvent(doc.uri, 'change'), this, this.disposables);
  }

  /** The answers to `promptId`, newest first. */
  async answersFor(promptId: string): Promise<AnswerEntry[]> {
    await this.ready();
    return [...this.entries.values()].filter((e) => e.promptId === promptId).sort(newestFirst);
  }

  /** Every practice session recorded in the answers to `promptId`, newest first. */
  async practiceFor(promptId: string): Promise<PracticeEntry[]> {
    const entries = (await this.answersFor(promptId)).flatMap((e) => e.practice.map((record) => ({ uri: e.uri, record })));
    return entries.sort((a, b) => (Date.parse(b.record.started) || 0) - (Date.parse(a.record.started) || 0));
  }

  /** How far the user got with `promptId`, over all their attempts. */
  async statusOf(promptId: string): Promise<AnswerStatus> {
    return bestStatus((await this.answersFor(promptId)).map((e) => e.status));
  }

  /** The status of every prompt that has an answer. */
  async statuses(): Promise<ReadonlyMap<string, AnswerStatus>> {
    await this.ready();
    const result = new Map<string, AnswerStatus>();
    for (const e of this.entries.values()) result.set(e.promptId, bestStatus([result.get(e.promptId) ?? 'none', e.status]));
    return result;
  }

  /** The notes folder of the first workspace folder; undefined when no folder is open. */
  notesFolderUri(): vscode.Uri | undefined {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    return root && this.notesFolderIn(root);
  }

  /**
   * Where attempt `attempt` of an answer to `prompt` goes: `<root>/<notesFolder>/<team>/<slug>[-n].md`.
   * Built with the core's `joinInside`, so no prompt id can point outside the notes folder.
   * Undefined without a workspace folder.
   */
  answerUri(prompt: Pick<Prompt, 'id' | 'team'>, attempt: number): vscode.Uri | undefined {
    const base = this.notesFolderUri();
    if (!base) return undefined;
    try {
      return base.with({ path: joinInside(base.path, prompt.team, attemptFileName(promptSlug(prompt.id), attempt)) });
    } catch (error) {
      this.log.warn(`No answer path for ${prompt.id}: ${String(error)}`);
      return undefined;
    }
  }

  /** Reads one file again now (after Start Answer created it), instead of waiting for its event. */
  async update(uri: vscode.Uri): Promise<void> {
    await this.ready();
    await this.enqueue(() => this.updateOne(uri));
  }

  /** Rescans every answer. */
  async reload(): Promise<void> {
    if (!this.scanned) return this.ready();
    await this.rescan();
  }

  /** Resolves once the first scan and any update under way are done. */
  private async ready(): Promise<void> {
    await (this.scanned ??= this.rescan());
    await this.queue;
  }

  private requestRescan(): void {
    if (!this.scanned || this.disposed) return;
    void this.rescan();
  }

  private enqueue(op: () => Promise<void>): Promise<void> {
    const run = this.queue.then(op);
    this.queue = run.catch((error: unknown) => this.log.error(`Updating answers failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    return run;
  }

  /** A rescan that has not started yet is shared by later requests. */
  private rescan(): Promise<void> {
    if (this.rescanWaiting) return this.rescanWaiting;
    const run = this.enqueue(async () => {
      this.rescanWaiting = undefined;
      this.watch();
      const next = new Map<string, AnswerEntry>();
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const files = await walkFiles(this.notesFolderIn(folder.uri), isMarkdown, this.log);
        for (const uri of files) {
          const entry = await this.read(uri);
          if (entry) next.set(uri.toString(), entry);
        }
      }
      if (this.disposed) return;
      const changed = !sameEntries(this.entries, next);
      const first = !this.hasScanned;
      this.entries = next;
      this.hasScanned = true;
      this.log.info(`Found ${next.size} answers`);
      // The first scan is awaited by whoever asked; nobody has stale state to refresh yet.
      if (changed && !first) this.changed.fire();
    });
    this.rescanWaiting = run;
    return run;
  }

  private async updateOne(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const before = this.entries.get(key);
    const after = this.isAnswerPath(uri) ? await this.read(uri) : undefined;
    if (after) this.entries.set(key, after);
    else this.entries.delete(key);
    if (this.disposed) return;
    if (!sameEntry(before, after)) this.changed.fire();
  }

  private removeUnder(uri: vscode.Uri): void {
    let removed = false;
    for (const [key, entry] of this.entries) {
      if (isInside(entry.uri, uri)) {
        this.entries.delete(key);
        removed = true;
      }
    }
    if (removed) this.changed.fire();
  }

  private onFileEvent(uri: vscode.Uri, kind: 'create' | 'change' | 'delete'): void {
    if (!this.scanned || this.disposed) return;
    if (isMarkdown(uri.path)) {
      if (this.isAnswerPath(uri)) void this.enqueue(() => this.updateOne(uri));
    } else if (kind === 'delete') {
      void this.enqueue(async () => this.removeUnder(uri));
    } else if (kind === 'create') {
      // A folder moved or checked out into the notes folder may bring answers without their own events.
      void this.rescan();
    }
  }

  /** Reads one answer file; undefined when it is not an answer (no prompt id) or cannot be used. */
  private async read(uri: vscode.Uri): Promise<AnswerEntry | undefined> {
    const result = await readTextFile(uri, this.settings.value.lint.maxFileSizeKB * 1024);
    if (!('text' in result)) {
      this.log.debug(`Skipping ${uri.toString(true)}: ${result.problem}`);
      return undefined;
    }
    try {
      const header = readAnswerHeader(result.text);
      if (!isValidPromptId(header.promptId)) return undefined;
      const prompt = await this.catalog.getPrompt(header.promptId);
      const config = this.configFor(header.templateId ? undefined : prompt?.template);
      const status = answerStatus(result.text, config, { clarifyingQuestions: prompt?.clarifyingQuestions });
      const practice = readPracticeHistory(header.frontMatter?.data ?? {});
      const interviews = readInterviewHistory(header.frontMatter?.data ?? {});
      return { uri, promptId: header.promptId, status, mtime: result.mtime, practice, interviews };
    } catch (error) {
      // The core does not throw on odd text; an answer that trips a bug must not stop the scan.
      this.log.error(`Cannot read answer ${uri.toString(true)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }

  /**
   * The lint config for an answer whose front matter names no template: its prompt's template is
   * then the default. Derived configs are cached so the linter's per-config matcher cache holds.
   */
  private configFor(template: string | undefined): LintConfig {
    const base = this.settings.value.lint.config;
    if (!template || template === base.defaultTemplate) return base;
    if (this.configsFor !== base) {
      this.configs = new Map();
      this.configsFor = base;
    }
    let config = this.configs.get(template);
    if (!config) this.configs.set(template, (config = { ...base, defaultTemplate: template }));
    return config;
  }

  /** The notes folder (`designPractice.notesFolder`) in the workspace folder `root`. */
  notesFolderIn(root: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(root, ...this.settings.value.notesFolder.split(/[\\/]+/).filter((s) => s && s !== '.'));
  }

  private isAnswerPath(uri: vscode.Uri): boolean {
    return isMarkdown(uri.path) && (vscode.workspace.workspaceFolders ?? []).some((f) => isInside(uri, this.notesFolderIn(f.uri)));
  }

  /** Watches the notes folder of every workspace folder, rebuilding the watchers when it moves. */
  private watch(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const key = JSON.stringify([this.settings.value.notesFolder, folders.map((f) => f.uri.toString())]);
    if (key === this.watchedKey) return;
    this.watchedKey = key;
    vscode.Disposable.from(...this.watchers).dispose();
    // The folder itself and the folders on the way to it count, so creating or deleting it is seen.
    this.watchers = [this.platform.watchFolders(folders.map((f) => this.notesFolderIn(f.uri)), (uri, kind) => this.onFileEvent(uri, kind), (message) => this.log.warn(message))];
  }

  private keyOf(): string {
    const { notesFolder, lint } = this.settings.value;
    // The config object is rebuilt on every settings change; compare what affects a status.
    return JSON.stringify([notesFolder, lint.maxFileSizeKB, lint.config.defaultTemplate, [...lint.config.severities], lint.config.aliases, lint.config.requiredSections]);
  }

  dispose(): void {
    this.disposed = true;
    vscode.Disposable.from(...this.watchers, ...this.disposables).dispose();
  }
}

function isMarkdown(name: string): boolean {
  return /\.md$/i.test(name);
}

/** The attempt number in a file name (`slug-3.md` is 3), 1 without one. */
function attemptOf(uri: vscode.Uri): number {
  return Number(/-(\d+)\.md$/i.exec(uri.path)?.[1] ?? 1);
}

function newestFirst(a: AnswerEntry, b: AnswerEntry): number {
  return b.mtime - a.mtime || attemptOf(b.uri) - attemptOf(a.uri) || (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0);
}

function sameEntry(a: AnswerEntry | undefined, b: AnswerEntry | undefined): boolean {
  return a === b || (!!a && !!b && a.promptId === b.promptId && a.status === b.status && a.mtime === b.mtime && samePractice(a.practice, b.practice) && JSON.stringify(a.interviews) === JSON.stringify(b.interviews));
}

function samePractice(a: readonly PracticeRecord[], b: readonly PracticeRecord[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

function sameEntries(a: ReadonlyMap<string, AnswerEntry>, b: ReadonlyMap<string, AnswerEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, entry] of a) if (!sameEntry(entry, b.get(key))) return false;
  return true;
}
