/**
 * The practice timer in the editor: one session at a time, on one answer. The core's
 * `PracticeSession` does all the arithmetic from the clock it is handed; this adapter owns the
 * status-bar item, a one-second tick while running (which only refreshes the display), the phase
 * notifications, the `designPractice.timerState` context key, and the session's copy in workspace
 * state, so a window reload picks the session up where it was.
 *
 * A stopped session's record goes into the answer's front matter. When that fails (broken front
 * matter, a file gone) the stopped session is kept, shown as not recorded, and can be written again
 * once the file is fixed: the core returns the same record on every `stop`.
 */
import * as vscode from 'vscode';
import { findSection } from '../../core/answer/parseAnswer';
import { analyze } from '../../core/lint/linter';
import { isBufferPhase, makeRoomQuestion, phaseChangeMessage, phaseName, phaseStatusText, planTooltipMarkdown, practiceSummaryText } from '../../core/practice/plan';
import { recordPractice } from '../../core/practice/record';
import {
  PracticeSession,
  type PhaseChange,
  type PracticePhase,
  type PracticeRecord,
  type PracticeSessionState,
  type PracticeSnapshot,
  type PracticeStatus,
} from '../../core/practice/timer';
import type { VsCodeSettings } from '../settings';
import { writeFrontMatter } from './frontMatterWriter';
import { TimerNotice } from './timerNotice';

/** The workspace-state key the session is kept under. */
export const TIMER_STATE_KEY = 'designPractice.timer';

/** The context key menus read: `running`, `paused`, or unset when no session is under way. */
export const TIMER_CONTEXT_KEY = 'designPractice.timerState';

/** What a session is timed on. */
export interface TimerTarget {
  readonly uri: vscode.Uri;
  /** What to call the session: the prompt's title, or the file's name. */
  readonly title: string;
  /** The template the answer is read against, to find its sections. */
  readonly templateId: string;
  readonly promptId?: string;
  /** `interview` for a mock interview: the interviewer asks follow-ups and a debrief follows the stop. */
  readonly mode?: 'interview';
}

/** A session recorded in its answer's front matter, with what it was timed on. */
export interface TimerRecorded {
  readonly target: TimerTarget;
  readonly record: PracticeRecord;
}

/** A phase change of the running session, with the answer it belongs to. */
export interface TimerPhaseChange extends PhaseChange {
  readonly answer: vscode.Uri;
}

/** What `stop` did: the record, and whether it is now in the answer's front matter. */
export type StopResult = { readonly record: PracticeRecord; readonly saved: true } | { readonly record: PracticeRecord; readonly saved: false; readonly error: string };

/** What to do with a session under way when another is started, for callers that must not ask. */
export type IfTimerActive = 'stop' | 'cancel';

/** What `revealSection` found. */
export type RevealResult = 'revealed' | 'missing' | 'unavailable';

/** The session as kept in workspace state. */
interface SavedTimer {
  readonly version: 1;
  readonly answer: string;
  readonly title: string;
  readonly templateId: string;
  readonly promptId?: string;
  readonly mode?: 'interview';
  readonly session: PracticeSessionState;
}

interface Current {
  target: TimerTarget;
  readonly session: PracticeSession;
}

const TICK_MS = 1000;

