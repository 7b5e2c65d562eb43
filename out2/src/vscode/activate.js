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
exports.activateOn = activateOn;
/**
 * The composition root: builds every service once, hands them on, and registers everything in one
 * place. Activation does no work that can wait: the catalog loads when the view first asks for it.
 * The entry points (`extension.ts` for the Node host, `extension.web.ts` for the browser worker
 * host) call it with their platform; nothing below chooses one.
 */
const vscode = __importStar(require("vscode"));
const answerIndex_1 = require("./catalog/answerIndex");
const catalogService_1 = require("./catalog/catalogService");
const commands_1 = require("./commands");
const interview_1 = require("../core/interview");
const debriefPanel_1 = require("./interview/debriefPanel");
const interviewerView_1 = require("./interview/interviewerView");
const mockInterview_1 = require("./interview/mockInterview");
const answerLinter_1 = require("./lint/answerLinter");
const register_1 = require("./lint/register");
const rulePages_1 = require("./lint/rulePages");
const walkthrough_1 = require("./onboarding/walkthrough");
const statusBar_1 = require("./lint/statusBar");
const answerContextKey_1 = require("./practice/answerContextKey");
const practiceTimer_1 = require("./practice/practiceTimer");
const mermaidMarkdownIt_1 = require("./preview/mermaidMarkdownIt");
const settings_1 = require("./settings");
const promptPanel_1 = require("./views/promptPanel");
const promptTree_1 = require("./views/promptTree");
/** Activates the extension on `platform`: called by the entry point VS Code loaded. */
function activateOn(context, platform) {
    const log = vscode.window.createOutputChannel('Design Practice', { log: true });
    const settings = new settings_1.VsCodeSettings((message) => {
        log.warn(message);
        void vscode.window.showWarningMessage(message);
    });
    const catalog = new catalogService_1.CatalogService(settings, log, platform);
    const answers = new answerIndex_1.AnswerIndex(settings, catalog, log, platform);
    const promptTree = new promptTree_1.PromptTreeProvider(catalog, answers, context.workspaceState);
    const treeView = vscode.window.createTreeView('designPractice.prompts', { treeDataProvider: promptTree, showCollapseAll: true });
    promptTree.attach(treeView);
    const promptPanel = new promptPanel_1.PromptPanel(context.extensionUri, catalog, answers, log, interview_1.SIGNALS);
    const linter = new answerLinter_1.AnswerLinter(settings, log);
    const rulePages = new rulePages_1.RulePages(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
    const statusBar = new statusBar_1.AnswerStatusBar(linter);
    const answerContext = new answerContextKey_1.AnswerContextKey(linter, settings);
    // Resumes a session kept in workspace state before the window reloaded.
    const timer = new practiceTimer_1.PracticeTimer(context.workspaceState, settings, log);
    const interview = new mockInterview_1.MockInterview(timer, catalog, context.workspaceState, linter, log);
    const interviewerView = new interviewerView_1.InterviewerView(context.extensionUri, interview, (id) => interview_1.SIGNALS.find((s) => s.id === id)?.title ?? id, log);
    const debriefPanel = new debriefPanel_1.DebriefPanel(context.extensionUri, linter, interview_1.SIGNALS, log);
    interview.onDidFinish((finished) => void debriefPanel.show(finished), undefined, context.subscriptions);
    const walkthrough = new walkthrough_1.WalkthroughProgress();
    const services = { context, platform, log, settings, catalog, answers, promptTree, treeView, promptPanel, linter, rulePages, statusBar, timer, answerContext, interview, interviewerView, debriefPanel, walkthrough };
    context.subscriptions.push(log, settings, catalog, answers, promptTree, treeView, promptPanel, linter, rulePages, statusBar, answerContext, timer, interview, interviewerView, debriefPanel, (0, register_1.registerLintFeatures)(services), (0, commands_1.registerCommands)(services));
    timer.onDidChangeState((state) => state === 'running' && walkthrough.mark('timerStarted'), undefined, context.subscriptions);
    void (0, walkthrough_1.openWalkthroughOnce)(context.globalState, context.extensionMode);
    // The services for the integration tests, which read state that the UI only shows; extendMarkdownIt
    // for the Markdown preview (package.json's markdown.markdownItPlugins).
    return { ...services, extendMarkdownIt: mermaidMarkdownIt_1.extendMarkdownIt };
}
//# sourceMappingURL=activate.js.map