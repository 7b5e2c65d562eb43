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
exports.AnswerStatusBar = void 0;
/** The status-bar summary of the active answer: sections covered and findings; a click opens Problems. */
const vscode = __importStar(require("vscode"));
const answerSummary_1 = require("../../core/lint/answerSummary");
const convert_1 = require("./convert");
class AnswerStatusBar {
    linter;
    item = vscode.window.createStatusBarItem('designPractice.answerStatus', vscode.StatusBarAlignment.Left, 100);
    disposables = [this.item];
    constructor(linter) {
        this.linter = linter;
        this.item.name = 'Design Practice answer';
        this.item.command = 'workbench.actions.view.problems';
        vscode.window.onDidChangeActiveTextEditor(() => this.update(), this, this.disposables);
        linter.onDidLint((uri) => {
            if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString())
                this.update();
        }, this, this.disposables);
        this.update();
    }
    /** The text shown now (empty when hidden); for tests. */
    get text() {
        return this.visible ? this.item.text : '';
    }
    visible = false;
    update() {
        const doc = vscode.window.activeTextEditor?.document;
        const result = doc && this.linter.resultFor(doc.uri);
        if (!result) {
            this.item.hide();
            this.visible = false;
            return;
        }
        const summary = (0, answerSummary_1.summarizeAnswer)(result.analysis);
        this.item.text = `${summary.done ? '$(pass)' : '$(checklist)'} ${(0, answerSummary_1.summaryText)(summary)}`;
        this.item.tooltip = new vscode.MarkdownString([
            `**${result.analysis.template.title}** answer`,
            '',
            // Ticked only with words of the user's; each names the heading it was read from.
            ...summary.sections.map((s) => {
                const from = s.heading ? `: from “${(0, convert_1.escapeMarkdown)(s.heading.text)}” (line ${s.heading.line + 1})` : '';
                return s.state === 'written' ? `- ✓ ${s.title}${from}` : s.state === 'template' ? `- ○ ${s.title}${from}, only the template's text so far` : `- ✗ ${s.title}: missing`;
            }),
            '',
            'Click to open the Problems panel.',
        ].join('\n'));
        this.item.show();
        this.visible = true;
    }
    /** The tooltip's Markdown now (empty when hidden); for tests. */
    get tooltip() {
        return this.visible && this.item.tooltip instanceof vscode.MarkdownString ? this.item.tooltip.value : '';
    }
    dispose() {
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.AnswerStatusBar = AnswerStatusBar;
//# sourceMappingURL=statusBar.js.map