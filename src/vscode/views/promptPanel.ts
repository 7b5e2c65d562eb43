/**
 * The prompt view: one webview panel, reused for every prompt. The body is the core's
 * `renderPromptHtml` (raw HTML off), with the practice sessions recorded in the answers; this adapter adds the Content-Security-Policy shell, loads the
 * stylesheet and script from media/, and turns the buttons' messages into commands.
 */
import * as vscode from 'vscode';
import type { Prompt } from '../../core/catalog/prompt';
import { escapeHtml, hasRecordedAttempt, parsePromptViewMessage, renderPromptHtml, type AnswerSummary, type PracticeHistoryEntry, type PromptViewOptions } from '../../core/catalog/promptView';
import { checkAnswerKey } from '../../core/score/keyCheck';
import type { DebriefSignal } from '../../core/debrief/debrief';
import { renderInterviewSection, type RatedAttempt } from '../../core/debrief/ratingsChart';
import type { AnswerEntry, AnswerIndex } from '../catalog/answerIndex';
import type { CatalogService } from '../catalog/catalogService';
import type { VsCodeSettings } from '../settings';
import { webviewPage, webviewRoots } from './webviewPage';

/** The webview panel's view type. */
export const PROMPT_VIEW_TYPE = 'designPractice.prompt';

