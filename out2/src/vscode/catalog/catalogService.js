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
exports.CatalogService = exports.DIAGNOSTIC_SOURCE = void 0;
/**
 * The prompt catalog as the extension sees it: the bundled prompts plus the user's prompt files,
 * read through `vscode.workspace.fs` (so remote and virtual workspaces work) and validated by the
 * core. Loads on first use, reloads when a prompt folder or the setting changes, and reports bad
 * prompt files as diagnostics, in the log, and once per file as a notification.
 */
const vscode = __importStar(require("vscode"));
const loadPrompts_1 = require("../../core/catalog/loadPrompts");
const problemReport_1 = require("../../core/catalog/problemReport");
const workspaceFiles_1 = require("./workspaceFiles");
/** Diagnostics from prompt files carry this source, like the linter's. */
exports.DIAGNOSTIC_SOURCE = 'design-practice';
/** More files with problems than this at once are folded into one notification, pointing at Problems. */
const MAX_NOTIFICATIONS = 3;
/** The bundled catalog plus the user's prompt files. */
class CatalogService {
    settings;
    log;
    platform;
    changed = new vscode.EventEmitter();
    diagnostics = vscode.languages.createDiagnosticCollection('design-practice-prompts');
    disposables = [this.changed, this.diagnostics];
    watcher;
    watchedKey = '';
    latest;
    firstLoad;
    /** Reloads run one after another on this chain. */
    queue = Promise.resolve();
    /** The reload that is queued but has not started, which later requests join. */
    waiting;
    waitingForced = false;
    folderKey;
    notified = new Set();
    /** Prompt file (as the core names it, a URI string) to its Uri. */
    uris = new Map();
    disposed = false;
    /** Fires after the catalog was reloaded and changed. */
    onDidChange = this.changed.event;
    constructor(settings, log, platform) {
        this.settings = settings;
        this.log = log;
        this.platform = platform;
        this.folderKey = JSON.stringify(settings.value.promptFolders);
        settings.onDidChange((value) => {
            const key = JSON.stringify(value.promptFolders);
            if (key === this.folderKey)
                return;
            this.folderKey = key;
            this.requestReload();
        }, this, this.disposables);
        vscode.workspace.onDidChangeWorkspaceFolders(() => this.requestReload(), this, this.disposables);
    }
    /** Every prompt that loaded, in catalog order (team, level, title). */
    async prompts() {
        return (await this.catalog()).prompts;
    }
    /** The problems of the prompt files that did not load. */
    async problems() {
        return (await this.catalog()).problems;
    }
    /** The prompt with `id`, if it loaded. */
    async getPrompt(id) {
        return (await this.catalog()).prompts.find((p) => p.id === id);
    }
    /** The file a problem is about, for the user's prompt files; undefined for bundled ones. */
    problemUri(problem) {
        return this.uris.get(problem.file);
    }
    /** The file a prompt came from, when it is one of the user's. */
    promptUri(prompt) {
        return prompt.bundled ? undefined : this.uris.get(prompt.source);
    }
    /** The folders user prompts are read from, in settings order, first workspace folder first. */
    promptFolderUris() {
        return (0, workspaceFiles_1.promptFolderUris)(this.settings.value.promptFolders);
    }
    /** Reads every prompt file again and tells listeners, whether or not anything changed. */
    async reload() {
        await this.enqueue(true);
    }
    async catalog() {
        if (!this.latest)
            return (this.firstLoad ??= this.enqueue(false).then(() => this.latest));
        // A reload under way (a file just changed) is waited for, so callers never see the old catalog.
        await this.queue;
        return this.latest;
    }
    /**
     * A change on disk or in the settings. Nothing to do until the catalog was first asked for or
     * reloaded (Refresh before the view ever loaded must not leave file changes ignored for good).
     */
    requestReload() {
        // During the first load a change still counts: it may have read the old folders.
        if ((!this.firstLoad && !this.latest) || this.disposed)
            return;
        void this.enqueue(false);
    }
    /**
     * Runs reloads one at a time. Events that arrive while one waits to start share it, so a burst
     * of file events (a checkout, a save that creates and changes) reads the folders once more, not
     * once per event.
     */
    enqueue(force) {
        if (force)
            this.waitingForced = true;
        if (this.waiting)
            return this.waiting;
        const run = this.queue.then(async () => {
            this.waiting = undefined;
            const forced = this.waitingForced;
            this.waitingForced = false;
            this.apply(await this.read(), forced);
        });
        this.waiting = run;
        this.queue = run.catch((error) => this.log.error(`Reloading prompts failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
        return run;
    }
    apply(next, force) {
        if (this.disposed)
            return;
        // Before the change check: new folders with no files yet still need watching.
        this.watch();
        const first = !this.latest;
        const changed = first || force || next.signature !== this.latest?.signature;
        if (!changed)
            return;
        this.latest = next;
        this.uris = next.uris;
        this.report(next.problems);
        if (!first)
            this.changed.fire();
    }
    /** Reads the bundled prompts and every user prompt file, never throwing. */
    async read() {
        const sources = [];
        const readProblems = [];
        const uris = new Map();
        for (const folder of this.promptFolderUris()) {
            const files = await (0, workspaceFiles_1.walkFiles)(folder, (name) => name.toLowerCase().endsWith('.md'), this.log);
            for (const uri of files) {
                const file = uri.toString();
                uris.set(file, uri);
                const result = await (0, workspaceFiles_1.readTextFile)(uri, loadPrompts_1.MAX_PROMPT_FILE_BYTES);
                if ('text' in result)
                    sources.push({ file, text: result.text });
                else
                    readProblems.push({ file, message: result.problem, line: 1 });
            }
        }
        let catalog;
        try {
            catalog = (0, loadPrompts_1.loadCatalog)([{ prompts: this.platform.bundledPrompts() }, { sources }]);
        }
        catch (error) {
            // The core never throws on file contents; this guards the sidebar against a bug there.
            this.log.error(`Loading prompts failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            catalog = (0, loadPrompts_1.loadCatalog)([{ prompts: this.platform.bundledPrompts() }]);
        }
        const problems = [...readProblems, ...catalog.problems];
        const signature = JSON.stringify([sources, readProblems]);
        this.log.info(`Loaded ${catalog.prompts.length} prompts (${sources.length} user prompt files, ${problems.length} problems)`);
        return { prompts: catalog.prompts, problems, signature, uris };
    }
    /** Diagnostics for every problem; a log line and a notification for each one not seen before. */
    report(problems) {
        const byFile = new Map();
        const next = new Set();
        const fresh = [];
        for (const p of problems) {
            const key = `${p.file}\0${p.field ?? ''}\0${p.message}`;
            next.add(key);
            if (!this.notified.has(key))
                fresh.push(p);
            const uri = this.uris.get(p.file);
            if (!uri) {
                this.log.error(`Bundled prompt ${p.file}: ${(0, problemReport_1.problemText)(p)}`);
                continue;
            }
            const line = Math.max(0, (p.line ?? 1) - 1);
            const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), (0, problemReport_1.problemText)(p), vscode.DiagnosticSeverity.Error);
            diagnostic.source = exports.DIAGNOSTIC_SOURCE;
            if (p.field)
                diagnostic.code = p.field;
            const list = byFile.get(uri.toString()) ?? [];
            list.push(diagnostic);
            byFile.set(uri.toString(), list);
        }
        this.notified = next;
        this.diagnostics.clear();
        for (const [file, list] of byFile)
            this.diagnostics.set(this.uris.get(file), list);
        for (const p of fresh)
            if (this.uris.has(p.file))
                this.log.warn(`Prompt file ${this.label(p)}: ${(0, problemReport_1.problemText)(p)}`);
        // One notification per file, however many of its fields are wrong; the Problems panel and the
        // tree list each one.
        const files = (0, problemReport_1.problemsByFile)(fresh.filter((p) => this.uris.has(p.file)));
        for (const { file, problems: list } of files.slice(0, MAX_NOTIFICATIONS)) {
            const uri = this.uris.get(file);
            const line = Math.max(0, (list[0].line ?? 1) - 1);
            void vscode.window.showWarningMessage((0, problemReport_1.fileProblemMessage)(this.label(list[0]), list), 'Open File').then((choice) => {
                if (choice)
                    void vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
            });
        }
        if (files.length > MAX_NOTIFICATIONS) {
            void vscode.window.showWarningMessage(`Design Practice: ${files.length - MAX_NOTIFICATIONS} more prompt files were not loaded.`, 'Show Problems').then((choice) => {
                if (choice)
                    void vscode.commands.executeCommand('workbench.actions.view.problems');
            });
        }
    }
    label(problem) {
        const uri = this.uris.get(problem.file);
        return uri ? vscode.workspace.asRelativePath(uri) : problem.file;
    }
    /** Watches every prompt folder, and rebuilds the watchers when the folders change. */
    watch() {
        const folders = this.promptFolderUris();
        const key = [...folders, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)].map((f) => f.toString()).join('\n');
        if (key === this.watchedKey && this.watcher)
            return;
        this.watchedKey = key;
        this.watcher?.dispose();
        this.watcher = this.platform.watchFolders(folders, () => this.requestReload(), (message) => this.log.warn(message));
        this.log.debug(`Watching prompt folders: ${folders.map((u) => u.toString()).join(', ') || '(none)'}`);
    }
    dispose() {
        this.disposed = true;
        vscode.Disposable.from(...(this.watcher ? [this.watcher] : []), ...this.disposables).dispose();
    }
}
exports.CatalogService = CatalogService;
//# sourceMappingURL=catalogService.js.map