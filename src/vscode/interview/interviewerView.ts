/**
 * The Interviewer view in the Design Practice sidebar: the question asked last, with a link to the
 * answer line it refers to, and the interview's buttons. The body is the core's
 * `renderInterviewerHtml`; this adapter wraps it in the strict-CSP page and turns button messages
 * into commands.
 */
import * as vscode from 'vscode';
import { parseInterviewerMessage, renderInterviewerHtml, type InterviewerQuestion } from '../../core/debrief/interviewerView';
import { webviewPage } from '../views/webviewPage';
import type { MockInterview } from './mockInterview';

/** The view's id, as package.json contributes it. */
export const INTERVIEWER_VIEW_ID = 'designPractice.interviewer';

export class InterviewerView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly rendered = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[] = [this.rendered];
  private lastHtml = '';

  /** Fires with the body after each render, for tests. */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly interview: MockInterview,
    private readonly signalTitle: (signal: string) => string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    interview.onDidChange(() => this.render(), this, this.disposables);
    this.disposables.push(vscode.window.registerWebviewViewProvider(INTERVIEWER_VIEW_ID, this));
  }

  /** The body last rendered (also while the view is hidden), for tests. */
  get html(): string {
    return this.lastHtml;
  }

  /** Whether the view is resolved and on screen. */
  get isVisible(): boolean {
    return this.view?.visible ?? false;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    view.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m), this, this.disposables);
    view.onDidDispose(() => (this.view = undefined), this, this.disposables);
    this.render();
  }

  /** Brings the view forward without taking focus from the answer. */
  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${INTERVIEWER_VIEW_ID}.focus`, { preserveFocus: true });
    this.view?.show(true);
  }

  private render(): void {
    const state = this.interview.state;
    const asked: InterviewerQuestion[] | undefined = state?.asked.map((a) => ({ ...a, signalTitle: this.signalTitle(a.signal) }));
    this.lastHtml = renderInterviewerHtml(state && asked ? { title: state.title, asked, rehearsing: this.interview.isRehearsing } : undefined);
    if (this.view) {
      this.view.webview.html = webviewPage(this.view.webview, this.extensionUri, 'Interviewer', this.lastHtml, ['prompt.css', 'interview.css'], 'prompt.js');
    }
    this.rendered.fire(this.lastHtml);
  }

  private onMessage(raw: unknown): void {
    const message = parseInterviewerMessage(raw);
    if (!message) {
      this.log.warn('Ignored a message from the Interviewer view');
      return;
    }
    if (message.type === 'revealLine') void this.interview.revealLine(message.index);
    else void vscode.commands.executeCommand(`designPractice.${message.type}`);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