/** Shows a prompt, its time plan and the user's answers to it. */
export class PromptPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[] = [this.rendered];
  private promptId: string | undefined;
  /** The answers the current render lists, so `openFile` messages index into what the user saw. */
  private shownAnswers: readonly AnswerEntry[] = [];
  /** Renders can overlap (a change arrives while one runs); only the latest one writes the HTML. */
  private renderCount = 0;

  /** Fires with the prompt id after each render. */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly catalog: CatalogService,
    private readonly answers: AnswerIndex,
    private readonly log: vscode.LogOutputChannel,
    private readonly settings: VsCodeSettings,
    private readonly signals: readonly DebriefSignal[] = [],
  ) {
    catalog.onDidChange(() => this.rerender(), this, this.disposables);
    answers.onDidChange(() => this.rerender(), this, this.disposables);
    settings.onDidChange(() => this.rerender(), this, this.disposables);
  }

  /** The prompt on show; undefined when the panel is closed. */
  get currentPromptId(): string | undefined {
    return this.panel ? this.promptId : undefined;
  }

  /** Whether the panel is open and visible. */
  get isVisible(): boolean {
    return this.panel?.visible ?? false;
  }

  /** The editor column of the panel while it is visible. */
  get visibleColumn(): vscode.ViewColumn | undefined {
    return this.panel?.visible ? this.panel.viewColumn : undefined;
  }

  /** The panel, for tests. */
  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Shows `promptId` in the panel, opening it or bringing it forward. Returns false for an unknown id. */
  async show(promptId: string): Promise<boolean> {
    const prompt = await this.catalog.getPrompt(promptId);
    if (!prompt) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: there is no prompt {0}. Refresh the prompts if you just added it.', JSON.stringify(promptId)));
      return false;
    }
    this.promptId = promptId;
    if (this.panel) {
      this.panel.reveal(undefined, false);
    } else {
      this.panel = this.createPanel(prompt.title);
    }
    await this.render();
    return true;
  }

  private createPanel(title: string): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(PROMPT_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: webviewRoots(this.extensionUri),
    });
    panel.iconPath = { light: vscode.Uri.joinPath(media, 'prompt-light.svg'), dark: vscode.Uri.joinPath(media, 'prompt-dark.svg') };
    panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message), this, this.panelDisposables);
    panel.onDidDispose(
      () => {
        vscode.Disposable.from(...this.panelDisposables).dispose();
        this.panelDisposables = [];
        this.panel = undefined;
        this.promptId = undefined;
        this.shownAnswers = [];
      },
      this,
      this.panelDisposables,
    );
    return panel;
  }

  private rerender(): void {
    if (this.panel && this.promptId) void this.render();
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    const promptId = this.promptId;
    if (!panel || !promptId) return;
    const count = ++this.renderCount;
    try {
      const [prompt, answers] = await Promise.all([this.catalog.getPrompt(promptId), this.answers.answersFor(promptId)]);
      if (count !== this.renderCount || this.panel !== panel) return;
      let body: string;
      if (prompt) {
        panel.title = prompt.title;
        const { spoilerFree, showAnswerKey } = this.settings.value.practice;
        const keyCheck = await this.checkAnswerKey(prompt, answers);
        if (count !== this.renderCount || this.panel !== panel) return;
        body = renderPromptHtml(prompt, answers.map(summary), answers.flatMap(practiceEntries), renderInterviewSection(interviewAttempts(answers), this.signals), {
          spoilerFree,
          showAnswerKey,
          attempted: hasRecordedAttempt(answers),
          ...(keyCheck ? { keyCheck } : {}),
        });
      } else {
        // The prompt file was deleted or broken while on show.
        body = `<p class="empty">${escapeHtml(vscode.l10n.t('The prompt {0} is no longer in the catalog.', promptId))}</p>`;
      }
      this.shownAnswers = prompt ? answers : [];
      panel.webview.html = webviewPage(panel.webview, this.extensionUri, prompt?.title ?? promptId, body, ['prompt.css', 'interview.css'], 'prompt.js');
      this.rendered.fire(promptId);
    } catch (error) {
      this.log.error(`Rendering prompt ${promptId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  /** The answer key matched against the most recently changed answer, when there is a key and an answer. */
  private async checkAnswerKey(prompt: Prompt, answers: readonly AnswerEntry[]): Promise<PromptViewOptions['keyCheck']> {
    if (prompt.answerKey.length === 0 || answers.length === 0) return undefined;
    const latest = answers.reduce((a, b) => (b.mtime > a.mtime ? b : a));
    try {
      const doc = await vscode.workspace.openTextDocument(latest.uri);
      const result = checkAnswerKey(doc.getText(), prompt);
      return result ? { answerLabel: vscode.workspace.asRelativePath(latest.uri), result } : undefined;
    } catch (error) {
      this.log.warn(`The answer key of ${prompt.id} was not checked against ${latest.uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Runs what a button asked for. Anything but a known message is ignored and logged. */
  private onMessage(raw: unknown): void {
    const promptId = this.promptId;
    const message = parsePromptViewMessage(raw, this.shownAnswers.length);
    if (!message || !promptId) {
      this.log.warn(`Ignored a message from the prompt view: ${safeJson(raw)}`);
      return;
    }
    switch (message.type) {
      case 'startAnswer':
        void vscode.commands.executeCommand('designPractice.startAnswer', promptId);
        break;
      case 'openAnswer':
        void vscode.commands.executeCommand('designPractice.openAnswer', promptId);
        break;
      case 'startTimer':
        void vscode.commands.executeCommand('designPractice.startTimer', promptId);
        break;
      case 'startMockInterview':
        void vscode.commands.executeCommand('designPractice.startMockInterview', promptId);
        break;
      case 'openFile':
        void vscode.window.showTextDocument(this.shownAnswers[message.index].uri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
        break;
    }
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function summary(entry: AnswerEntry): AnswerSummary {
  const modified = entry.mtime ? new Date(entry.mtime).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : undefined;
  return { label: vscode.workspace.asRelativePath(entry.uri), status: entry.status, ...(modified ? { detail: vscode.l10n.t('last changed {0}', modified) } : {}) };
}

function practiceEntries(entry: AnswerEntry): PracticeHistoryEntry[] {
  const answerLabel = vscode.workspace.asRelativePath(entry.uri);
  return entry.practice.map((record) => {
    const started = new Date(record.started);
    const date = Number.isFinite(started.getTime()) ? started.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : record.started;
    return { answerLabel, date, record };
  });
}

/** Every mock interview in the answers, oldest first, with its date as the user reads dates. */
function interviewAttempts(entries: readonly AnswerEntry[]): (RatedAttempt & { questions: readonly string[] })[] {
  return entries
    .flatMap((e) => e.interviews)
    .sort((a, b) => (Date.parse(a.started) || 0) - (Date.parse(b.started) || 0))
    .map((i) => ({ date: readableDate(i.started), axisDate: shortDate(i.started), ratings: i.ratings ?? {}, questions: i.questions }));
}

/** A date for a chart's axis: `7 Dec` (in the user's locale), the year only when it is not this one. */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  if (!Number.isFinite(date.getTime())) return iso;
  const thisYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleDateString(undefined, thisYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: '2-digit' });
}

/** A date and time as the user reads them. */
export function readableDate(iso: string): string {
  const date = new Date(iso);
  return Number.isFinite(date.getTime()) ? date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : iso;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}
