"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.PracticeTimer = exports.TIMER_CONTEXT_KEY = exports.TIMER_STATE_KEY = void 0;
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
const vscode = __importStar(require("vscode"));
const parseAnswer_1 = require("../../core/answer/parseAnswer");
const linter_1 = require("../../core/lint/linter");
const plan_1 = require("../../core/practice/plan");
const record_1 = require("../../core/practice/record");
const timer_1 = require("../../core/practice/timer");
const frontMatterWriter_1 = require("./frontMatterWriter");
/** The workspace-state key the session is kept under. */
exports.TIMER_STATE_KEY = 'designPractice.timer';
/** The context key menus read: `running`, `paused`, or unset when no session is under way. */
exports.TIMER_CONTEXT_KEY = 'designPractice.timerState';
const TICK_MS = 1000;
class PracticeTimer {
    memento;
    settings;
    log;
    now;
    item = vscode.window.createStatusBarItem('designPractice.timer', vscode.StatusBarAlignment.Left, 101);
    phaseChanged = new vscode.EventEmitter();
    stateChanged = new vscode.EventEmitter();
    recorded = new vscode.EventEmitter();
    disposables = [this.item, this.phaseChanged, this.stateChanged, this.recorded];
    current;
    ticker;
    contextState = null;
    overtimeNotified = false;
    visible = false;
    disposed = false;
    /** Fires once for every phase change, in order, whether time ran out or the user skipped. */
    onDidChangePhase = this.phaseChanged.event;
    /** Fires when the session starts, pauses, resumes, stops unrecorded (`stopped`) or ends (undefined). */
    onDidChangeState = this.stateChanged.event;
    /** Fires when a stopped session has been recorded in its answer, before `onDidChangeState` ends it. */
    onDidRecord = this.recorded.event;
    constructor(memento, settings, log, now = Date.now) {
        this.memento = memento;
        this.settings = settings;
        this.log = log;
        this.now = now;
        this.item.name = 'Design Practice timer';
        this.item.command = 'designPractice.showTimerMenu';
        vscode.workspace.onDidRenameFiles((e) => this.followRename(e), this, this.disposables);
        this.restore();
        this.refresh();
    }
    /** Replaces the clock, for tests that drive time without waiting; the display follows at once. */
    useClock(now) {
        this.now = now;
        this.refresh();
    }
    /** The state of the session under way; `stopped` while a record waits to be written; undefined without one. */
    get state() {
        return this.current?.session.snapshot(this.now()).state;
    }
    /** The answer being timed. */
    get answerUri() {
        return this.current?.target.uri;
    }
    /** What the session under way is timed on. */
    get target() {
        return this.current?.target;
    }
    /** The session's phases. */
    get phases() {
        return this.current?.session.phases ?? [];
    }
    /** The status-bar text while shown, else empty; for tests. */
    get text() {
        return this.visible ? this.item.text : '';
    }
    /** Whether the one-second tick is on: only while the clock runs. For tests. */
    get ticking() {
        return this.ticker !== undefined;
    }
    /** The status-bar item, for tests that read its tooltip and colours. */
    get statusBarItem() {
        return this.item;
    }
    /**
     * Brings the session up to the clock: reports phase changes (events, and a notification for the
     * latest) and redraws the status bar. The tick calls it each second; tests call it after moving
     * their clock. Returns the snapshot, or undefined without a session.
     */
    refresh() {
        const current = this.current;
        if (!current || this.disposed) {
            this.render(undefined);
            return undefined;
        }
        const { snapshot, changes } = current.session.advance(this.now());
        if (changes.length > 0) {
            void this.persist();
            for (const change of changes)
                this.phaseChanged.fire({ ...change, answer: current.target.uri });
            this.notifyPhase(changes[changes.length - 1], current.target.uri);
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
     * user declined or the running session could not be recorded.
     */
    async makeRoom(ifActive) {
        const current = this.current;
        if (!current)
            return true;
        const label = vscode.workspace.asRelativePath(current.target.uri);
        const unrecorded = this.state === 'stopped';
        let choice = ifActive;
        if (!choice) {
            const button = unrecorded ? 'Discard and Start New' : 'Stop and Start New';
            const question = (0, plan_1.makeRoomQuestion)(label, this.state ?? 'running');
            choice = (await vscode.window.showWarningMessage(question, { modal: true }, button)) === button ? 'stop' : 'cancel';
        }
        if (choice === 'cancel')
            return false;
        if (unrecorded) {
            await this.discard();
            return true;
        }
        return (await this.stop())?.saved ?? true;
    }
    /** Starts timing `target` on `phases`. Throws while another session exists: call `makeRoom` first. */
    async start(target, phases) {
        if (this.current)
            throw new Error('A practice timer is already under way; stop it first.');
        const session = timer_1.PracticeSession.start(phases, this.now());
        this.current = { target, session };
        this.overtimeNotified = false;
        await this.persist();
        this.log.info(`Practice timer started on ${vscode.workspace.asRelativePath(target.uri)}: ${phases.map((p) => `${p.section} ${p.minutes} min`).join(', ')}`);
        this.stateChanged.fire('running');
        return this.refresh();
    }
    /** Pauses the clock. Returns false when it was not running. */
    async pause() {
        return this.operate((session, now) => session.pause(now), 'paused');
    }
    /** Resumes a paused clock. Returns false when it was not paused. */
    async resume() {
        return this.operate((session, now) => session.resume(now), 'running');
    }
    /**
     * Ends the current phase now and starts the next, and shows the answer at that phase's section, as
     * the phase notification's "Go to" button does. Returns false on the last phase.
     */
    async nextPhase() {
        if (!(await this.operate((session, now) => session.nextPhase(now), undefined)))
            return false;
        const current = this.current;
        const phase = current?.session.snapshot(this.now()).phase;
        if (current && phase && !(0, plan_1.isBufferPhase)(phase))
            await this.revealSection(phase.section, current.target.uri);
        return true;
    }
    /**
     * Stops the session and records it in the answer's front matter: only the lines the core's
     * `recordPractice` returns change, and the file is saved if it had no unsaved changes before.
     * When the record cannot be written the error is shown (and returned), naming the file, nothing is
     * written, and the record waits to be written again (calling `stop` again retries). Undefined
     * without a session.
     */
    async stop() {
        const current = this.current;
        if (!current)
            return undefined;
        const wasStopped = this.state === 'stopped';
        const record = current.session.stop(this.now());
        await this.persist();
        const label = vscode.workspace.asRelativePath(current.target.uri);
        const written = await this.writeRecord(current.target.uri, record);
        if (this.current !== current)
            return { record, saved: false, error: 'The session was discarded meanwhile.' };
        if ('error' in written) {
            const error = `The practice session was not recorded in ${label}: ${written.error}`;
            this.log.warn(error);
            this.refresh();
            if (!wasStopped)
                this.stateChanged.fire('stopped');
            const open = 'Open Answer';
            const retry = 'Retry';
            void vscode.window.showErrorMessage(`Design Practice: ${error}`, open, retry).then((choice) => {
                if (choice === open)
                    void vscode.window.showTextDocument(current.target.uri, { preview: false });
                if (choice === retry && this.current === current)
                    void this.stop();
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
        if (current.target.mode === 'interview')
            return { record, saved: true };
        const history = 'Show History';
        const promptId = current.target.promptId;
        void vscode.window.showInformationMessage(`Design Practice: ${(0, plan_1.practiceSummaryText)(record)}`, ...(promptId ? [history] : [])).then((choice) => {
            if (choice === history)
                void vscode.commands.executeCommand('designPractice.openPrompt', promptId);
        });
        return { record, saved: true };
    }
    /** Drops the session (or the record waiting to be written) without recording anything. */
    async discard() {
        if (!this.current)
            return;
        this.log.info(`Practice session on ${vscode.workspace.asRelativePath(this.current.target.uri)} discarded`);
        this.current = undefined;
        await this.persist();
        this.refresh();
        this.stateChanged.fire(undefined);
    }
    /**
     * Shows the answer with the heading of section `sectionId` at the top. When the answer has no such
     * section, offers to insert it (`designPractice.insertSection`) and returns `missing`.
     */
    async revealSection(sectionId, uri = this.current?.target.uri) {
        if (!uri)
            return 'unavailable';
        const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
        let editor;
        try {
            const doc = open?.document ?? (await vscode.workspace.openTextDocument(uri));
            editor = await vscode.window.showTextDocument(doc, { preview: false, ...(open?.viewColumn ? { viewColumn: open.viewColumn } : {}) });
        }
        catch (error) {
            void vscode.window.showWarningMessage(`Design Practice: cannot open ${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
            return 'unavailable';
        }
        const templateId = this.current && this.current.target.uri.toString() === uri.toString() ? this.current.target.templateId : undefined;
        const base = this.settings.value.lint.config;
        const { answer, template } = (0, linter_1.analyze)(editor.document.getText(), templateId ? { ...base, defaultTemplate: templateId } : base);
        const section = (0, parseAnswer_1.findSection)(answer, sectionId);
        if (section) {
            const at = new vscode.Position(section.heading.line, 0);
            editor.selection = new vscode.Selection(at, at);
            editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
            return 'revealed';
        }
        const spec = template.sections.find((s) => s.id === sectionId);
        if (!spec) {
            void vscode.window.showInformationMessage(`Design Practice: this answer has no "${sectionId}" section, and the ${template.title} template has none to insert.`);
            return 'missing';
        }
        const insert = `Insert ${spec.title}`;
        void vscode.window.showInformationMessage(`Design Practice: this answer has no ${spec.title} section yet.`, insert).then(async (choice) => {
            if (choice !== insert)
                return;
            await vscode.window.showTextDocument(editor.document, { preview: false, ...(editor.viewColumn ? { viewColumn: editor.viewColumn } : {}) });
            await vscode.commands.executeCommand('designPractice.insertSection', sectionId);
        });
        return 'missing';
    }
    /** The status bar's menu: what can be done with the session in its state. */
    async showMenu() {
        const current = this.current;
        if (!current) {
            void vscode.window.showInformationMessage('Design Practice: no practice timer is running. Start one on an answer with "Design Practice: Start Practice Timer".');
            return;
        }
        const snapshot = current.session.snapshot(this.now());
        const items = [];
        const name = (0, plan_1.phaseName)(snapshot.phase);
        if (snapshot.state === 'stopped') {
            items.push({ label: '$(save) Record the session again', detail: `Write it into ${vscode.workspace.asRelativePath(current.target.uri)} once its front matter is fixed`, run: () => this.stop() }, { label: '$(go-to-file) Open the answer', run: () => vscode.window.showTextDocument(current.target.uri, { preview: false }) }, { label: '$(trash) Discard the session', detail: 'Forget it without recording it', run: () => this.discard() });
        }
        else {
            if (snapshot.state === 'running')
                items.push({ label: '$(debug-pause) Pause', run: () => this.pause() });
            else
                items.push({ label: '$(debug-continue) Resume', run: () => this.resume() });
            const next = current.session.phases[snapshot.phaseIndex + 1];
            if (next)
                items.push({ label: '$(debug-step-over) Next phase', detail: `Start ${(0, plan_1.phaseName)(next)} (${next.minutes} min) now`, run: () => this.nextPhase() });
            items.push({ label: '$(debug-stop) Stop', detail: 'End the session and record it in the answer', run: () => this.stop() });
            if (!(0, plan_1.isBufferPhase)(snapshot.phase))
                items.push({ label: `$(go-to-file) Go to ${name}`, run: () => this.revealSection(snapshot.phase.section) });
        }
        const picked = await vscode.window.showQuickPick(items, { title: `Practice: ${current.target.title}`, placeHolder: snapshot.state === 'stopped' ? 'Not recorded yet' : (0, plan_1.phaseStatusText)(snapshot) });
        await picked?.run();
    }
    async operate(op, state) {
        const current = this.current;
        if (!current || this.state === 'stopped') {
            void vscode.window.showInformationMessage('Design Practice: no practice timer is running.');
            return false;
        }
        if (!op(current.session, this.now()))
            return false;
        await this.persist();
        this.refresh();
        if (state)
            this.stateChanged.fire(state);
        return true;
    }
    /** Writes `record` into the answer's front matter. */
    async writeRecord(uri, record) {
        return (0, frontMatterWriter_1.writeFrontMatter)(uri, 'Record the practice session', (text) => (0, record_1.recordPractice)(text, record), this.log);
    }
    notifyPhase(change, answer) {
        if (!this.settings.value.timer.notifyPhaseChanges)
            return;
        const go = `Go to ${(0, plan_1.phaseName)(change.phase)}`;
        // The buffer is time in hand, not a section: nothing to go to.
        const buttons = (0, plan_1.isBufferPhase)(change.phase) ? [] : [go];
        void vscode.window.showInformationMessage(`Design Practice: ${(0, plan_1.phaseChangeMessage)(change)}`, ...buttons).then((choice) => {
            if (choice === go)
                void this.revealSection(change.phase.section, answer);
        });
    }
    notifyOvertime(snapshot) {
        if (!this.settings.value.timer.notifyPhaseChanges)
            return;
        const stop = 'Stop and Record';
        const minutes = Math.round(snapshot.totalPlannedMs / 60_000);
        void vscode.window.showInformationMessage(`Design Practice: the plan's ${minutes} minutes are up. Wrap up and stop the timer to record the session.`, stop).then((choice) => {
            if (choice === stop)
                void this.stop();
        });
    }
    render(snapshot) {
        const current = this.current;
        if (!current || !snapshot) {
            this.item.hide();
            this.visible = false;
        }
        else if (snapshot.state === 'stopped') {
            this.item.text = '$(warning) Practice not recorded';
            this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
            this.item.tooltip = `The practice session could not be recorded in ${vscode.workspace.asRelativePath(current.target.uri)}. Click to record it again or discard it.`;
            this.item.show();
            this.visible = true;
        }
        else {
            this.item.text = `${snapshot.state === 'paused' ? '$(debug-pause)' : '$(watch)'} ${(0, plan_1.phaseStatusText)(snapshot)}`;
            this.item.backgroundColor = snapshot.overTime ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
            this.item.tooltip = new vscode.MarkdownString((0, plan_1.planTooltipMarkdown)(current.target.title, current.session, this.now()));
            this.item.show();
            this.visible = true;
        }
        const state = snapshot?.state;
        this.syncTicker(state === 'running');
        const context = state === 'running' || state === 'paused' ? state : undefined;
        if (context !== this.contextState && !this.disposed) {
            this.contextState = context;
            void vscode.commands.executeCommand('setContext', exports.TIMER_CONTEXT_KEY, context);
        }
    }
    syncTicker(running) {
        if (running && !this.ticker && !this.disposed) {
            this.ticker = setInterval(() => this.refresh(), TICK_MS);
        }
        else if (!running && this.ticker) {
            clearInterval(this.ticker);
            this.ticker = undefined;
        }
    }
    async persist() {
        const current = this.current;
        const saved = current && {
            version: 1,
            answer: current.target.uri.toString(),
            title: current.target.title,
            templateId: current.target.templateId,
            ...(current.target.promptId ? { promptId: current.target.promptId } : {}),
            ...(current.target.mode ? { mode: current.target.mode } : {}),
            session: current.session.toJSON(),
        };
        try {
            await this.memento.update(exports.TIMER_STATE_KEY, saved);
        }
        catch (error) {
            this.log.error(`Could not keep the practice timer in workspace state: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    restore() {
        const saved = this.memento.get(exports.TIMER_STATE_KEY);
        if (saved === undefined)
            return;
        const current = parseSaved(saved);
        if (!current) {
            this.log.warn('Dropped a practice timer kept by an older version or damaged in workspace state');
            void this.memento.update(exports.TIMER_STATE_KEY, undefined);
            return;
        }
        this.current = current;
        // The overtime notice was given before the reload, if it was due.
        this.overtimeNotified = current.session.snapshot(this.now()).overTime;
        this.log.info(`Practice timer resumed on ${current.target.uri.toString(true)}`);
    }
    followRename(e) {
        const current = this.current;
        if (!current)
            return;
        for (const { oldUri, newUri } of e.files) {
            const old = oldUri.toString();
            const answer = current.target.uri.toString();
            if (answer === old || answer.startsWith(old.endsWith('/') ? old : `${old}/`)) {
                current.target = { ...current.target, uri: vscode.Uri.parse(newUri.toString() + answer.slice(old.length)) };
                void this.persist();
            }
        }
    }
    dispose() {
        this.disposed = true;
        this.syncTicker(false);
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.PracticeTimer = PracticeTimer;
function parseSaved(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { version, answer, title, templateId, promptId, mode, session } = value;
    if (version !== 1 || typeof answer !== 'string' || typeof title !== 'string' || typeof templateId !== 'string')
        return undefined;
    if (promptId !== undefined && typeof promptId !== 'string')
        return undefined;
    if (mode !== undefined && mode !== 'interview')
        return undefined;
    const restored = timer_1.PracticeSession.fromJSON(session);
    if (!restored)
        return undefined;
    let uri;
    try {
        uri = vscode.Uri.parse(answer, true);
    }
    catch {
        return undefined;
    }
    return { target: { uri, title, templateId, ...(promptId ? { promptId } : {}), ...(mode ? { mode } : {}) }, session: restored };
}
//# sourceMappingURL=practiceTimer.js.map