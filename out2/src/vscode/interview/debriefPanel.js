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
exports.DebriefPanel = exports.DEBRIEF_VIEW_TYPE = void 0;
/**
 * The Debrief view: after a mock interview, the evidence for each signal and a 1-4 rating of each,
 * saved into the answer's front matter (the core's `rateInterview`: one line inserted or replaced).
 * The body is the core's `renderDebriefHtml`; this adapter gathers the evidence (the linter's
 * findings, the Follow-ups now in the answer, the practice record) and wraps it in the strict-CSP page.
 */
const vscode = __importStar(require("vscode"));
const debrief_1 = require("../../core/debrief/debrief");
const followUpsText_1 = require("../../core/debrief/followUpsText");
const interviewRecord_1 = require("../../core/debrief/interviewRecord");
const linter_1 = require("../../core/lint/linter");
const frontMatterWriter_1 = require("../practice/frontMatterWriter");
const webviewPage_1 = require("../views/webviewPage");
/** The webview panel's view type. */
exports.DEBRIEF_VIEW_TYPE = 'designPractice.debrief';
class DebriefPanel {
    extensionUri;
    linter;
    signals;
    log;
    panel;
    shown;
    saved = new vscode.EventEmitter();
    shownEvent = new vscode.EventEmitter();
    disposables = [this.saved, this.shownEvent];
    /** Fires with the evidence each time a debrief is shown. */
    onDidShow = this.shownEvent.event;
    /** Fires with the ratings once they are in the front matter. */
    onDidSave = this.saved.event;
    constructor(extensionUri, linter, signals, log) {
        this.extensionUri = extensionUri;
        this.linter = linter;
        this.signals = signals;
        this.log = log;
    }
    /** The evidence on show, for tests. */
    get evidence() {
        return this.shown?.evidence;
    }
    /** The panel, for tests. */
    get webviewPanel() {
        return this.panel;
    }
    /** Shows the debrief of `interview`. */
    async show(interview) {
        const evidence = await this.evidenceFor(interview);
        this.shown = { interview, evidence, ratings: {} };
        if (!this.panel) {
            const media = vscode.Uri.joinPath(this.extensionUri, 'media');
            this.panel = vscode.window.createWebviewPanel(exports.DEBRIEF_VIEW_TYPE, `Debrief: ${interview.title}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
                enableScripts: true,
                enableCommandUris: false,
                localResourceRoots: [media],
            });
            this.panel.webview.onDidReceiveMessage((m) => void this.onMessage(m), this, this.disposables);
            this.panel.onDidDispose(() => (this.panel = undefined), this, this.disposables);
        }
        else {
            this.panel.title = `Debrief: ${interview.title}`;
            this.panel.reveal(undefined, false);
        }
        this.render();
        this.shownEvent.fire(evidence);
    }
    /** The evidence for each signal, read from the answer as it is now. */
    async evidenceFor(interview) {
        const doc = await vscode.workspace.openTextDocument(interview.answer);
        const { findings, answer } = (0, linter_1.analyze)(doc.getText(), this.linter.configFor(doc.uri));
        return (0, debrief_1.buildDebrief)({
            signals: this.signals,
            findings,
            asked: interview.asked.map((a) => ({ question: a.question, signal: a.signal })),
            followUps: (0, followUpsText_1.readFollowUps)(answer),
            record: interview.record,
        });
    }
    /**
     * Saves `ratings` for the interview on show. Returns an error message (also shown to the user,
     * naming the file) when they could not be written; nothing is written then.
     */
    async save(ratings) {
        const shown = this.shown;
        if (!shown)
            return 'No debrief is on show.';
        const { answer, record } = shown.interview;
        const label = vscode.workspace.asRelativePath(answer);
        const written = await (0, frontMatterWriter_1.writeFrontMatter)(answer, 'Save the debrief ratings', (text) => (0, interviewRecord_1.rateInterview)(text, record.started, ratings), this.log);
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
    render(status) {
        if (!this.panel || !this.shown)
            return;
        const body = (0, debrief_1.renderDebriefHtml)(this.shown.interview.title, this.shown.evidence, this.shown.ratings, status);
        this.panel.webview.html = (0, webviewPage_1.webviewPage)(this.panel.webview, vscode.Uri.joinPath(this.extensionUri, 'media'), 'Debrief', body, ['prompt.css', 'interview.css'], 'debrief.js');
    }
    async onMessage(raw) {
        const ratings = (0, debrief_1.parseRatingsMessage)(raw, this.signals);
        if (ratings) {
            await this.save(ratings);
            return;
        }
        const line = (0, debrief_1.parseRevealLineMessage)(raw);
        if (line !== undefined && this.shown) {
            await this.revealLine(line);
            return;
        }
        this.log.warn('Ignored a message from the Debrief view');
    }
    /** Shows 1-based `line` of the answer on show, beside the debrief, with the cursor on it. */
    async revealLine(line) {
        if (!this.shown)
            return;
        const doc = await vscode.workspace.openTextDocument(this.shown.interview.answer);
        const at = new vscode.Position(Math.min(line, doc.lineCount) - 1, 0);
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(at, at) });
    }
    dispose() {
        this.panel?.dispose();
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.DebriefPanel = DebriefPanel;
//# sourceMappingURL=debriefPanel.js.map