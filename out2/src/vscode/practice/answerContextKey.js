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
exports.AnswerContextKey = exports.IS_ANSWER_CONTEXT_KEY = void 0;
/**
 * The `designPractice.isAnswer` context key: true while the active editor holds an answer, so menus
 * (the timer's button in the editor title) show only there. Kept up to date from the active editor,
 * the linter's runs (front matter can turn a file into an answer) and settings.
 */
const vscode = __importStar(require("vscode"));
const answerFiles_1 = require("../lint/answerFiles");
/** The context key's name. */
exports.IS_ANSWER_CONTEXT_KEY = 'designPractice.isAnswer';
class AnswerContextKey {
    linter;
    settings;
    disposables = [];
    value;
    constructor(linter, settings) {
        this.linter = linter;
        this.settings = settings;
        vscode.window.onDidChangeActiveTextEditor(() => this.update(), this, this.disposables);
        linter.onDidLint((uri) => {
            if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString())
                this.update();
        }, this, this.disposables);
        settings.onDidChange(() => this.update(), this, this.disposables);
        this.update();
    }
    /** Whether the active editor holds an answer, as last set; for tests. */
    get isAnswer() {
        return this.value ?? false;
    }
    update() {
        const doc = vscode.window.activeTextEditor?.document;
        const value = !!doc && (this.linter.resultFor(doc.uri) !== undefined || (0, answerFiles_1.isAnswerDocument)(doc, this.settings.value));
        if (value === this.value)
            return;
        this.value = value;
        void vscode.commands.executeCommand('setContext', exports.IS_ANSWER_CONTEXT_KEY, value);
    }
    dispose() {
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.AnswerContextKey = AnswerContextKey;
//# sourceMappingURL=answerContextKey.js.map