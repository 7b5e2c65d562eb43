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
exports.AnswerIndex = void 0;
/**
 * The user's answers: Markdown files under `<workspace folder>/<notesFolder>/` whose front matter
 * names a prompt, each with its status and the practice sessions recorded in it. Scans on first use, then keeps up with file events and
 * saves one file at a time; a change of settings or of the catalog rescans.
 */
const vscode = __importStar(require("vscode"));
const answerStatus_1 = require("../../core/answer/answerStatus");
const parseAnswer_1 = require("../../core/answer/parseAnswer");
const scaffold_1 = require("../../core/answer/scaffold");
const ids_1 = require("../../core/catalog/ids");
const interviewRecord_1 = require("../../core/debrief/interviewRecord");
const record_1 = require("../../core/practice/record");
const workspaceFiles_1 = require("./workspaceFiles");
/** Knows which prompts the user has answered, where, and how far. */
class AnswerIndex {
    settings;
    catalog;
    log;
    platform;
    changed = new vscode.EventEmitter();
    disposables = [this.changed];
    watchers = [];
    watchedKey = '';
    /** Answer files by URI string. */
    entries = new Map();
    scanned;
    hasScanned = false;
    /** Scans and single-file updates run one at a time on this chain, so a scan never loses an update. */
    queue = Promise.resolve();
    rescanWaiting;
    settingsKey;
    configs = new Map();
    configsFor;
    disposed = false;
    /** Fires when an answer was added, removed, or changed status. */
    onDidChange = this.changed.event;
    constructor(settings, catalog, log, platform) {
        this.settings = settings;
        this.catalog = catalog;
        this.log = log;
        this.platform = platform;
        this.settingsKey = this.keyOf();
        settings.onDidChange(() => {
            const key = this.keyOf();
            if (key === this.settingsKey)
                return;
            this.settingsKey = key;
            this.requestRescan();
        }, this, this.disposables);
        // A user prompt can change an answer's template or its copied questions, and so its status.
        catalog.onDidChange(() => this.requestRescan(), this, this.disposables);
        vscode.workspace.onDidChangeWorkspaceFolders(() => this.requestRescan(), this, this.disposables);
        vscode.workspace.onDidSaveTextDocument((doc) => this.onFileEvent(doc.uri, 'change'), this, this.disposables);
    }
    /** The answers to `promptId`, newest first. */
    async answersFor(promptId) {
        await this.ready();
        return [...this.entries.values()].filter((e) => e.promptId === promptId).sort(newestFirst);
    }
    /** Every practice session recorded in the answers to `promptId`, newest first. */
    async practiceFor(promptId) {
        const entries = (await this.answersFor(promptId)).flatMap((e) => e.practice.map((record) => ({ uri: e.uri, record })));
        return entries.sort((a, b) => (Date.parse(b.record.started) || 0) - (Date.parse(a.record.started) || 0));
    }
    /** How far the user got with `promptId`, over all their attempts. */
    async statusOf(promptId) {
        return (0, answerStatus_1.bestStatus)((await this.answersFor(promptId)).map((e) => e.status));
    }
    /** The status of every prompt that has an answer. */
    async statuses() {
        await this.ready();
        const result = new Map();
        for (const e of this.entries.values())
            result.set(e.promptId, (0, answerStatus_1.bestStatus)([result.get(e.promptId) ?? 'none', e.status]));
        return result;
    }
    /** The notes folder of the first workspace folder; undefined when no folder is open. */
    notesFolderUri() {
        const root = vscode.workspace.workspaceFolders?.[0]?.uri;
        return root && this.notesFolderIn(root);
    }
    /**
     * Where attempt `attempt` of an answer to `prompt` goes: `<root>/<notesFolder>/<team>/<slug>[-n].md`.
     * Built with the core's `joinInside`, so no prompt id can point outside the notes folder.
     * Undefined without a workspace folder.
     */
    answerUri(prompt, attempt) {
        const base = this.notesFolderUri();
        if (!base)
            return undefined;
        try {
            return base.with({ path: (0, ids_1.joinInside)(base.path, prompt.team, (0, scaffold_1.attemptFileName)((0, ids_1.promptSlug)(prompt.id), attempt)) });
        }
        catch (error) {
            this.log.warn(`No answer path for ${prompt.id}: ${String(error)}`);
            return undefined;
        }
    }
    /** Reads one file again now (after Start Answer created it), instead of waiting for its event. */
    async update(uri) {
        await this.ready();
        await this.enqueue(() => this.updateOne(uri));
    }
    /** Rescans every answer. */
    async reload() {
        if (!this.scanned)
            return this.ready();
        await this.rescan();
    }
    /** Resolves once the first scan and any update under way are done. */
    async ready() {
        await (this.scanned ??= this.rescan());
        await this.queue;
    }
    requestRescan() {
        if (!this.scanned || this.disposed)
            return;
        void this.rescan();
    }
    enqueue(op) {
        const run = this.queue.then(op);
        this.queue = run.catch((error) => this.log.error(`Updating answers failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
        return run;
    }
    /** A rescan that has not started yet is shared by later requests. */
    rescan() {
        if (this.rescanWaiting)
            return this.rescanWaiting;
        const run = this.enqueue(async () => {
            this.rescanWaiting = undefined;
            this.watch();
            const next = new Map();
            for (const folder of vscode.workspace.workspaceFolders ?? []) {
                const files = await (0, workspaceFiles_1.walkFiles)(this.notesFolderIn(folder.uri), isMarkdown, this.log);
                for (const uri of files) {
                    const entry = await this.read(uri);
                    if (entry)
                        next.set(uri.toString(), entry);
                }
            }
            if (this.disposed)
                return;
            const changed = !sameEntries(this.entries, next);
            const first = !this.hasScanned;
            this.entries = next;
            this.hasScanned = true;
            this.log.info(`Found ${next.size} answers`);
            // The first scan is awaited by whoever asked; nobody has stale state to refresh yet.
            if (changed && !first)
                this.changed.fire();
        });
        this.rescanWaiting = run;
        return run;
    }
    async updateOne(uri) {
        const key = uri.toString();
        const before = this.entries.get(key);
        const after = this.isAnswerPath(uri) ? await this.read(uri) : undefined;
        if (after)
            this.entries.set(key, after);
        else
            this.entries.delete(key);
        if (this.disposed)
            return;
        if (!sameEntry(before, after))
            this.changed.fire();
    }
    removeUnder(uri) {
        let removed = false;
        for (const [key, entry] of this.entries) {
            if ((0, workspaceFiles_1.isInside)(entry.uri, uri)) {
                this.entries.delete(key);
                removed = true;
            }
        }
        if (removed)
            this.changed.fire();
    }
    onFileEvent(uri, kind) {
        if (!this.scanned || this.disposed)
            return;
        if (isMarkdown(uri.path)) {
            if (this.isAnswerPath(uri))
                void this.enqueue(() => this.updateOne(uri));
        }
        else if (kind === 'delete') {
            void this.enqueue(async () => this.removeUnder(uri));
        }
        else if (kind === 'create') {
            // A folder moved or checked out into the notes folder may bring answers without their own events.
            void this.rescan();
        }
    }
    /** Reads one answer file; undefined when it is not an answer (no prompt id) or cannot be used. */
    async read(uri) {
        const result = await (0, workspaceFiles_1.readTextFile)(uri, this.settings.value.lint.maxFileSizeKB * 1024);
        if (!('text' in result)) {
            this.log.debug(`Skipping ${uri.toString(true)}: ${result.problem}`);
            return undefined;
        }
        try {
            const header = (0, parseAnswer_1.readAnswerHeader)(result.text);
            if (!(0, ids_1.isValidPromptId)(header.promptId))
                return undefined;
            const prompt = await this.catalog.getPrompt(header.promptId);
            const config = this.configFor(header.templateId ? undefined : prompt?.template);
            const status = (0, answerStatus_1.answerStatus)(result.text, config, { clarifyingQuestions: prompt?.clarifyingQuestions });
            const practice = (0, record_1.readPracticeHistory)(header.frontMatter?.data ?? {});
            const interviews = (0, interviewRecord_1.readInterviewHistory)(header.frontMatter?.data ?? {});
            return { uri, promptId: header.promptId, status, mtime: result.mtime, practice, interviews };
        }
        catch (error) {
            // The core does not throw on odd text; an answer that trips a bug must not stop the scan.
            this.log.error(`Cannot read answer ${uri.toString(true)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            return undefined;
        }
    }
    /**
     * The lint config for an answer whose front matter names no template: its prompt's template is
     * then the default. Derived configs are cached so the linter's per-config matcher cache holds.
     */
    configFor(template) {
        const base = this.settings.value.lint.config;
        if (!template || template === base.defaultTemplate)
            return base;
        if (this.configsFor !== base) {
            this.configs = new Map();
            this.configsFor = base;
        }
        let config = this.configs.get(template);
        if (!config)
            this.configs.set(template, (config = { ...base, defaultTemplate: template }));
        return config;
    }
    /** The notes folder (`designPractice.notesFolder`) in the workspace folder `root`. */
    notesFolderIn(root) {
        return vscode.Uri.joinPath(root, ...this.settings.value.notesFolder.split(/[\\/]+/).filter((s) => s && s !== '.'));
    }
    isAnswerPath(uri) {
        return isMarkdown(uri.path) && (vscode.workspace.workspaceFolders ?? []).some((f) => (0, workspaceFiles_1.isInside)(uri, this.notesFolderIn(f.uri)));
    }
    /** Watches the notes folder of every workspace folder, rebuilding the watchers when it moves. */
    watch() {
        const folders = vscode.workspace.workspaceFolders ?? [];
        const key = JSON.stringify([this.settings.value.notesFolder, folders.map((f) => f.uri.toString())]);
        if (key === this.watchedKey)
            return;
        this.watchedKey = key;
        vscode.Disposable.from(...this.watchers).dispose();
        // The folder itself and the folders on the way to it count, so creating or deleting it is seen.
        this.watchers = [this.platform.watchFolders(folders.map((f) => this.notesFolderIn(f.uri)), (uri, kind) => this.onFileEvent(uri, kind), (message) => this.log.warn(message))];
    }
    keyOf() {
        const { notesFolder, lint } = this.settings.value;
        // The config object is rebuilt on every settings change; compare what affects a status.
        return JSON.stringify([notesFolder, lint.maxFileSizeKB, lint.config.defaultTemplate, [...lint.config.severities], lint.config.aliases, lint.config.requiredSections]);
    }
    dispose() {
        this.disposed = true;
        vscode.Disposable.from(...this.watchers, ...this.disposables).dispose();
    }
}
exports.AnswerIndex = AnswerIndex;
function isMarkdown(name) {
    return /\.md$/i.test(name);
}
/** The attempt number in a file name (`slug-3.md` is 3), 1 without one. */
function attemptOf(uri) {
    return Number(/-(\d+)\.md$/i.exec(uri.path)?.[1] ?? 1);
}
function newestFirst(a, b) {
    return b.mtime - a.mtime || attemptOf(b.uri) - attemptOf(a.uri) || (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0);
}
function sameEntry(a, b) {
    return a === b || (!!a && !!b && a.promptId === b.promptId && a.status === b.status && a.mtime === b.mtime && samePractice(a.practice, b.practice) && JSON.stringify(a.interviews) === JSON.stringify(b.interviews));
}
function samePractice(a, b) {
    return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
function sameEntries(a, b) {
    if (a.size !== b.size)
        return false;
    for (const [key, entry] of a)
        if (!sameEntry(entry, b.get(key)))
            return false;
    return true;
}
//# sourceMappingURL=answerIndex.js.map