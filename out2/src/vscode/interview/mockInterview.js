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
exports.MockInterview = exports.REHEARSING_CONTEXT_KEY = exports.INTERVIEW_CONTEXT_KEY = exports.INTERVIEW_STATE_KEY = void 0;
/**
 * The mock interview in the editor. It rides on a practice timer started in interview mode: from
 * the Architecture phase on (and whenever the user asks) the next probe is asked, one at a time, in
 * the Interviewer view and as `### Q: <question>` under the answer's `## Follow-ups`, with the cursor
 * below it. When the timer records the session, the questions asked go into the answer's front
 * matter and the Debrief view opens. The session's questions are kept in workspace state, so a
 * reload picks the interview up where it was, as the timer does.
 */
const vscode = __importStar(require("vscode"));
const followUpsText_1 = require("../../core/debrief/followUpsText");
const interviewRecord_1 = require("../../core/debrief/interviewRecord");
const interview_1 = require("../../core/interview");
const linter_1 = require("../../core/lint/linter");
const frontMatterWriter_1 = require("../practice/frontMatterWriter");
/** The workspace-state key the interview is kept under. */
exports.INTERVIEW_STATE_KEY = 'designPractice.interview';
/** The context key menus read: true while a mock interview is under way. */
exports.INTERVIEW_CONTEXT_KEY = 'designPractice.interviewActive';
/** The context key for Rehearse Aloud: true while the answer is folded to its headings. */
exports.REHEARSING_CONTEXT_KEY = 'designPractice.rehearsing';
/** The first phase in which the interviewer starts asking on its own. */
const FIRST_ASKING_PHASE = 'architecture';
class MockInterview {
    timer;
    catalog;
    memento;
    linter;
    log;
    interviewer;
    changed = new vscode.EventEmitter();
    finished = new vscode.EventEmitter();
    disposables = [this.changed, this.finished];
    current;
    rehearsing = false;
    /** The interview whose recorded session is being written up, so the timer's end does not cut it short. */
    finishing;
    /** Asks are queued so two (a phase change and a click) never write the same question twice. */
    queue = Promise.resolve();
    /** Fires when a question is asked and when the interview starts or ends. */
    onDidChange = this.changed.event;
    /** Fires when the session was recorded and the interview is over, for the debrief. */
    onDidFinish = this.finished.event;
    constructor(timer, catalog, memento, linter, log, 
    /** Who asks: the deterministic probes unless the composition root hands in another. */
    interviewer = interview_1.PROBE_INTERVIEWER) {
        this.timer = timer;
        this.catalog = catalog;
        this.memento = memento;
        this.linter = linter;
        this.log = log;
        this.interviewer = interviewer;
        timer.onDidChangePhase((change) => this.onPhase(change), this, this.disposables);
        timer.onDidRecord((recorded) => void this.onRecorded(recorded), this, this.disposables);
        timer.onDidChangeState((state) => {
            // Discarded, or stopped by a new session: nothing to debrief.
            if (state === undefined && this.current && this.finishing !== this.current)
                void this.end();
        }, this, this.disposables);
        this.restore();
    }
    /** The interview under way. */
    get state() {
        return this.current && { ...this.current, asked: [...this.current.asked] };
    }
    /** The question asked last. */
    get currentProbe() {
        return this.current?.asked[this.current.asked.length - 1];
    }
    /** Whether Rehearse Aloud has folded the answer. */
    get isRehearsing() {
        return this.rehearsing;
    }
    /** Begins the interview on the answer the timer has just started timing in interview mode. */
    async begin() {
        const target = this.timer.target;
        if (!target || target.mode !== 'interview')
            throw new Error('Start the practice timer in interview mode first.');
        this.current = { answer: target.uri, title: target.title, ...(target.promptId ? { promptId: target.promptId } : {}), asked: [] };
        await this.persist();
        this.setContext(true);
        this.log.info(`Mock interview started on ${vscode.workspace.asRelativePath(target.uri)}`);
        this.changed.fire(this.state);
    }
    /**
     * Asks the next probe: answer probes first, then the prompt's, skipping any asked in this session
     * or already under Follow-ups. Writes `### Q:` into the answer with the cursor below it.
     */
    askNext() {
        const next = this.queue.then(() => this.doAsk());
        this.queue = next.catch(() => undefined);
        return next;
    }
    async doAsk() {
        const current = this.current;
        if (!current)
            return { none: 'No mock interview is under way. Start one with "Design Practice: Start Mock Interview".' };
        const doc = await vscode.workspace.openTextDocument(current.answer);
        const prompt = current.promptId ? await this.catalog.getPrompt(current.promptId) : undefined;
        const text = doc.getText();
        const answer = this.parse(doc, prompt);
        // The interviewer leaves out questions answered under Follow-ups; those asked but not yet answered are passed as asked.
        const already = [...current.asked.map((a) => a.question), ...(0, interview_1.askedFollowUps)(answer).map((f) => f.question)];
        const askedIds = new Set(current.asked.map((a) => a.id));
        const questions = await this.interviewer.questions({ answer, ...(prompt ? { prompt } : {}), asked: already });
        const probe = questions.find((p) => !askedIds.has(p.id));
        if (!probe)
            return { none: 'The interviewer has no more questions for this answer.' };
        // Follow the line the probe refers to across the edit: the question is added at the end, after it.
        const asked = { ...probe, askedAt: Date.now() };
        const { edit, cursorLine } = (0, followUpsText_1.addFollowUpQuestion)(answer, text, probe.question);
        const written = await (0, frontMatterWriter_1.writeFrontMatter)(current.answer, 'Add a follow-up question', () => ({ edits: [edit] }), this.log);
        if ('error' in written)
            return { none: `The question could not be added to ${vscode.workspace.asRelativePath(current.answer)}: ${written.error}` };
        if (this.current !== current)
            return { none: 'The interview ended meanwhile.' };
        current.asked.push(asked);
        await this.persist();
        await this.placeCursor(written.document, cursorLine - 1);
        this.log.info(`Interviewer asked (${probe.id}, ${probe.signal}): ${probe.question}`);
        this.changed.fire(this.state);
        return { asked };
    }
    /** Shows the answer line a probe refers to (0-based). */
    async revealLine(line) {
        if (this.current)
            await this.placeCursor(await vscode.workspace.openTextDocument(this.current.answer), line);
    }
    /**
     * Rehearse Aloud: folds the answer to its headings, so the design is talked through from the
     * outline, or unfolds it again. Returns whether it is now folded.
     */
    async toggleRehearsal(uri) {
        const target = uri ?? this.current?.answer ?? vscode.window.activeTextEditor?.document.uri;
        if (!target)
            throw new Error('Open an answer to rehearse.');
        const doc = await vscode.workspace.openTextDocument(target);
        const editor = await vscode.window.showTextDocument(doc, { preview: false });
        if (this.rehearsing) {
            await vscode.commands.executeCommand('editor.unfoldAll');
            this.rehearsing = false;
        }
        else {
            const headings = (0, followUpsText_1.outlineHeadingLines)(this.parse(doc, undefined));
            // Innermost first, so a ### under a ## is folded before the ## folds over it.
            await vscode.commands.executeCommand('editor.unfoldAll');
            await vscode.commands.executeCommand('editor.fold', { levels: 1, direction: 'down', selectionLines: [...headings].reverse() });
            const top = new vscode.Position(0, 0);
            editor.selection = new vscode.Selection(top, top);
            this.rehearsing = true;
        }
        void vscode.commands.executeCommand('setContext', exports.REHEARSING_CONTEXT_KEY, this.rehearsing);
        this.changed.fire(this.state);
        return this.rehearsing;
    }
    /** The answer as the linter reads it (its project's settings), against its prompt's template when it names none. */
    parse(doc, prompt) {
        const config = this.linter.configFor(doc.uri);
        return (0, linter_1.analyze)(doc.getText(), prompt ? { ...config, defaultTemplate: prompt.template } : config).answer;
    }
    onPhase(change) {
        const current = this.current;
        if (!current || change.answer.toString() !== current.answer.toString())
            return;
        const phases = this.timer.phases;
        const first = phases.findIndex((p) => p.section === FIRST_ASKING_PHASE);
        if (first < 0 || change.to < first)
            return;
        void this.askNext().catch(() => undefined);
    }
    async onRecorded({ target, record }) {
        const current = this.current;
        if (target.mode !== 'interview' || !current || target.uri.toString() !== current.answer.toString())
            return;
        this.finishing = current;
        await this.queue;
        const questions = current.asked.map((a) => a.question);
        const written = await (0, frontMatterWriter_1.writeFrontMatter)(current.answer, 'Record the mock interview', (text) => (0, interviewRecord_1.recordInterview)(text, { started: record.started, questions }), this.log);
        const saved = 'error' in written ? written.error : true;
        if (saved !== true)
            void vscode.window.showWarningMessage(`Design Practice: the questions were not recorded in ${vscode.workspace.asRelativePath(current.answer)}: ${saved}`);
        await this.end();
        this.finished.fire({ answer: current.answer, title: current.title, ...(current.promptId ? { promptId: current.promptId } : {}), record, asked: current.asked, saved });
    }
    async end() {
        if (!this.current)
            return;
        this.current = undefined;
        if (this.rehearsing)
            await this.toggleRehearsal().catch(() => undefined);
        await this.persist();
        this.setContext(false);
        this.changed.fire(undefined);
    }
    async placeCursor(doc, line) {
        const open = vscode.window.visibleTextEditors.find((e) => e.document === doc);
        const editor = await vscode.window.showTextDocument(doc, { preview: false, ...(open?.viewColumn ? { viewColumn: open.viewColumn } : {}) });
        const at = new vscode.Position(Math.max(0, Math.min(line, doc.lineCount - 1)), 0);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    setContext(active) {
        void vscode.commands.executeCommand('setContext', exports.INTERVIEW_CONTEXT_KEY, active);
    }
    async persist() {
        const c = this.current;
        const saved = c && { version: 1, answer: c.answer.toString(), title: c.title, ...(c.promptId ? { promptId: c.promptId } : {}), asked: c.asked };
        await Promise.resolve(this.memento.update(exports.INTERVIEW_STATE_KEY, saved)).catch(() => undefined);
    }
    restore() {
        const saved = this.memento.get(exports.INTERVIEW_STATE_KEY);
        const target = this.timer.target;
        // Kept only for the session the timer resumed; anything else (older, damaged) is dropped.
        if (saved?.version !== 1 || target?.mode !== 'interview' || target.uri.toString() !== saved.answer || !Array.isArray(saved.asked)) {
            if (saved)
                void this.memento.update(exports.INTERVIEW_STATE_KEY, undefined);
            return;
        }
        const asked = saved.asked.filter((a) => typeof a?.question === 'string' && typeof a.id === 'string');
        this.current = { answer: target.uri, title: String(saved.title), ...(saved.promptId ? { promptId: saved.promptId } : {}), asked };
        this.setContext(true);
    }
    dispose() {
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.MockInterview = MockInterview;
//# sourceMappingURL=mockInterview.js.map