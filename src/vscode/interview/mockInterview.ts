/**
 * The mock interview in the editor. It rides on a practice timer started in interview mode: from
 * the Architecture phase on (and whenever the user asks) the next probe is asked, one at a time, in
 * the Interviewer view and as `### Q: <question>` under the answer's `## Follow-ups`, with the cursor
 * below it. When the timer records the session, the questions asked go into the answer's front
 * matter and the Debrief view opens. Once per interview, from the Trade-offs phase on, the
 * interviewer asks one of the prompt's curveballs (a requirement that changes mid-interview) instead
 * of the next probe. The session's questions are kept in workspace state, so a reload picks the
 * interview up where it was, as the timer does.
 */
import * as vscode from 'vscode';
import type { Prompt } from '../../core/catalog/prompt';
import type { AnswerDocument } from '../../core/answer/parseAnswer';
import { addFollowUpQuestion, outlineHeadingLines } from '../../core/debrief/followUpsText';
import { recordInterview } from '../../core/debrief/interviewRecord';
import { askedFollowUps, PROBE_INTERVIEWER, type Interviewer, type Probe } from '../../core/interview';
import { analyze } from '../../core/lint/linter';
import type { PracticeRecord } from '../../core/practice/timer';
import type { CatalogService } from '../catalog/catalogService';
import type { AnswerLinter } from '../lint/answerLinter';
import type { PracticeTimer, TimerPhaseChange, TimerRecorded } from '../practice/practiceTimer';
import { writeFrontMatter } from '../practice/frontMatterWriter';

/** The workspace-state key the interview is kept under. */
export const INTERVIEW_STATE_KEY = 'designPractice.interview';

/** The context key menus read: true while a mock interview is under way. */
export const INTERVIEW_CONTEXT_KEY = 'designPractice.interviewActive';

/** The context key for Rehearse Aloud: true while the answer is folded to its headings. */
export const REHEARSING_CONTEXT_KEY = 'designPractice.rehearsing';

/** The first phase in which the interviewer starts asking on its own. */
const FIRST_ASKING_PHASE = 'architecture';

/** The phase from which the curveball comes. */
const CURVEBALL_PHASE = 'trade-offs';

/** The id prefix of a curveball question: `curveball:<n>`, n the prompt's 1-based curveball. */
export const CURVEBALL_ID_PREFIX = 'curveball:';

/** A question asked in this session: a probe of the interview core (lines 0-based). */
export interface AskedProbe extends Probe {
  /** When it was asked, epoch ms; for the log only. */
  readonly askedAt: number;
}

/** What the interviewer has asked; `undefined` outside an interview. */
export interface InterviewState {
  readonly answer: vscode.Uri;
  readonly title: string;
  readonly promptId?: string;
  readonly asked: readonly AskedProbe[];
}

/** What `askNext` did. */
/** A question asked, or why none was (`notWritten`: there was one, but it could not be written into the answer). */
export type AskResult = { readonly asked: AskedProbe } | { readonly none: string; readonly notWritten?: true };

/** What the debrief needs from a finished interview. */
export interface FinishedInterview {
  readonly answer: vscode.Uri;
  readonly title: string;
  readonly promptId?: string;
  readonly record: PracticeRecord;
  readonly asked: readonly AskedProbe[];
  /** Whether the questions were written into the front matter, or why not. */
  readonly saved: true | string;
}

interface Saved {
  readonly version: 1;
  readonly answer: string;
  readonly title: string;
  readonly promptId?: string;
  readonly asked: readonly AskedProbe[];
}

