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
exports.InterviewerView = exports.INTERVIEWER_VIEW_ID = void 0;
/**
 * The Interviewer view in the Design Practice sidebar: the question asked last, with a link to the
 * answer line it refers to, and the interview's buttons. The body is the core's
 * `renderInterviewerHtml`; this adapter wraps it in the strict-CSP page and turns button messages
 * into commands.
 */
const vscode = __importStar(require("vscode"));
const interviewerView_1 = require("../../core/debrief/interviewerView");
const webviewPage_1 = require("../views/webviewPage");
/** The view's id, as package.json contributes it. */
exports.INTERVIEWER_VIEW_ID = 'designPractice.interviewer';
class InterviewerView {
    extensionUri;
    interview;
    signalTitle;
    log;
    view;
    rendered = new vscode.EventEmitter();
    disposables = [this.rendered];
    lastHtml = '';
    /** Fires with the body after each render, for tests. */
    onDidRender = this.rendered.event;
    constructor(extensionUri, interview, signalTitle, log) {
        this.extensionUri = extensionUri;
        this.interview = interview;
        this.signalTitle = signalTitle;
        this.log = log;
        interview.onDidChange(() => this.render(), this, this.disposables);
        this.disposables.push(vscode.window.registerWebviewViewProvider(exports.INTERVIEWER_VIEW_ID, this));
    }
    /** The body last rendered (also while the view is hidden), for tests. */
    get html() {
        return this.lastHtml;
    }
    /** Whether the view is resolved and on screen. */
    get isVisible() {
        return this.view?.visible ?? false;
    }
    resolveWebviewView(view) {
        this.view = view;
        view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
        view.webview.onDidReceiveMessage((m) => this.onMessage(m), this, this.disposables);
        view.onDidDispose(() => (this.view = undefined), this, this.disposables);
        this.render();
    }
    /** Brings the view forward without taking focus from the answer. */
    async reveal() {
        await vscode.commands.executeCommand(`${exports.INTERVIEWER_VIEW_ID}.focus`, { preserveFocus: true });
        this.view?.show(true);
    }
    render() {
        const state = this.interview.state;
        const asked = state?.asked.map((a) => ({ ...a, signalTitle: this.signalTitle(a.signal) }));
        this.lastHtml = (0, interviewerView_1.renderInterviewerHtml)(state && asked ? { title: state.title, asked, rehearsing: this.interview.isRehearsing } : undefined);
        if (this.view) {
            this.view.webview.html = (0, webviewPage_1.webviewPage)(this.view.webview, vscode.Uri.joinPath(this.extensionUri, 'media'), 'Interviewer', this.lastHtml, ['prompt.css', 'interview.css'], 'prompt.js');
        }
        this.rendered.fire(this.lastHtml);
    }
    onMessage(raw) {
        const message = (0, interviewerView_1.parseInterviewerMessage)(raw);
        if (!message) {
            this.log.warn('Ignored a message from the Interviewer view');
            return;
        }
        if (message.type === 'revealLine')
            void this.interview.revealLine(message.index);
        else
            void vscode.commands.executeCommand(`designPractice.${message.type}`);
    }
    dispose() {
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.InterviewerView = InterviewerView;
//# sourceMappingURL=interviewerView.js.map