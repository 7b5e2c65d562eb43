/**
 * The Debrief view: after a mock interview, the evidence for each signal and a 1-4 rating of each,
 * saved into the answer's front matter (the core's `rateInterview`: one line inserted or replaced).
 * The body is the core's `renderDebriefHtml`; this adapter gathers the evidence (the linter's
 * findings, the Follow-ups now in the answer, the practice record) and wraps it in the strict-CSP page.
 */
import * as vscode from 'vscode';
import { buildDebrief, parseRatingsMessage, parseRevealLineMessage, renderDebriefHtml, type DebriefSignal, type SignalEvidence } from '../../core/debrief/debrief';
import { readFollowUps } from '../../core/debrief/followUpsText';
import { rateInterview, type SignalRatings } from '../../core/debrief/interviewRecord';
import { analyze } from '../../core/lint/linter';
import type { AnswerLinter } from '../lint/answerLinter';
import { writeFrontMatter } from '../practice/frontMatterWriter';
import { webviewPage } from '../views/webviewPage';
import type { FinishedInterview } from './mockInterview';

/** The webview panel's view type. */
export const DEBRIEF_VIEW_TYPE = 'designPractice.debrief';

export class DebriefPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: { interview: FinishedInterview; evidence: SignalEvidence[]; ratings: SignalRatings } | undefined;
  private readonly saved = new vscode.EventEmitter<SignalRatings>();
  private readonly shownEvent = new vscode.EventEmitter<readonly SignalEvidence[]>();
  private readonly disposables: vscode.Disposable[] = [this.saved, this.shownEvent];

  /** Fires with the evidence each time a debrief is shown. */
  readonly onDidShow = this.shownEvent.event;

  /** Fires with the ratings once they are in the front matter. */
  readonly onDidSave = this.saved.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: AnswerLinter,
    private readonly signals: readonly DebriefSignal[],
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The evidence on show, for tests. */
  get evidence(): readonly SignalEvidence[] | undefined {
    return this.shown?.evidence;
  }

  /** The panel, for tests. */
  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Shows the debrief of `interview`. */
  async show(interview: FinishedInterview): Promise<void> {
    const evidence = await this.evidenceFor(interview);
    this.shown = { interview, evidence, ratings: {} };
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel(DEBRIEF_VIEW_TYPE, `Debrief: ${interview.title}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [media],
      });
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m), this, this.disposables);
      this.panel.onDidDispose(() => (this.panel = undefined), this, this.disposables);
    } else {
      this.panel.title = `Debrief: ${interview.title}`;
      this.panel.reveal(undefined, false);
    }
    this.render();
    this.shownEvent.fire(evidence);
  }

  /** The evidence for each signal, read from the answer as it is now. */
  private async evidenceFor(interview: FinishedInterview): Promise<SignalEvidence[]> {
    const doc = await vscode.workspace.openTextDocument(interview.answer);
    const { findings, answer } = analyze(doc.getText(), this.linter.configFor(doc.uri));
    return buildDebrief({
      signals: this.signals,
      findings,
      asked: interview.asked.map((a) => ({ question: a.question, signal: a.signal })),
      followUps: readFollowUps(answer),
      record: interview.record,
    });
  }

  /**
   * Saves `ratings` for the interview on show. Returns an error message (also shown to the user,
   * naming the file) when they could not be written; nothing is written then.
   */
  async save(ratings: SignalRatings): Promise<string | undefined> {
    const shown = this.shown;
    if (!shown) return 'No debrief is on show.';
    const { answer, record } = shown.interview;
    const label = vscode.workspace.asRelativePath(answer);
    const written = await writeFrontMatter(answer, 'Save the debrief ratings', (text) => rateInterview(text, record.started, ratings), this.log);
    if ('error' in written) {
      const error = `The ratings were not saved in ${label}: ${written.error}`;
      this.log.warn(error);
      void vscode.window.showErrorMessage(`Design Practice: ${error}`);
      void this.panel?.webview.postMessage({ type: 'status', text: 'Not saved: see the message.' });
      return error;
    }
    shown.ratings = ratings;
    // Saving inserted a front-matter line, so the line numbers on show moved: read them again.
    shown.evidence = await this.evidenceFor(shown.interview);
    this.log.info(`Debrief ratings saved in ${label}: ${JSON.stringify(ratings)}`);
    this.render(`Saved in ${label}.`);
    this.saved.fire(ratings);
    return undefined;
  }

  private render(status?: string): void {
    if (!this.panel || !this.shown) return;
    const body = renderDebriefHtml(this.shown.interview.title, this.shown.evidence, this.shown.ratings, status);
    this.panel.webview.html = webviewPage(this.panel.webview, this.extensionUri, 'Debrief', body, ['prompt.css', 'interview.css'], 'debrief.js');
  }

  private async onMessage(raw: unknown): Promise<void> {
    const ratings = parseRatingsMessage(raw, this.signals);
    if (ratings) {
      await this.save(ratings);
      return;
    }
    const line = parseRevealLineMessage(raw);
    if (line !== undefined && this.shown) {
      await this.revealLine(line);
      return;
    }
    this.log.warn('Ignored a message from the Debrief view');
  }

  /** Shows 1-based `line` of the answer on show, beside the debrief, with the cursor on it. */
  async revealLine(line: number): Promise<void> {
    if (!this.shown) return;
    const doc = await vscode.workspace.openTextDocument(this.shown.interview.answer);
    const at = new vscode.Position(Math.min(line, doc.lineCount) - 1, 0);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(at, at) });
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
