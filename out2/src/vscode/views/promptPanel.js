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
exports.PromptPanel = exports.PROMPT_VIEW_TYPE = void 0;
/**
 * The prompt view: one webview panel, reused for every prompt. The body is the core's
 * `renderPromptHtml` (raw HTML off), with the practice sessions recorded in the answers; this adapter adds the Content-Security-Policy shell, loads the
 * stylesheet and script from media/, and turns the buttons' messages into commands.
 */
const vscode = __importStar(require("vscode"));
const promptView_1 = require("../../core/catalog/promptView");
const ratingsChart_1 = require("../../core/debrief/ratingsChart");
const webviewPage_1 = require("./webviewPage");
/** The webview panel's view type. */
exports.PROMPT_VIEW_TYPE = 'designPractice.prompt';
/** Shows a prompt, its time plan and the user's answers to it. */
class PromptPanel {
    extensionUri;
    catalog;
    answers;
    log;
    signals;
    panel;
    panelDisposables = [];
    rendered = new vscode.EventEmitter();
    disposables = [this.rendered];
    promptId;
    /** The answers the current render lists, so `openFile` messages index into what the user saw. */
    shownAnswers = [];
    /** Renders can overlap (a change arrives while one runs); only the latest one writes the HTML. */
    renderCount = 0;
    /** Fires with the prompt id after each render. */
    onDidRender = this.rendered.event;
    constructor(extensionUri, catalog, answers, log, signals = []) {
        this.extensionUri = extensionUri;
        this.catalog = catalog;
        this.answers = answers;
        this.log = log;
        this.signals = signals;
        catalog.onDidChange(() => this.rerender(), this, this.disposables);
        answers.onDidChange(() => this.rerender(), this, this.disposables);
    }
    /** The prompt on show; undefined when the panel is closed. */
    get currentPromptId() {
        return this.panel ? this.promptId : undefined;
    }
    /** Whether the panel is open and visible. */
    get isVisible() {
        return this.panel?.visible ?? false;
    }
    /** The editor column of the panel while it is visible. */
    get visibleColumn() {
        return this.panel?.visible ? this.panel.viewColumn : undefined;
    }
    /** The panel, for tests. */
    get webviewPanel() {
        return this.panel;
    }
    /** Shows `promptId` in the panel, opening it or bringing it forward. Returns false for an unknown id. */
    async show(promptId) {
        const prompt = await this.catalog.getPrompt(promptId);
        if (!prompt) {
            void vscode.window.showWarningMessage(`Design Practice: there is no prompt ${JSON.stringify(promptId)}. Refresh the prompts if you just added it.`);
            return false;
        }
        this.promptId = promptId;
        if (this.panel) {
            this.panel.reveal(undefined, false);
        }
        else {
            this.panel = this.createPanel(prompt.title);
        }
        await this.render();
        return true;
    }
    createPanel(title) {
        const media = vscode.Uri.joinPath(this.extensionUri, 'media');
        const panel = vscode.window.createWebviewPanel(exports.PROMPT_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
            enableScripts: true,
            enableCommandUris: false,
            enableFindWidget: true,
            localResourceRoots: [media],
        });
        panel.iconPath = { light: vscode.Uri.joinPath(media, 'prompt-light.svg'), dark: vscode.Uri.joinPath(media, 'prompt-dark.svg') };
        panel.webview.onDidReceiveMessage((message) => this.onMessage(message), this, this.panelDisposables);
        panel.onDidDispose(() => {
            vscode.Disposable.from(...this.panelDisposables).dispose();
            this.panelDisposables = [];
            this.panel = undefined;
            this.promptId = undefined;
            this.shownAnswers = [];
        }, this, this.panelDisposables);
        return panel;
    }
    rerender() {
        if (this.panel && this.promptId)
            void this.render();
    }
    async render() {
        const panel = this.panel;
        const promptId = this.promptId;
        if (!panel || !promptId)
            return;
        const count = ++this.renderCount;
        try {
            const [prompt, answers] = await Promise.all([this.catalog.getPrompt(promptId), this.answers.answersFor(promptId)]);
            if (count !== this.renderCount || this.panel !== panel)
                return;
            let body;
            if (prompt) {
                panel.title = prompt.title;
                body = (0, promptView_1.renderPromptHtml)(prompt, answers.map(summary), answers.flatMap(practiceEntries), (0, ratingsChart_1.renderInterviewSection)(interviewAttempts(answers), this.signals));
            }
            else {
                // The prompt file was deleted or broken while on show.
                body = `<p class="empty">The prompt ${(0, promptView_1.escapeHtml)(promptId)} is no longer in the catalog.</p>`;
            }
            this.shownAnswers = prompt ? answers : [];
            panel.webview.html = (0, webviewPage_1.webviewPage)(panel.webview, vscode.Uri.joinPath(this.extensionUri, 'media'), prompt?.title ?? promptId, body, ['prompt.css', 'interview.css'], 'prompt.js');
            this.rendered.fire(promptId);
        }
        catch (error) {
            this.log.error(`Rendering prompt ${promptId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
    }
    /** Runs what a button asked for. Anything but a known message is ignored and logged. */
    onMessage(raw) {
        const promptId = this.promptId;
        const message = (0, promptView_1.parsePromptViewMessage)(raw, this.shownAnswers.length);
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
    dispose() {
        this.panel?.dispose();
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.PromptPanel = PromptPanel;
function summary(entry) {
    const modified = entry.mtime ? new Date(entry.mtime).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : undefined;
    return { label: vscode.workspace.asRelativePath(entry.uri), status: entry.status, ...(modified ? { detail: `last changed ${modified}` } : {}) };
}
function practiceEntries(entry) {
    const answerLabel = vscode.workspace.asRelativePath(entry.uri);
    return entry.practice.map((record) => {
        const started = new Date(record.started);
        const date = Number.isFinite(started.getTime()) ? started.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : record.started;
        return { answerLabel, date, record };
    });
}
/** Every mock interview in the answers, oldest first, with its date as the user reads dates. */
function interviewAttempts(entries) {
    return entries
        .flatMap((e) => e.interviews)
        .sort((a, b) => (Date.parse(a.started) || 0) - (Date.parse(b.started) || 0))
        .map((i) => ({ date: readableDate(i.started), ratings: i.ratings ?? {}, questions: i.questions }));
}
function readableDate(iso) {
    const date = new Date(iso);
    return Number.isFinite(date.getTime()) ? date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : iso;
}
function safeJson(value) {
    try {
        return JSON.stringify(value)?.slice(0, 200) ?? String(value);
    }
    catch {
        return String(value);
    }
}
//# sourceMappingURL=promptPanel.js.map