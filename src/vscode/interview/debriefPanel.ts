/**
 * The Debrief view, built on the scorecard: after a mock interview, per signal the suggested rating
 * with its evidence (quotes that reveal their line in the answer), the gaps at the user's level and
 * what the session left; the answer key's covered and missed points; "practise next"; and a 1-4
 * rating per signal the user may adjust. It opens full width.
 *
 * What is kept, so closing it loses nothing: when it opens, the scorecard's ratings go into the
 * interview's record as `suggested:`; each change of a rating is kept as a draft in workspace
 * state; Save writes the user's ratings as `ratings:` (the core's `rateInterview`: one line inserted
 * or replaced). **Show Last Debrief** reopens the last one with its draft.
 */
import * as vscode from 'vscode';
import {
  buildDebrief,
  type ModelOpinion,
  parseDraftMessage,
  parseRatingsMessage,
  parseRevealLineMessage,
  renderDebriefHtml,
  type DebriefPage,
  type DebriefSignal,
} from '../../core/debrief/debrief';
import { readFollowUps } from '../../core/debrief/followUpsText';
import { rateInterview, readInterviewHistory, type InterviewRecord, type SignalRatings } from '../../core/debrief/interviewRecord';
import { renderRatingsChart } from '../../core/debrief/ratingsChart';
import { analyze } from '../../core/lint/linter';
import type { PracticeRecord } from '../../core/practice/timer';
import { practiseNext, RUBRIC_ASSESSOR, type AssessRequest, type Assessor, type Scorecard } from '../../core/score';
import type { CatalogService } from '../catalog/catalogService';
import type { AnswerLinter } from '../lint/answerLinter';
import { writeFrontMatter } from '../practice/frontMatterWriter';
import { readableDate, shortDate } from '../views/promptPanel';
import { webviewPage, webviewRoots } from '../views/webviewPage';
import { ModelAssessor } from '../model/modelInterviewer';
import type { FinishedInterview } from './mockInterview';

/** The webview panel's view type. */
export const DEBRIEF_VIEW_TYPE = 'designPractice.debrief';

/** The workspace-state key of the last debrief, for Show Last Debrief. */
export const LAST_DEBRIEF_KEY = 'designPractice.lastDebrief';

/** What a debrief is about: enough of the finished interview to show it again after a reload. */
export interface DebriefSubject {
  readonly answer: vscode.Uri;
  readonly title: string;
  readonly promptId?: string;
  readonly record: PracticeRecord;
  readonly asked: readonly { readonly question: string; readonly signal: string }[];
}

/** The last debrief as workspace state keeps it. */
interface SavedDebrief {
  readonly version: 1;
  readonly answer: string;
  readonly title: string;
  readonly promptId?: string;
  readonly record: PracticeRecord;
  readonly asked: readonly { readonly question: string; readonly signal: string }[];
  /** The user's choices not saved into the answer yet. */
  readonly draft?: SignalRatings;
}