export class MockInterview implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<InterviewState | undefined>();
  private readonly finished = new vscode.EventEmitter<FinishedInterview>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.finished];
  private current: { answer: vscode.Uri; title: string; promptId?: string; asked: AskedProbe[] } | undefined;
  private rehearsing = false;
  /** The interview whose recorded session is being written up, so the timer's end does not cut it short. */
  private finishing: object | undefined;
  /** Asks are queued so two (a phase change and a click) never write the same question twice. */
  private queue: Promise<unknown> = Promise.resolve();
  private lastMiss: string | undefined;

  /** Fires when a question is asked and when the interview starts or ends. */
  readonly onDidChange = this.changed.event;
  /** Fires when the session was recorded and the interview is over, for the debrief. */
  readonly onDidFinish = this.finished.event;

  constructor(
    private readonly timer: PracticeTimer,
    private readonly catalog: CatalogService,
    private readonly memento: vscode.Memento,
    private readonly linter: AnswerLinter,
    private readonly log: vscode.LogOutputChannel,
    /** Who asks: the deterministic probes unless the composition root hands in another. */
    private readonly interviewer: Interviewer = PROBE_INTERVIEWER,
  ) {
    timer.onDidChangePhase((change) => this.onPhase(change), this, this.disposables);
    timer.onDidRecord((recorded) => void this.onRecorded(recorded), this, this.disposables);
    timer.onDidChangeState((state) => {
      // Discarded, or stopped by a new session: nothing to debrief.
      if (state === undefined && this.current && this.finishing !== this.current) void this.end();
    }, this, this.disposables);
    this.restore();
  }

  /** The interview under way. */
  get state(): InterviewState | undefined {
    return this.current && { ...this.current, asked: [...this.current.asked] };
  }

  /** The question asked last. */
  get currentProbe(): AskedProbe | undefined {
    return this.current?.asked[this.current.asked.length - 1];
  }

  /** Why the last question a phase change asked for did not come, if it did not. */
  get lastAskMissed(): string | undefined {
    return this.lastMiss;
  }

  /** Resolves once every question asked so far is written (or failed): nothing of them is still under way. */
  settled(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** Whether Rehearse Aloud has folded the answer. */
  get isRehearsing(): boolean {
    return this.rehearsing;
  }

  /** Begins the interview on the answer the timer has just started timing in interview mode. */
  async begin(): Promise<void> {
    const target = this.timer.target;
    if (!target || target.mode !== 'interview') throw new Error(vscode.l10n.t('Start the practice timer in interview mode first.'));
    this.current = { answer: target.uri, title: target.title, ...(target.promptId ? { promptId: target.promptId } : {}), asked: [] };
    this.lastMiss = undefined;
    await this.persist();
    this.setContext(true);
    this.log.info(`Mock interview started on ${vscode.workspace.asRelativePath(target.uri)}`);
    this.changed.fire(this.state);
  }

  /**
   * Asks the next probe: answer probes first, then the prompt's, skipping any asked in this session
   * or already under Follow-ups. Writes `### Q:` into the answer with the cursor below it.
   */
  askNext(): Promise<AskResult> {
    return this.enqueue(() => this.doAsk());
  }

  /**
   * Asks one of the prompt's curveballs, once per interview: which one varies with the time it is asked,
   * so attempts meet different ones. Returns `none` when there is none left to ask.
   */
  askCurveball(): Promise<AskResult> {
    return this.enqueue(() => this.doAsk(true));
  }

  private enqueue(ask: () => Promise<AskResult>): Promise<AskResult> {
    const next = this.queue.then(ask);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async doAsk(curveball = false): Promise<AskResult> {
    const current = this.current;
    if (!current) return { none: vscode.l10n.t('No mock interview is under way. Start one with "{0}".', vscode.l10n.t('Design Practice: Start Mock Interview')) };
    const doc = await vscode.workspace.openTextDocument(current.answer);
    const prompt = current.promptId ? await this.catalog.getPrompt(current.promptId) : undefined;
    const text = doc.getText();
    const answer = this.parse(doc, prompt);
    // The interviewer leaves out questions answered under Follow-ups; those asked but not yet answered are passed as asked.
    const already = [...current.asked.map((a) => a.question), ...askedFollowUps(answer).map((f) => f.question)];
    const askedIds = new Set(current.asked.map((a) => a.id));
    let probe: Probe | undefined;
    if (curveball) {
      if (current.asked.some((a) => a.id.startsWith(CURVEBALL_ID_PREFIX))) return { none: vscode.l10n.t('The curveball of this interview was asked already.') };
      const curveballs = prompt?.curveballs ?? [];
      if (curveballs.length === 0) return { none: vscode.l10n.t('The prompt has no curveballs.') };
      const n = Math.floor(Date.now() / 1000) % curveballs.length;
      probe = { id: `${CURVEBALL_ID_PREFIX}${n + 1}`, question: curveballs[n].question, source: 'prompt', signal: curveballs[n].signal };
    } else {
      const questions = await this.interviewer.questions({ answer, ...(prompt ? { prompt } : {}), asked: already });
      probe = questions.find((p) => !askedIds.has(p.id));
    }
    if (!probe) return { none: vscode.l10n.t('The interviewer has no more questions for this answer.') };
    // Follow the line the probe refers to across the edit: the question is added at the end, after it.
    const asked: AskedProbe = { ...probe, askedAt: Date.now() };
    const { edit, cursorLine } = addFollowUpQuestion(answer, text, probe.question);
    const written = await writeFrontMatter(current.answer, 'Add a follow-up question', () => ({ edits: [edit] }), this.log);
    if ('error' in written) return { none: vscode.l10n.t('The question could not be added to {0}: {1}', vscode.workspace.asRelativePath(current.answer), written.error), notWritten: true };
    if (this.current !== current) return { none: vscode.l10n.t('The interview ended meanwhile.') };
    current.asked.push(asked);
    await this.persist();
    await this.placeCursor(written.document, cursorLine - 1);
    this.log.info(`Interviewer asked (${probe.id}, ${probe.signal}): ${probe.question}`);
    this.changed.fire(this.state);
    return { asked };
  }

  /** Shows the answer line a probe refers to (0-based). */
  async revealLine(line: number): Promise<void> {
    if (this.current) await this.placeCursor(await vscode.workspace.openTextDocument(this.current.answer), line);
  }

  /**
   * Rehearse Aloud: folds the answer to its headings, so the design is talked through from the
   * outline, or unfolds it again. Returns whether it is now folded.
   */
  async toggleRehearsal(uri?: vscode.Uri): Promise<boolean> {
    const target = uri ?? this.current?.answer ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) throw new Error(vscode.l10n.t('Open an answer to rehearse.'));
    const doc = await vscode.workspace.openTextDocument(target);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    if (this.rehearsing) {
      await vscode.commands.executeCommand('editor.unfoldAll');
      this.rehearsing = false;
    } else {
      const headings = outlineHeadingLines(this.parse(doc, undefined));
      // Innermost first, so a ### under a ## is folded before the ## folds over it.
      await vscode.commands.executeCommand('editor.unfoldAll');
      await vscode.commands.executeCommand('editor.fold', { levels: 1, direction: 'down', selectionLines: [...headings].reverse() });
      const top = new vscode.Position(0, 0);
      editor.selection = new vscode.Selection(top, top);
      this.rehearsing = true;
    }
    void vscode.commands.executeCommand('setContext', REHEARSING_CONTEXT_KEY, this.rehearsing);
    this.changed.fire(this.state);
    return this.rehearsing;
  }

  /** The answer as the linter reads it (its project's settings), against its prompt's template when it names none. */
  private parse(doc: vscode.TextDocument, prompt: Prompt | undefined): AnswerDocument {
    const config = this.linter.configFor(doc.uri);
    return analyze(doc.getText(), prompt ? { ...config, defaultTemplate: prompt.template } : config).answer;
  }

  private onPhase(change: TimerPhaseChange): void {
    const current = this.current;
    if (!current || change.answer.toString() !== current.answer.toString()) return;
    const phases = this.timer.phases;
    const first = phases.findIndex((p) => p.section === FIRST_ASKING_PHASE);
    if (first < 0 || change.to < first) return;
    const curveballPhase = phases.findIndex((p) => p.section === CURVEBALL_PHASE);
    const curveballAsked = current.asked.some((a) => a.id.startsWith(CURVEBALL_ID_PREFIX));
    // From Trade-offs, once per interview, the prompt's curveball; a prompt without one gets the next probe.
    const ask =
      curveballPhase >= 0 && change.to >= curveballPhase && !curveballAsked
        ? this.askCurveball().then((r) => ('none' in r && this.current === current ? this.askNext() : r))
        : this.askNext();
    // Nobody awaits a question the phase change asks: why none came is logged, kept for the view and
    // the tests, and a question that could not be written is shown, since the user is waiting for it.
    void ask.then(
      (result) => {
        if (!('none' in result)) {
          this.lastMiss = undefined;
          return;
        }
        this.lastMiss = result.none;
        this.log.warn(`Interviewer (phase change): ${result.none}`);
        if (result.notWritten) void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: {0}', result.none));
        this.changed.fire(this.state);
      },
      (error: unknown) => {
        this.lastMiss = error instanceof Error ? error.message : String(error);
        this.log.error(`Interviewer (phase change): ${this.lastMiss}`);
        this.changed.fire(this.state);
      },
    );
  }

  private async onRecorded({ target, record }: TimerRecorded): Promise<void> {
    const current = this.current;
    if (target.mode !== 'interview' || !current || target.uri.toString() !== current.answer.toString()) return;
    this.finishing = current;
    await this.queue;
    const questions = current.asked.map((a) => a.question);
    const written = await writeFrontMatter(current.answer, 'Record the mock interview', (text) => recordInterview(text, { started: record.started, questions }), this.log);
    const saved = 'error' in written ? written.error : true;
    if (saved !== true) void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: the questions were not recorded in {0}: {1}', vscode.workspace.asRelativePath(current.answer), saved));
    await this.end();
    this.finished.fire({ answer: current.answer, title: current.title, ...(current.promptId ? { promptId: current.promptId } : {}), record, asked: current.asked, saved });
  }

  private async end(): Promise<void> {
    if (!this.current) return;
    this.current = undefined;
    if (this.rehearsing) await this.toggleRehearsal().catch(() => undefined);
    await this.persist();
    this.setContext(false);
    this.changed.fire(undefined);
  }

  private async placeCursor(doc: vscode.TextDocument, line: number): Promise<void> {
    const open = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, { preview: false, ...(open?.viewColumn ? { viewColumn: open.viewColumn } : {}) });
    const at = new vscode.Position(Math.max(0, Math.min(line, doc.lineCount - 1)), 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private setContext(active: boolean): void {
    void vscode.commands.executeCommand('setContext', INTERVIEW_CONTEXT_KEY, active);
  }

  private async persist(): Promise<void> {
    const c = this.current;
    const saved: Saved | undefined = c && { version: 1, answer: c.answer.toString(), title: c.title, ...(c.promptId ? { promptId: c.promptId } : {}), asked: c.asked };
    await Promise.resolve(this.memento.update(INTERVIEW_STATE_KEY, saved)).catch(() => undefined);
  }

  private restore(): void {
    const saved = this.memento.get<Partial<Saved>>(INTERVIEW_STATE_KEY);
    const target = this.timer.target;
    // Kept only for the session the timer resumed; anything else (older, damaged) is dropped.
    if (saved?.version !== 1 || target?.mode !== 'interview' || target.uri.toString() !== saved.answer || !Array.isArray(saved.asked)) {
      if (saved) void this.memento.update(INTERVIEW_STATE_KEY, undefined);
      return;
    }
    const asked = saved.asked.filter((a) => typeof a?.question === 'string' && typeof a.id === 'string');
    this.current = { answer: target.uri, title: String(saved.title), ...(saved.promptId ? { promptId: saved.promptId } : {}), asked };
    this.setContext(true);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
