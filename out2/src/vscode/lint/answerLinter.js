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
exports.AnswerLinter = void 0;
/**
 * Lints answer documents: on open, at once, and as the user types, after a delay that follows what
 * the document's last lint cost (`LintScheduler`; the `debounceMs` setting is the upper bound).
 * Results for a document version that has since changed are dropped. Owns the diagnostic collection
 * and the last analysis of each document, which the code actions and the status bar read.
 */
const vscode = __importStar(require("vscode"));
const linter_1 = require("../../core/lint/linter");
const answerFiles_1 = require("./answerFiles");
const convert_1 = require("./convert");
const projectConfig_1 = require("./projectConfig");
const config_1 = require("../../core/lint/config");
const lintScheduler_1 = require("../../core/lint/lintScheduler");
class AnswerLinter {
    settings;
    log;
    collection = vscode.languages.createDiagnosticCollection(convert_1.DIAGNOSTIC_SOURCE);
    results = new Map();
    findingsByKey = new Map();
    scheduler;
    linted = new vscode.EventEmitter();
    projectConfigs;
    disposables = [this.collection, this.linted];
    /** Fires after a document was linted (or its diagnostics cleared). */
    onDidLint = this.linted.event;
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
        // Twice the last lint's duration idle between lints: at most a third of the CPU while typing.
        this.scheduler = new lintScheduler_1.LintScheduler({ maxDelayMs: () => this.settings.value.lint.debounceMs, durationFactor: 2 }, lintScheduler_1.systemClock);
        this.disposables.push(this.scheduler);
        vscode.workspace.onDidOpenTextDocument((doc) => this.lintNow(doc), this, this.disposables);
        vscode.workspace.onDidChangeTextDocument((e) => {
            // Saving, undoing back to the saved text, or a reload from disk with the same text sends an
            // event with no change to the text but perhaps a new version: the last result still holds.
            if (e.contentChanges.length > 0)
                this.schedule(e.document);
            else
                this.restamp(e.document);
        }, this, this.disposables);
        vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri), this, this.disposables);
        this.projectConfigs = new projectConfig_1.ProjectConfigs(settings);
        this.disposables.push(this.projectConfigs);
        settings.onDidChange(() => this.lintAllOpen(), this, this.disposables);
        this.projectConfigs.onDidChange(() => this.lintAllOpen(), this, this.disposables);
        // The documents already open (the one whose opening activated us) are linted just after
        // activate() returns, so activation itself does no linting.
        const first = setTimeout(() => this.lintAllOpen(), 0);
        this.disposables.push({ dispose: () => clearTimeout(first) });
    }
    /** Lints every open document again (after a settings change, or on start). */
    lintAllOpen() {
        for (const doc of vscode.workspace.textDocuments)
            this.lintNow(doc);
    }
    /** The last result for a document, if it is an answer that has been linted. */
    resultFor(uri) {
        return this.results.get(uri.toString());
    }
    /** Re-reads a project `.design-practice.json` the extension has just written, and re-lints. */
    projectConfigWritten(file) {
        this.projectConfigs.invalidate(file);
    }
    /** The lint config for a document: the user's settings under its project's `.design-practice.json`. */
    configFor(uri) {
        return this.projectConfigs.cached(uri) ?? this.settings.value.lint.config;
    }
    /**
     * Resolves once the project file for `uri` has been looked for, with the config it gives; by
     * then a document linted before with another config has been linted again.
     */
    configLoaded(uri) {
        return this.projectConfigs.load(uri);
    }
    /** The finding behind one of our diagnostics (VS Code may hand back a copy, so it is found by key). */
    findingFor(uri, ruleId, diagnostic) {
        return this.findingsByKey.get(uri.toString())?.get((0, convert_1.diagnosticKey)(ruleId, diagnostic.range, diagnostic.message));
    }
    /** Lints a document now, if it is an answer; clears it otherwise. Never throws. */
    lintNow(doc) {
        const key = doc.uri.toString();
        this.scheduler.cancel(key);
        const { lint } = this.settings.value;
        if (!lint.enabled || !(0, answerFiles_1.isAnswerDocument)(doc, this.settings.value)) {
            if (this.results.has(key))
                this.forget(doc.uri);
            return;
        }
        const known = this.projectConfigs.cached(doc.uri);
        // Until the folder's .design-practice.json has been looked for, lint with what is known (the
        // settings, or the folder's last config); lint again only if the file says something else.
        const config = known ?? this.projectConfigs.provisional(doc.uri);
        if (!known) {
            void this.projectConfigs.load(doc.uri).then((loaded) => {
                if (!doc.isClosed && !(0, config_1.sameLintConfig)(loaded, config))
                    this.lintNow(doc);
            });
        }
        try {
            const text = doc.getText();
            if (text.length > lint.maxFileSizeKB * 1024) {
                this.tooLarge(doc, text.length);
                return;
            }
            const analysis = this.scheduler.measure(key, () => (0, linter_1.analyze)(text, config));
            this.results.set(key, { uri: doc.uri, version: doc.version, analysis });
            this.findingsByKey.set(key, new Map(analysis.findings.map((f) => [(0, convert_1.diagnosticKey)(f.ruleId, (0, convert_1.findingRange)(f), f.message), f])));
            this.collection.set(doc.uri, analysis.findings.map((f) => (0, convert_1.toDiagnostic)(f)));
        }
        catch (error) {
            // The core is built not to throw; if it ever does, the user keeps a working editor.
            this.log.error(`Linting ${doc.uri.fsPath} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            this.forget(doc.uri);
            return;
        }
        this.linted.fire(doc.uri);
    }
    /**
     * After an event that changed the version but not the text: a waiting lint is scheduled again for
     * the new version (it would drop itself as stale); otherwise the last result holds for it.
     */
    restamp(doc) {
        const key = doc.uri.toString();
        const result = this.results.get(key);
        if (this.scheduler.isPending(key))
            this.schedule(doc);
        else if (result && result.version !== doc.version)
            this.results.set(key, { ...result, version: doc.version });
    }
    schedule(doc) {
        const version = doc.version;
        this.scheduler.schedule(doc.uri.toString(), () => {
            // A newer edit rescheduled us; this run's text would be stale.
            if (doc.isClosed || doc.version !== version)
                return;
            this.lintNow(doc);
        });
    }
    tooLarge(doc, length) {
        const limit = this.settings.value.lint.maxFileSizeKB;
        const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `Not linted: this file is ${Math.round(length / 1024)} KB, over designPractice.lint.maxFileSizeKB (${limit} KB).`, vscode.DiagnosticSeverity.Information);
        d.source = convert_1.DIAGNOSTIC_SOURCE;
        this.results.delete(doc.uri.toString());
        this.findingsByKey.delete(doc.uri.toString());
        this.collection.set(doc.uri, [d]);
        this.linted.fire(doc.uri);
    }
    forget(uri) {
        const key = uri.toString();
        this.scheduler.forget(key);
        this.results.delete(key);
        this.findingsByKey.delete(key);
        this.collection.delete(uri);
        this.linted.fire(uri);
    }
    dispose() {
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.AnswerLinter = AnswerLinter;
//# sourceMappingURL=answerLinter.js.map