export class DebriefPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: { subject: DebriefSubject; page: DebriefPage; opinion?: ModelOpinion } | undefined;
  private readonly saved = new vscode.EventEmitter<SignalRatings>();
  private readonly shownEvent = new vscode.EventEmitter<DebriefPage>();
  private readonly draftEvent = new vscode.EventEmitter<SignalRatings>();
  private readonly disposables: vscode.Disposable[] = [this.saved, this.shownEvent, this.draftEvent];

  /** Fires with the page each time a debrief is shown or drawn again. */
  readonly onDidShow = this.shownEvent.event;

  /** Fires with the ratings once they are in the front matter. */
  readonly onDidSave = this.saved.event;

  /** Fires with the draft once it is kept. */
  readonly onDidKeepDraft = this.draftEvent.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: AnswerLinter,
    private readonly catalog: CatalogService,
    private readonly signals: readonly DebriefSignal[],
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    /**
     * Who writes the scorecard: the deterministic rubric unless the composition root hands in
     * another. A `ModelAssessor` is asked once per debrief shown, and its model's ratings are a
     * column beside the built-in scorecard's, which stays the one suggested.
     */
    private readonly assessor: Assessor = RUBRIC_ASSESSOR,
  ) {}

  /** The page on show, for tests. */
  get page(): DebriefPage | undefined {
    return this.shown?.page;
  }

  /** The panel, for tests. */
  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Shows the debrief of a finished interview, and keeps it as the last one. */
  async show(interview: FinishedInterview | DebriefSubject, draft?: SignalRatings): Promise<void> {
    const subject: DebriefSubject = {
      answer: interview.answer,
      title: interview.title,
      ...(interview.promptId ? { promptId: interview.promptId } : {}),
      record: interview.record,
      asked: interview.asked.map((a) => ({ question: a.question, signal: a.signal })),
    };
    await this.keep(subject, draft);
    this.openPanel(subject.title);
    // The suggested ratings go into the record first: that inserts a line, so the page's lines are read after it.
    const { card: first, opinion } = await this.assessOnce(subject);
    const suggested = Object.fromEntries(first.signals.map((s) => [s.id, s.rating])) as SignalRatings;
    const { record: fileRecord } = await this.recordIn(subject);
    if (fileRecord && !sameRatings(fileRecord.suggested, suggested)) {
      const written = await writeFrontMatter(subject.answer, 'Record the suggested ratings', (text) => rateInterview(text, subject.record.started, suggested, 'suggested'), this.log);
      if ('error' in written) this.log.warn(`The suggested ratings were not recorded in ${vscode.workspace.asRelativePath(subject.answer)}: ${written.error}`);
    }
    await this.draw(subject, draft, undefined, opinion);
  }

  /**
   * The built-in scorecard, and the model's opinion beside it when the assessor asks a model (one
   * request; a redraw reuses it, since saving ratings changes only the front matter).
   */
  private async assessOnce(subject: DebriefSubject): Promise<{ card: Scorecard; opinion?: ModelOpinion }> {
    if (!(this.assessor instanceof ModelAssessor)) return { card: await this.scorecardFor(subject) };
    const assessed = await this.assessor.assessWithSource(await this.requestFor(subject));
    if (assessed.model !== undefined && assessed.modelCard) {
      const ratings = Object.fromEntries(assessed.modelCard.signals.map((s) => [s.id, s.rating]));
      return { card: assessed.deterministic, opinion: { model: assessed.model, verdict: assessed.modelCard.verdict, ratings, dropped: assessed.dropped } };
    }
    // Why a model that was asked is not in the column; nothing is said where no model is there or allowed.
    return { card: assessed.deterministic, ...(assessed.tried && assessed.fallbackReason ? { opinion: { notUsed: assessed.fallbackReason } } : {}) };
  }

  /** Reopens the last debrief, with the ratings the user chose but did not save. Returns false when there is none. */
  async showLast(): Promise<boolean> {
    const saved = this.memento.get<Partial<SavedDebrief>>(LAST_DEBRIEF_KEY);
    if (saved?.version !== 1 || typeof saved.answer !== 'string' || !saved.record || typeof saved.record.started !== 'string') return false;
    let answer: vscode.Uri;
    try {
      answer = vscode.Uri.parse(saved.answer, true);
      await vscode.workspace.fs.stat(answer);
    } catch {
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: the answer of the last debrief is no longer there ({0}).', saved.answer));
      return false;
    }
    const subject: DebriefSubject = {
      answer,
      title: String(saved.title ?? ''),
      ...(saved.promptId ? { promptId: saved.promptId } : {}),
      record: saved.record,
      asked: Array.isArray(saved.asked) ? saved.asked.filter((a) => typeof a?.question === 'string' && typeof a.signal === 'string') : [],
    };
    await this.show(subject, saved.draft);
    return true;
  }

  /** Opens the panel full width, or brings it forward. */
  private openPanel(title: string): void {
    if (this.panel) {
      this.panel.title = vscode.l10n.t('Debrief: {0}', title);
      this.panel.reveal(undefined, false);
      return;
    }
    this.panel = vscode.window.createWebviewPanel(DEBRIEF_VIEW_TYPE, vscode.l10n.t('Debrief: {0}', title), { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      retainContextWhenHidden: false,
      localResourceRoots: webviewRoots(this.extensionUri),
    });
    this.panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m), this, this.disposables);
    this.panel.onDidDispose(() => (this.panel = undefined), this, this.disposables);
    // Full width: with the answer (and the prompt) open beside it, the debrief would be a narrow column.
    if (vscode.window.tabGroups.all.length > 1) void vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup').then(undefined, () => undefined);
  }

  /** The built-in scorecard of the answer as it is now (never the model's: that is asked once, in `assessOnce`). */
  private async scorecardFor(subject: DebriefSubject): Promise<Scorecard> {
    const builtIn = this.assessor instanceof ModelAssessor ? this.assessor.builtIn : this.assessor;
    return builtIn.assess(await this.requestFor(subject));
  }

  private async requestFor(subject: DebriefSubject): Promise<AssessRequest> {
    const doc = await vscode.workspace.openTextDocument(subject.answer);
    const config = this.linter.configFor(doc.uri);
    const prompt = subject.promptId ? await this.catalog.getPrompt(subject.promptId) : undefined;
    return {
      answer: doc.getText(),
      ...(prompt ? { prompt } : {}),
      technologies: config.technologies,
      aliases: config.aliases,
      defaultTemplate: config.defaultTemplate,
    };
  }

  /** The interview's record in the answer's front matter, and every rated interview of the answer. */
  private async recordIn(subject: DebriefSubject): Promise<{ record?: InterviewRecord; all: InterviewRecord[] }> {
    const doc = await vscode.workspace.openTextDocument(subject.answer);
    const { answer } = analyze(doc.getText(), this.linter.configFor(doc.uri));
    const all = readInterviewHistory(answer.frontMatter?.data ?? {});
    return { record: [...all].reverse().find((r) => r.started === subject.record.started), all };
  }

  /** Builds the page from the answer as it is now and draws it. */
  private async draw(subject: DebriefSubject, draft?: SignalRatings, status?: string, opinion?: ModelOpinion): Promise<void> {
    const scorecard = await this.scorecardFor(subject);
    const doc = await vscode.workspace.openTextDocument(subject.answer);
    const { findings, answer } = analyze(doc.getText(), this.linter.configFor(doc.uri));
    const session = buildDebrief({ signals: this.signals, findings, asked: subject.asked, followUps: readFollowUps(answer), record: subject.record });
    const { record, all } = await this.recordIn(subject);
    const suggested = Object.fromEntries(scorecard.signals.map((s) => [s.id, s.rating])) as SignalRatings;
    const ratings = draft ?? record?.ratings ?? suggested;
    const chartHtml = renderRatingsChart(
      all.map((r) => ({ date: readableDate(r.started), axisDate: shortDate(r.started), ratings: r.ratings ?? {} })),
      this.signals,
    );
    const page: DebriefPage = {
      title: subject.title,
      scorecard,
      practiseNext: practiseNext(scorecard),
      session,
      ratings,
      saved: !draft && record?.ratings !== undefined,
      ...(status ? { status } : {}),
      ...(chartHtml ? { chartHtml } : {}),
      diagrams: answer.diagrams.map((d) => d.source),
      ...(opinion ? { model: opinion } : {}),
    };
    this.shown = { subject, page, ...(opinion ? { opinion } : {}) };
    if (!this.panel) return;
    this.panel.webview.html = webviewPage(this.panel.webview, this.extensionUri, 'Debrief', renderDebriefHtml(page, this.signals), ['prompt.css', 'interview.css', 'debrief.css'], 'debrief.js');
    this.shownEvent.fire(page);
  }

  /** Keeps `subject` (and the draft) as the last debrief. */
  private async keep(subject: DebriefSubject, draft?: SignalRatings): Promise<void> {
    const saved: SavedDebrief = {
      version: 1,
      answer: subject.answer.toString(),
      title: subject.title,
      ...(subject.promptId ? { promptId: subject.promptId } : {}),
      record: subject.record,
      asked: subject.asked,
      ...(draft ? { draft } : {}),
    };
    await Promise.resolve(this.memento.update(LAST_DEBRIEF_KEY, saved)).catch(() => undefined);
  }

  /**
   * Saves `ratings` for the interview on show. Returns an error message (also shown to the user,
   * naming the file) when they could not be written; nothing is written then, and the draft is kept.
   */
  async save(ratings: SignalRatings): Promise<string | undefined> {
    const shown = this.shown;
    if (!shown) return vscode.l10n.t('No debrief is on show.');
    const { answer, record } = shown.subject;
    const label = vscode.workspace.asRelativePath(answer);
    const written = await writeFrontMatter(answer, 'Save the debrief ratings', (text) => rateInterview(text, record.started, ratings), this.log);
    if ('error' in written) {
      const error = vscode.l10n.t('The ratings were not saved in {0}: {1}', label, written.error);
      this.log.warn(error);
      await this.keep(shown.subject, ratings);
      void vscode.window.showErrorMessage(vscode.l10n.t('Design Practice: {0}', error));
      void this.panel?.webview.postMessage({ type: 'status', text: vscode.l10n.t('Not saved (kept as a draft): see the message.') });
      return error;
    }
    await this.keep(shown.subject);
    this.log.info(`Debrief ratings saved in ${label}: ${JSON.stringify(ratings)}`);
    // Saving may have inserted a front-matter line, so the lines on show moved: the page is built again.
    await this.draw(shown.subject, undefined, vscode.l10n.t('Saved in {0}.', label), shown.opinion);
    this.saved.fire(ratings);
    return undefined;
  }

  /** Keeps the user's choices as a draft, so closing the view loses nothing. */
  async keepDraft(ratings: SignalRatings): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    this.shown = { ...shown, page: { ...shown.page, ratings, saved: false } };
    await this.keep(shown.subject, ratings);
    this.draftEvent.fire(ratings);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const ratings = parseRatingsMessage(raw, this.signals);
    if (ratings) {
      await this.save(ratings);
      return;
    }
    const draft = parseDraftMessage(raw, this.signals);
    if (draft) {
      await this.keepDraft(draft);
      return;
    }
    const line = parseRevealLineMessage(raw);
    if (line !== undefined && this.shown) {
      await this.revealLine(line);
      return;
    }
    this.log.warn('Ignored a message from the Debrief view');
  }

  /** Shows 1-based `line` of the answer on show, beside the debrief, with the line selected. */
  async revealLine(line: number): Promise<void> {
    if (!this.shown) return;
    const doc = await vscode.workspace.openTextDocument(this.shown.subject.answer);
    const at = Math.max(0, Math.min(line, doc.lineCount) - 1);
    const range = doc.lineAt(at).range;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Selection(range.start, range.end), preview: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function sameRatings(a: SignalRatings | undefined, b: SignalRatings): boolean {
  if (!a) return false;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}
