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
exports.PromptTreeProvider = exports.FILTERED_CONTEXT_KEY = exports.LEVEL_FILTER_KEY = void 0;
/**
 * The Prompts view: teams as folders, prompts as leaves with their answer status, and, when some
 * prompt files did not load, a node listing them. The provider reads nothing itself: the catalog
 * and the answer index do, and the grouping and filtering are the core's.
 */
const vscode = __importStar(require("vscode"));
const catalogView_1 = require("../../core/catalog/catalogView");
const problemReport_1 = require("../../core/catalog/problemReport");
const promptView_1 = require("../../core/catalog/promptView");
/** The memento key of the level filter. */
exports.LEVEL_FILTER_KEY = 'designPractice.levelFilter';
/** The context key that is true while the level filter hides some prompts. */
exports.FILTERED_CONTEXT_KEY = 'designPractice.filtered';
const STATUS_ICONS = {
    none: new vscode.ThemeIcon('circle-large-outline'),
    draft: new vscode.ThemeIcon('edit', new vscode.ThemeColor('charts.yellow')),
    complete: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
};
/** Draws the catalog as a tree. */
class PromptTreeProvider {
    catalog;
    answers;
    memento;
    changed = new vscode.EventEmitter();
    disposables = [this.changed];
    levels;
    view;
    /** The nodes of the last render, so `getParent` returns the same objects `getChildren` did. */
    nodes;
    statuses;
    /** Counts view updates, so a slow one never overwrites a newer message. */
    renders = 0;
    onDidChangeTreeData = this.changed.event;
    constructor(catalog, answers, memento) {
        this.catalog = catalog;
        this.answers = answers;
        this.memento = memento;
        this.levels = (0, catalogView_1.normalizeLevelFilter)(memento.get(exports.LEVEL_FILTER_KEY));
        void vscode.commands.executeCommand('setContext', exports.FILTERED_CONTEXT_KEY, this.levels.length > 0);
        catalog.onDidChange(() => this.refresh(), this, this.disposables);
        answers.onDidChange(() => this.refresh(), this, this.disposables);
    }
    /** The levels shown; empty when every level is. */
    get levelFilter() {
        return this.levels;
    }
    /** Shows the filter in `view`'s description and message row. */
    attach(view) {
        this.view = view;
        void this.updateView();
    }
    /** Shows only prompts at `levels` (every prompt when empty), and remembers it for the workspace. */
    async setLevelFilter(levels) {
        this.levels = (0, catalogView_1.normalizeLevelFilter)(levels);
        await this.memento.update(exports.LEVEL_FILTER_KEY, this.levels.length > 0 ? this.levels : undefined);
        await vscode.commands.executeCommand('setContext', exports.FILTERED_CONTEXT_KEY, this.levels.length > 0);
        await this.redraw();
    }
    /** Redraws the whole tree. */
    refresh() {
        void this.redraw();
    }
    /** Redraws the whole tree; resolves once the view's message is up to date. */
    redraw() {
        this.nodes = undefined;
        this.statuses = undefined;
        this.changed.fire(undefined);
        return this.updateView();
    }
    async getChildren(node) {
        if (!node)
            return (await this.build()).roots;
        switch (node.kind) {
            case 'team':
                return node.prompts.map((prompt) => ({ kind: 'prompt', prompt }));
            case 'problems':
                return node.problems.map((problem) => ({ kind: 'problem', problem }));
            default:
                return [];
        }
    }
    async getParent(node) {
        const built = await this.build();
        if (node.kind === 'prompt')
            return built.teams.get(node.prompt.team);
        if (node.kind === 'problem')
            return built.problems;
        return undefined;
    }
    async getTreeItem(node) {
        switch (node.kind) {
            case 'team':
                return this.teamItem(node.team, node.title, node.prompts);
            case 'prompt':
                return this.promptItem(node.prompt);
            case 'problems':
                return this.problemsItem(node.problems);
            case 'problem':
                return this.problemItem(node.problem);
        }
    }
    /** The node of a prompt, for `TreeView.reveal`; undefined when it is not shown. */
    async nodeOf(promptId) {
        for (const team of (await this.build()).teams.values()) {
            if (team.kind !== 'team')
                continue;
            const prompt = team.prompts.find((p) => p.id === promptId);
            if (prompt)
                return { kind: 'prompt', prompt };
        }
        return undefined;
    }
    build() {
        return (this.nodes ??= (async () => {
            const [prompts, problems] = await Promise.all([this.catalog.prompts(), this.catalog.problems()]);
            const teams = new Map();
            for (const group of (0, catalogView_1.groupByTeam)(prompts, this.levels))
                teams.set(group.team, { kind: 'team', team: group.team, title: group.title, prompts: group.prompts });
            // Problems of bundled files are the extension's bug, not the user's: they go to the log only.
            const userProblems = problems.filter((p) => this.catalog.problemUri(p));
            const problemsNode = userProblems.length > 0 ? { kind: 'problems', problems: userProblems } : undefined;
            return { roots: [...(problemsNode ? [problemsNode] : []), ...teams.values()], teams, ...(problemsNode ? { problems: problemsNode } : {}) };
        })());
    }
    statusMap() {
        return (this.statuses ??= this.answers.statuses());
    }
    async teamItem(team, title, prompts) {
        const statuses = await this.statusMap();
        const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `team:${team}`;
        item.contextValue = 'team';
        item.description = (0, catalogView_1.answeredCount)(prompts, (p) => (statuses.get(p.id) ?? 'none') !== 'none');
        item.tooltip = `${title}: ${item.description} prompts answered`;
        return item;
    }
    async promptItem(prompt) {
        const status = (await this.statusMap()).get(prompt.id) ?? 'none';
        const item = new vscode.TreeItem(prompt.title, vscode.TreeItemCollapsibleState.None);
        item.id = prompt.id;
        item.description = prompt.level;
        item.iconPath = STATUS_ICONS[status];
        item.contextValue = status === 'none' ? 'prompt' : `prompt.answered.${status}`;
        item.command = { command: 'designPractice.openPrompt', title: 'Open Prompt', arguments: [prompt.id] };
        item.accessibilityInformation = { label: `${prompt.title}, ${prompt.level}, ${promptView_1.STATUS_LABELS[status]}` };
        const tooltip = new vscode.MarkdownString();
        tooltip.appendMarkdown('**').appendText(prompt.title).appendMarkdown('**\n\n');
        tooltip.appendText(prompt.summary).appendMarkdown('\n\n');
        tooltip.appendMarkdown('Level: ').appendText(prompt.level).appendMarkdown(' · ').appendText(`${prompt.minutes} min`).appendMarkdown(' · ').appendText(promptView_1.STATUS_LABELS[status]);
        if (prompt.tags.length > 0)
            tooltip.appendMarkdown('\n\nTags: ').appendText(prompt.tags.join(', '));
        if (!prompt.bundled)
            tooltip.appendMarkdown('\n\n_Your prompt file_');
        item.tooltip = tooltip;
        return item;
    }
    problemsItem(problems) {
        const files = new Set(problems.map((p) => p.file)).size;
        const item = new vscode.TreeItem(files === 1 ? '1 prompt file has problems' : `${files} prompt files have problems`, vscode.TreeItemCollapsibleState.Expanded);
        item.id = 'problems';
        item.contextValue = 'problems';
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.tooltip = 'These prompt files were not loaded. Select one to open it at the problem.';
        return item;
    }
    problemItem(problem) {
        const uri = this.catalog.problemUri(problem);
        const name = uri ? vscode.workspace.asRelativePath(uri) : problem.file;
        const row = (0, problemReport_1.problemRow)(problem, name);
        const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
        item.id = `problem:${problem.file}:${problem.line ?? 0}:${problem.field ?? ''}:${problem.message}`;
        item.contextValue = 'problem';
        item.description = row.description;
        item.tooltip = `${name}${problem.line ? `:${problem.line}` : ''}\n${(0, problemReport_1.problemText)(problem)}`;
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
        if (uri) {
            const line = Math.max(0, (problem.line ?? 1) - 1);
            const options = { selection: new vscode.Range(line, 0, line, 0) };
            item.command = { command: 'vscode.open', title: 'Open Prompt File', arguments: [uri, options] };
        }
        return item;
    }
    /**
     * The filter in the view's description and, since the description is not drawn when the view is
     * alone in its container, in the view's message row too. Resolves once the message is set.
     */
    async updateView() {
        const view = this.view;
        if (!view)
            return;
        const render = ++this.renders;
        const levels = this.levels;
        view.description = (0, catalogView_1.levelFilterLabel)(levels);
        if (levels.length === 0) {
            view.message = undefined;
            return;
        }
        try {
            const [{ teams }, prompts] = await Promise.all([this.build(), this.catalog.prompts()]);
            // A later filter or refresh owns the message now.
            if (this.view !== view || render !== this.renders)
                return;
            const shown = [...teams.values()].reduce((n, team) => n + (team.kind === 'team' ? team.prompts.length : 0), 0);
            view.message = (0, catalogView_1.levelFilterMessage)(levels, shown, prompts.length);
        }
        catch {
            // The tree reports a catalog that cannot load; the message is only a hint.
        }
    }
    dispose() {
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.PromptTreeProvider = PromptTreeProvider;
//# sourceMappingURL=promptTree.js.map