export class PracticeTimer implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('designPractice.timer', vscode.StatusBarAlignment.Left, 101);
  private readonly phaseChanged = new vscode.EventEmitter<TimerPhaseChange>();
  private readonly stateChanged = new vscode.EventEmitter<PracticeStatus | undefined>();
  private readonly recorded = new vscode.EventEmitter<TimerRecorded>();
  /** The phase or overtime notice on show: one at a time, taken down by Stop and Next phase. */
  private readonly notice = new TimerNotice();
  private readonly disposables: vscode.Disposable[] = [this.item, this.phaseChanged, this.stateChanged, this.recorded, this.notice];
  private current: Current | undefined;
  /** The stop whose record is being written: a second stop joins it, and making room waits for it. */
  private stopping: Promise<StopResult | undefined> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private contextState: string | undefined | null = null;
  private overtimeNotified = false;
  private visible = false;
  private disposed = false;

  /** Fires once for every phase change, in order, whether time ran out or the user skipped. */
  readonly onDidChangePhase = this.phaseChanged.event;
  /** Fires when the session starts, pauses, resumes, stops unrecorded (`stopped`) or ends (undefined). */
  readonly onDidChangeState = this.stateChanged.event;
  /** Fires when a stopped session has been recorded in its answer, before `onDidChangeState` ends it. */
  readonly onDidRecord = this.recorded.event;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly settings: VsCodeSettings,
    private readonly log: vscode.LogOutputChannel,
    private now: () => number = Date.now,
  ) {
    this.item.name = vscode.l10n.t('Design Practice timer');
    this.item.command = 'designPractice.showTimerMenu';
    vscode.workspace.onDidRenameFiles((e) => this.followRename(e), this, this.disposables);
    this.restore();
    this.refresh();
  }

  /** Replaces the clock, for tests that drive time without waiting; the display follows at once. */
  useClock(now: () => number): void {
    this.now = now;
    this.refresh();
  }

  /** The state of the session under way; `stopped` while a record waits to be written; undefined without one. */
  get state(): PracticeStatus | undefined {
    return this.current?.session.snapshot(this.now()).state;
  }

  /** The answer being timed. */
  get answerUri(): vscode.Uri | undefined {
    return this.current?.target.uri;
  }

  /** What the session under way is timed on. */
  get target(): TimerTarget | undefined {
    return this.current?.target;
  }

  /** The session's phases. */
  get phases(): readonly PracticePhase[] {
    return this.current?.session.phases ?? [];
  }

  /** The status-bar text while shown, else empty; for tests. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  /** Whether the one-second tick is on: only while the clock runs. For tests. */
  get ticking(): boolean {
    return this.ticker !== undefined;
  }

  /** The notification on show (its message), or undefined; for tests. */
  get noticeMessage(): string | undefined {
    return this.notice.message;
  }

  /** Fires when a notice is taken down, for tests. */
  get onDidCloseNotice(): vscode.Event<string> {
    return this.notice.onDidClose;
  }

  /** The status-bar item, for tests that read its tooltip and colours. */
  get statusBarItem(): vscode.StatusBarItem {
    return this.item;
  }

  /**
   * Brings the session up to the clock: reports phase changes (events, and a notification for the
   * latest when time ran out; none when the user skipped, who knows already, and the one on show
   * goes) and redraws the status bar. The tick calls it each second; tests call it after moving
   * their clock. Returns the snapshot, or undefined without a session.
   */
  refresh(): PracticeSnapshot | undefined {
    const current = this.current;
    if (!current || this.disposed) {
      this.render(undefined);
      return undefined;
    }
    const { snapshot, changes } = current.session.advance(this.now());
    if (changes.length > 0) {
      void this.persist();
      for (const change of changes) this.phaseChanged.fire({ ...change, answer: current.target.uri });
      const latest = changes[changes.length - 1];
      if (latest.reason === 'skip') this.notice.clear();
      else this.notifyPhase(latest);
    }
    if (snapshot.state === 'running' && snapshot.overTime && !this.overtimeNotified) {
      this.overtimeNotified = true;
      this.notifyOvertime(snapshot);
    }
    this.render(snapshot);
    return snapshot;
  }

  /**
   * Makes room for a new session. A session under way is stopped and recorded, one waiting to be
   * recorded is discarded; without `ifActive` the user is asked first. Returns false when the
   * user declined or the running session could not be recorded. A stop still writing its record is
   * waited for first: its session is neither discarded as unrecorded nor recorded a second time.
   */
  async makeRoom(ifActive?: IfTimerActive): Promise<boolean> {
    await this.stopping;
    const current = this.current;
    if (!current) return true;
    const label = vscode.workspace.asRelativePath(current.target.uri);
    const unrecorded = this.state === 'stopped';
    let choice = ifActive;
    if (!choice) {
      const button = unrecorded ? vscode.l10n.t('Discard and Start New') : vscode.l10n.t('Stop and Start New');
      const question = makeRoomQuestion(label, this.state ?? 'running');
      choice = (await vscode.window.showWarningMessage(question, { modal: true }, button)) === button ? 'stop' : 'cancel';
    }
    if (choice === 'cancel') return false;
    // The user may have stopped the session while the question was up.
    await this.stopping;
    if (this.current !== current) return this.current === undefined;
    if (unrecorded) {
      await this.discard();
      return true;
    }
    return (await this.stop())?.saved ?? true;
  }

  /** Starts timing `target` on `phases`. Throws while another session exists: call `makeRoom` first. */
  async start(target: TimerTarget, phases: readonly PracticePhase[]): Promise<PracticeSnapshot> {
    if (this.current) throw new Error(vscode.l10n.t('A practice timer is already under way; stop it first.'));
    const session = PracticeSession.start(phases, this.now());
    this.current = { target, session };
    this.overtimeNotified = false;
    await this.persist();
    this.log.info(`Practice timer started on ${vscode.workspace.asRelativePath(target.uri)}: ${phases.map((p) => `${p.section} ${p.minutes} min`).join(', ')}`);
    this.stateChanged.fire('running');
    return this.refresh()!;
  }

  /** Pauses the clock. Returns false when it was not running. */
  async pause(): Promise<boolean> {
    return this.operate((session, now) => session.pause(now), 'paused');
  }

  /** Resumes a paused clock. Returns false when it was not paused. */
  async resume(): Promise<boolean> {
    return this.operate((session, now) => session.resume(now), 'running');
  }

  /**
   * Ends the current phase now and starts the next, and shows the answer at that phase's section, as
   * the phase notification's "Go to" button does. Returns false on the last phase.
   */
  async nextPhase(): Promise<boolean> {
    if (!(await this.operate((session, now) => session.nextPhase(now), undefined))) return false;
    const current = this.current;
    const phase = current?.session.snapshot(this.now()).phase;
    if (current && phase && !isBufferPhase(phase)) await this.revealSection(phase.section, current.target.uri);
    return true;
  }

  /**
   * Stops the session and records it in the answer's front matter: only the lines the core's
   * `recordPractice` returns change, and the file is saved if it had no unsaved changes before.
   * When the record cannot be written the error is shown (and returned), naming the file, nothing is
   * written, and the record waits to be written again (calling `stop` again retries). Undefined
   * without a session. A stop while another is writing its record gets that stop's result.
   */
  async stop(): Promise<StopResult | undefined> {
    if (this.stopping) return this.stopping;
    const stopping = this.stopAndRecord();
    this.stopping = stopping;
    try {
      return await stopping;
    } finally {
      if (this.stopping === stopping) this.stopping = undefined;
    }
  }

  private async stopAndRecord(): Promise<StopResult | undefined> {
    const current = this.current;
    if (!current) return undefined;
    const wasStopped = this.state === 'stopped';
    this.notice.clear();
    const record = current.session.stop(this.now());
    await this.persist();
    const label = vscode.workspace.asRelativePath(current.target.uri);
    const written = await this.writeRecord(current.target.uri, record);
    if (this.current !== current) return { record, saved: false, error: vscode.l10n.t('The session was discarded meanwhile.') };
    if ('error' in written) {
      const error = vscode.l10n.t('The practice session was not recorded in {0}: {1}', label, written.error);
      this.log.warn(error);
      this.refresh();
      if (!wasStopped) this.stateChanged.fire('stopped');
      const open = vscode.l10n.t('Open Answer');
      const retry = vscode.l10n.t('Retry');
      void vscode.window.showErrorMessage(vscode.l10n.t('Design Practice: {0}', error), open, retry).then((choice) => {
        if (choice === open) void vscode.window.showTextDocument(current.target.uri, { preview: false });
        if (choice === retry && this.current === current) void this.stop();
      });
      return { record, saved: false, error };
    }
    this.current = undefined;
    await this.persist();
    this.log.info(`Practice recorded in ${label}: ${JSON.stringify(record)}`);
    this.refresh();
    this.recorded.fire({ target: current.target, record });
    this.stateChanged.fire(undefined);
    // A mock interview goes on to its debrief, which says more than this summary.
    if (current.target.mode === 'interview') return { record, saved: true };
    const history = vscode.l10n.t('Show History');
    const promptId = current.target.promptId;
    void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: {0}', practiceSummaryText(record)), ...(promptId ? [history] : [])).then((choice) => {
      if (choice === history) void vscode.commands.executeCommand('designPractice.openPrompt', promptId);
    });
    return { record, saved: true };
  }

  /**
   * Drops the session (or the record waiting to be written) without recording anything. A stop
   * writing its record is let finish: a record it wrote stays recorded.
   */
  async discard(): Promise<void> {
    await this.stopping;
    if (!this.current) return;
    this.log.info(`Practice session on ${vscode.workspace.asRelativePath(this.current.target.uri)} discarded`);
    this.notice.clear();
    this.current = undefined;
    await this.persist();
    this.refresh();
    this.stateChanged.fire(undefined);
  }

  /**
   * Shows the answer with the heading of section `sectionId` at the top. When the answer has no such
   * section, offers to insert it (`designPractice.insertSection`) and returns `missing`.
   */
  async revealSection(sectionId: string, uri: vscode.Uri | undefined = this.current?.target.uri): Promise<RevealResult> {
    if (!uri) return 'unavailable';
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    let editor: vscode.TextEditor;
    try {
      const doc = open?.document ?? (await vscode.workspace.openTextDocument(uri));
      editor = await vscode.window.showTextDocument(doc, { preview: false, ...(open?.viewColumn ? { viewColumn: open.viewColumn } : {}) });
    } catch (error) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: cannot open {0}: {1}', vscode.workspace.asRelativePath(uri), error instanceof Error ? error.message : String(error)));
      return 'unavailable';
    }
    const templateId = this.current && this.current.target.uri.toString() === uri.toString() ? this.current.target.templateId : undefined;
    const base = this.settings.value.lint.config;
    const { answer, template } = analyze(editor.document.getText(), templateId ? { ...base, defaultTemplate: templateId } : base);
    const section = findSection(answer, sectionId);
    if (section) {
      const at = new vscode.Position(section.heading.line, 0);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
      return 'revealed';
    }
    const spec = template.sections.find((s) => s.id === sectionId);
    if (!spec) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: this answer has no "{0}" section, and the {1} template has none to insert.', sectionId, template.title));
      return 'missing';
    }
    const insert = vscode.l10n.t('Insert {0}', spec.title);
    void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: this answer has no {0} section yet.', spec.title), insert).then(async (choice) => {
      if (choice !== insert) return;
      await vscode.window.showTextDocument(editor.document, { preview: false, ...(editor.viewColumn ? { viewColumn: editor.viewColumn } : {}) });
      await vscode.commands.executeCommand('designPractice.insertSection', sectionId);
    });
    return 'missing';
  }

  /**
   * Shows the answer at the current phase's section (what a phase notice's "Go to" link runs).
   * Returns what `revealSection` found; `unavailable` without a session or in the buffer phase.
   */
  async revealCurrentPhase(): Promise<RevealResult> {
    const current = this.current;
    const phase = current && this.state !== 'stopped' ? current.session.snapshot(this.now()).phase : undefined;
    if (!current || !phase) {
      void vscode.window.showInformationMessage('Design Practice: no practice timer is running.');
      return 'unavailable';
    }
    if (isBufferPhase(phase)) {
      void vscode.window.showInformationMessage('Design Practice: the buffer is time in hand, with no section of its own.');
      return 'unavailable';
    }
    return this.revealSection(phase.section, current.target.uri);
  }

  /** The status bar's menu: what can be done with the session in its state. */
  async showMenu(): Promise<void> {
    const current = this.current;
    if (!current) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: no practice timer is running. Start one on an answer with "Design Practice: Start Practice Timer".'));
      return;
    }
    const snapshot = current.session.snapshot(this.now());
    type Item = vscode.QuickPickItem & { run: () => unknown };
    const items: Item[] = [];
    const name = phaseName(snapshot.phase);
    if (snapshot.state === 'stopped') {
      items.push(
        { label: `$(save) ${vscode.l10n.t('Record the session again')}`, detail: vscode.l10n.t('Write it into {0} once its front matter is fixed', vscode.workspace.asRelativePath(current.target.uri)), run: () => this.stop() },
        { label: `$(go-to-file) ${vscode.l10n.t('Open the answer')}`, run: () => vscode.window.showTextDocument(current.target.uri, { preview: false }) },
        { label: `$(trash) ${vscode.l10n.t('Discard the session')}`, detail: vscode.l10n.t('Forget it without recording it'), run: () => this.discard() },
      );
    } else {
      if (snapshot.state === 'running') items.push({ label: `$(debug-pause) ${vscode.l10n.t('Pause')}`, run: () => this.pause() });
      else items.push({ label: `$(debug-continue) ${vscode.l10n.t('Resume')}`, run: () => this.resume() });
      const next = current.session.phases[snapshot.phaseIndex + 1];
      if (next) items.push({ label: `$(debug-step-over) ${vscode.l10n.t('Next phase')}`, detail: vscode.l10n.t('Start {0} ({1} min) now', phaseName(next), next.minutes), run: () => this.nextPhase() });
      items.push(
        { label: `$(debug-stop) ${vscode.l10n.t('Stop')}`, detail: vscode.l10n.t('End the session and record it in the answer'), run: () => this.stop() },
      );
      if (!isBufferPhase(snapshot.phase)) items.push({ label: `$(go-to-file) ${vscode.l10n.t('Go to {0}', name)}`, run: () => this.revealSection(snapshot.phase.section) });
    }
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Practice: {0}', current.target.title), placeHolder: snapshot.state === 'stopped' ? vscode.l10n.t('Not recorded yet') : phaseStatusText(snapshot) });
    await picked?.run();
  }

  private async operate(op: (session: PracticeSession, now: number) => boolean, state: PracticeStatus | undefined): Promise<boolean> {
    const current = this.current;
    if (!current || this.state === 'stopped') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: no practice timer is running.'));
      return false;
    }
    if (!op(current.session, this.now())) return false;
    await this.persist();
    this.refresh();
    if (state) this.stateChanged.fire(state);
    return true;
  }

  /** Writes `record` into the answer's front matter. */
  private async writeRecord(uri: vscode.Uri, record: PracticeRecord): Promise<{ ok: true } | { error: string }> {
    return writeFrontMatter(uri, 'Record the practice session', (text) => recordPractice(text, record), this.log);
  }

  /** Announces the phase time moved the session to, with a link to its section (the buffer has none). */
  private notifyPhase(change: PhaseChange): void {
    if (!this.settings.value.timer.notifyPhaseChanges) {
      this.notice.clear();
      return;
    }
    const go = isBufferPhase(change.phase) ? '' : ` [${vscode.l10n.t('Go to {0}', linkLabel(phaseName(change.phase)))}](command:designPractice.goToPhase)`;
    this.notice.show(`${vscode.l10n.t('Design Practice: {0}.', phaseChangeMessage(change))}${go}`);
  }

  private notifyOvertime(snapshot: PracticeSnapshot): void {
    if (!this.settings.value.timer.notifyPhaseChanges) return;
    const minutes = Math.round(snapshot.totalPlannedMs / 60_000);
    this.notice.show(vscode.l10n.t("Design Practice: the plan's {0} minutes are up. Wrap up, then [stop the timer]({1}) to record the session.", minutes, 'command:designPractice.stopTimer'));
  }

  private render(snapshot: PracticeSnapshot | undefined): void {
    const current = this.current;
    if (!current || !snapshot) {
      this.item.hide();
      this.visible = false;
    } else if (snapshot.state === 'stopped') {
      this.item.text = `$(warning) ${vscode.l10n.t('Practice not recorded')}`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.tooltip = vscode.l10n.t('The practice session could not be recorded in {0}. Click to record it again or discard it.', vscode.workspace.asRelativePath(current.target.uri));
      this.item.show();
      this.visible = true;
    } else {
      this.item.text = `${snapshot.state === 'paused' ? '$(debug-pause)' : '$(watch)'} ${phaseStatusText(snapshot)}`;
      this.item.backgroundColor = snapshot.overTime ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.item.tooltip = new vscode.MarkdownString(planTooltipMarkdown(current.target.title, current.session, this.now()));
      this.item.show();
      this.visible = true;
    }
    const state = snapshot?.state;
    this.syncTicker(state === 'running');
    const context = state === 'running' || state === 'paused' ? state : undefined;
    if (context !== this.contextState && !this.disposed) {
      this.contextState = context;
      void vscode.commands.executeCommand('setContext', TIMER_CONTEXT_KEY, context);
    }
  }

  private syncTicker(running: boolean): void {
    if (running && !this.ticker && !this.disposed) {
      this.ticker = setInterval(() => this.refresh(), TICK_MS);
    } else if (!running && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }

  private async persist(): Promise<void> {
    const current = this.current;
    const saved: SavedTimer | undefined = current && {
      version: 1,
      answer: current.target.uri.toString(),
      title: current.target.title,
      templateId: current.target.templateId,
      ...(current.target.promptId ? { promptId: current.target.promptId } : {}),
      ...(current.target.mode ? { mode: current.target.mode } : {}),
      session: current.session.toJSON(),
    };
    try {
      await this.memento.update(TIMER_STATE_KEY, saved);
    } catch (error) {
      this.log.error(`Could not keep the practice timer in workspace state: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private restore(): void {
    const saved = this.memento.get<unknown>(TIMER_STATE_KEY);
    if (saved === undefined) return;
    const current = parseSaved(saved);
    if (!current) {
      this.log.warn('Dropped a practice timer kept by an older version or damaged in workspace state');
      void this.memento.update(TIMER_STATE_KEY, undefined);
      return;
    }
    this.current = current;
    // The overtime notice was given before the reload, if it was due.
    this.overtimeNotified = current.session.snapshot(this.now()).overTime;
    this.log.info(`Practice timer resumed on ${current.target.uri.toString(true)}`);
  }

  private followRename(e: vscode.FileRenameEvent): void {
    const current = this.current;
    if (!current) return;
    for (const { oldUri, newUri } of e.files) {
      const old = oldUri.toString();
      const answer = current.target.uri.toString();
      if (answer === old || answer.startsWith(old.endsWith('/') ? old : `${old}/`)) {
        current.target = { ...current.target, uri: vscode.Uri.parse(newUri.toString() + answer.slice(old.length)) };
        void this.persist();
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    this.syncTicker(false);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** Text for a notification link's label, which VS Code ends at the first `]` (no escapes). */
function linkLabel(text: string): string {
  return text.replace(/[[\]]/g, '');
}

function parseSaved(value: unknown): Current | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, answer, title, templateId, promptId, mode, session } = value as Partial<Record<keyof SavedTimer, unknown>>;
  if (version !== 1 || typeof answer !== 'string' || typeof title !== 'string' || typeof templateId !== 'string') return undefined;
  if (promptId !== undefined && typeof promptId !== 'string') return undefined;
  if (mode !== undefined && mode !== 'interview') return undefined;
  const restored = PracticeSession.fromJSON(session);
  if (!restored) return undefined;
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(answer, true);
  } catch {
    return undefined;
  }
  return { target: { uri, title, templateId, ...(promptId ? { promptId } : {}), ...(mode ? { mode } : {}) }, session: restored };
}
