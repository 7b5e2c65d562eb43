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
exports.newPromptFile = exports.openAnswer = exports.startAnswer = exports.openPrompt = exports.clearLevelFilter = exports.filterByLevel = exports.refreshPrompts = void 0;
exports.promptIdOf = promptIdOf;
exports.pickAnswer = pickAnswer;
/**
 * The prompt commands: open a prompt, start or open an answer, filter the view, add a prompt file,
 * refresh. Each accepts a prompt id or a node of the Prompts view, and asks with a picker when it
 * gets neither. Files are created exclusively, so nothing the user wrote is ever overwritten.
 */
const vscode = __importStar(require("vscode"));
const scaffold_1 = require("../../core/answer/scaffold");
const catalogView_1 = require("../../core/catalog/catalogView");
const ids_1 = require("../../core/catalog/ids");
const prompt_1 = require("../../core/catalog/prompt");
const promptSkeleton_1 = require("../../core/catalog/promptSkeleton");
const promptView_1 = require("../../core/catalog/promptView");
const workspaceFiles_1 = require("../catalog/workspaceFiles");
/** What the level filter offers, with a word on each. */
const LEVEL_DETAILS = { L4: 'Mid-level engineer', L5: 'Senior engineer', MLE: 'Machine learning engineer' };
/** How many times an exclusive create is retried when another writer takes the name first. */
const CREATE_RETRIES = 5;
/** `designPractice.refreshPrompts`: reads the prompt files and answers again. */
const refreshPrompts = (services) => async () => {
    await Promise.all([services.catalog.reload(), services.answers.reload()]);
};
exports.refreshPrompts = refreshPrompts;
/**
 * `designPractice.filterByLevel`: picks the levels the view shows. Given a list of levels (tests,
 * keybindings), uses it without asking. Returns the levels now shown (empty for all).
 */
const filterByLevel = (services) => async (levels) => {
    let chosen;
    if (Array.isArray(levels)) {
        chosen = prompt_1.LEVELS.filter((l) => levels.includes(l));
    }
    else {
        const prompts = await services.catalog.prompts();
        const current = services.promptTree.levelFilter;
        const picks = await vscode.window.showQuickPick(prompt_1.LEVELS.map((level) => ({
            label: level,
            description: `${prompts.filter((p) => p.level === level).length} prompts`,
            detail: LEVEL_DETAILS[level],
            picked: current.length === 0 || current.includes(level),
            level,
        })), { canPickMany: true, title: 'Show prompts at these levels', placeHolder: 'Pick the levels to show (none or all shows every prompt)' });
        if (!picks)
            return undefined;
        chosen = picks.map((p) => p.level);
    }
    await services.promptTree.setLevelFilter(chosen);
    return services.promptTree.levelFilter;
};
exports.filterByLevel = filterByLevel;
/** `designPractice.clearLevelFilter`: shows prompts at every level again. */
const clearLevelFilter = (services) => async () => {
    await services.promptTree.setLevelFilter([]);
};
exports.clearLevelFilter = clearLevelFilter;
/** `designPractice.openPrompt`: shows a prompt in the prompt view. Returns its id. */
const openPrompt = (services) => async (idOrNode) => {
    const prompt = await resolvePrompt(services, idOrNode, 'Open which prompt?');
    if (!prompt)
        return undefined;
    await services.promptPanel.show(prompt.id);
    services.walkthrough.mark('promptOpened');
    return prompt.id;
};
exports.openPrompt = openPrompt;
/**
 * `designPractice.startAnswer`: creates `<notesFolder>/<team>/<slug>.md` from the template and opens
 * it. When an answer exists, offers to open it or start a new attempt (`-2`, `-3`, ...). Without a
 * folder, offers to open one or to draft in an untitled file. Returns the Uri it opened.
 */
const startAnswer = (services) => async (idOrNode, options) => {
    const prompt = await resolvePrompt(services, idOrNode, 'Start an answer to which prompt?');
    if (!prompt)
        return undefined;
    const { ifExists } = startOptions(options);
    const first = services.answers.answerUri(prompt, 1);
    if (!first)
        return draftWithoutFolder(services, prompt);
    // The index may not have seen a file created a moment ago, so the first attempt's name is checked too.
    const existing = await services.answers.answersFor(prompt.id);
    const latest = existing[0]?.uri ?? ((await (0, workspaceFiles_1.exists)(first)) ? first : undefined);
    if (latest) {
        const choice = ifExists ?? (await askIfExists(prompt, latest));
        if (!choice)
            return undefined;
        if (choice === 'open')
            return showAnswer(services, latest);
    }
    const uri = await createAnswer(services, prompt);
    if (!uri)
        return undefined;
    await services.answers.update(uri);
    services.walkthrough.mark('answerStarted');
    return showAnswer(services, uri, true);
};
exports.startAnswer = startAnswer;
/** `designPractice.openAnswer`: opens the latest answer to a prompt, or picks one of several. */
const openAnswer = (services) => async (idOrNode) => {
    const id = promptIdOf(idOrNode) ?? (await resolvePrompt(services, undefined, 'Open your answer to which prompt?'))?.id;
    if (!id)
        return undefined;
    const answers = await services.answers.answersFor(id);
    if (answers.length === 0) {
        const start = 'Start Answer';
        const choice = await vscode.window.showInformationMessage(`Design Practice: you have no answer to ${id} yet.`, start);
        if (choice === start)
            return vscode.commands.executeCommand('designPractice.startAnswer', id);
        return undefined;
    }
    const chosen = answers.length === 1 ? answers[0] : await pickAnswer(answers);
    return chosen ? showAnswer(services, chosen.uri) : undefined;
};
exports.openAnswer = openAnswer;
/**
 * `designPractice.newPromptFile`: creates a prompt file skeleton (`<team>/my-prompt[-n]`, valid as
 * written, with comments on each field) in the first prompt folder and opens it. Returns its Uri.
 */
const newPromptFile = (services) => async (options) => {
    const team = isTeamOption(options) ? options.team : 'platform';
    const folder = services.catalog.promptFolderUris()[0];
    if (!folder) {
        const open = 'Open Folder…';
        const choice = await vscode.window.showInformationMessage('Design Practice: your prompt files live in a folder of the workspace (the designPractice.promptFolders setting). Open a folder first.', open);
        if (choice === open)
            await vscode.commands.executeCommand('vscode.openFolder');
        return undefined;
    }
    const ids = new Set((await services.catalog.prompts()).map((p) => p.id));
    await vscode.workspace.fs.createDirectory(folder);
    for (let i = 0; i < CREATE_RETRIES; i++) {
        const { id, fileName } = await (0, promptSkeleton_1.nextFreePromptId)(team, (candidate) => ids.has(candidate), (name) => (0, workspaceFiles_1.exists)(vscode.Uri.joinPath(folder, name)));
        const uri = vscode.Uri.joinPath(folder, fileName);
        if (!(await createExclusive(uri, (0, promptSkeleton_1.promptFileSkeleton)(id, team))))
            continue;
        void services.catalog.reload();
        const editor = await vscode.window.showTextDocument(uri, { preview: false });
        selectFirst(editor, /^title: (.*)$/m);
        services.walkthrough.mark('promptFileAdded');
        return uri;
    }
    throw new Error(`Could not create a new prompt file in ${vscode.workspace.asRelativePath(folder)}`);
};
exports.newPromptFile = newPromptFile;
/** A prompt id from a command argument: the id itself or a node of the Prompts view. */
function promptIdOf(arg) {
    if (typeof arg === 'string')
        return arg;
    if (typeof arg === 'object' && arg !== null && arg.kind === 'prompt')
        return arg.prompt?.id;
    return undefined;
}
async function resolvePrompt(services, idOrNode, placeHolder) {
    const id = promptIdOf(idOrNode);
    if (id === undefined)
        return pickPrompt(services, placeHolder);
    const prompt = await services.catalog.getPrompt(id);
    if (!prompt)
        void vscode.window.showWarningMessage(`Design Practice: there is no prompt ${JSON.stringify(id)}.`);
    return prompt;
}
/** A picker of every prompt, grouped by team, with its level and status. */
async function pickPrompt(services, placeHolder) {
    const [prompts, statuses] = await Promise.all([services.catalog.prompts(), services.answers.statuses()]);
    const items = (0, catalogView_1.groupByTeam)(prompts, services.promptTree.levelFilter).flatMap((group) => [
        { label: group.title, kind: vscode.QuickPickItemKind.Separator },
        ...group.prompts.map((prompt) => {
            const status = statuses.get(prompt.id) ?? 'none';
            return { label: prompt.title, description: status === 'none' ? prompt.level : `${prompt.level} · ${promptView_1.STATUS_LABELS[status]}`, detail: prompt.summary, prompt };
        }),
    ]);
    const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
    return picked?.prompt;
}
/** A picker of the given answers, newest first, with their status and last change. */
async function pickAnswer(answers, placeHolder = 'Open which of your answers? (newest first)') {
    const picked = await vscode.window.showQuickPick(answers.map((entry) => ({
        label: entry.uri.path.slice(entry.uri.path.lastIndexOf('/') + 1),
        description: promptView_1.STATUS_LABELS[entry.status],
        detail: `${vscode.workspace.asRelativePath(entry.uri)} · last changed ${new Date(entry.mtime).toLocaleString()}`,
        entry,
    })), { placeHolder });
    return picked?.entry;
}
async function askIfExists(prompt, latest) {
    const picked = await vscode.window.showQuickPick([
        { label: '$(go-to-file) Open my answer', detail: vscode.workspace.asRelativePath(latest), choice: 'open' },
        { label: '$(add) Start a new attempt', detail: 'A fresh answer beside the old one; the old one is kept as it is', choice: 'newAttempt' },
    ], { title: `You already have an answer to "${prompt.title}"`, placeHolder: 'Open it, or start again?' });
    return picked?.choice;
}
/** Creates the next free attempt's file with the scaffold; undefined if every try lost a race. */
async function createAnswer(services, prompt) {
    const first = services.answers.answerUri(prompt, 1);
    const folder = vscode.Uri.joinPath(first, '..');
    await vscode.workspace.fs.createDirectory(folder);
    const text = (0, scaffold_1.scaffoldAnswer)(prompt, new Date(), services.settings.value.scaffold);
    const slug = (0, ids_1.promptSlug)(prompt.id);
    for (let i = 0; i < CREATE_RETRIES; i++) {
        const { attempt } = await (0, scaffold_1.nextFreeAttempt)(slug, (name) => (0, workspaceFiles_1.exists)(vscode.Uri.joinPath(folder, name)));
        const uri = services.answers.answerUri(prompt, attempt);
        if (!uri)
            return undefined;
        if (await createExclusive(uri, text)) {
            services.log.info(`Started ${vscode.workspace.asRelativePath(uri)} (${prompt.id}, attempt ${attempt})`);
            return uri;
        }
        services.log.info(`${(0, scaffold_1.attemptFileName)(slug, attempt)} appeared meanwhile; trying the next name`);
    }
    throw new Error(`Could not create an answer file for ${prompt.id} in ${vscode.workspace.asRelativePath(folder)}`);
}
/**
 * Creates `uri` with `text` unless it exists: a WorkspaceEdit with overwrite and ignoreIfExists off
 * fails rather than replace a file, and goes through VS Code's file operations (undo, participants).
 * Returns false when the file was already there.
 */
async function createExclusive(uri, text) {
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
    let ok;
    try {
        ok = await vscode.workspace.applyEdit(edit);
    }
    catch {
        ok = false;
    }
    if (!ok)
        return false;
    // The edit writes the contents; an editor already holding the file may still show it dirty.
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty)
        await doc.save();
    return true;
}
async function showAnswer(services, uri, selectPlaceholder = false) {
    // Beside the prompt view when it is open, so the prompt stays readable while writing.
    const panelColumn = services.promptPanel.visibleColumn;
    const viewColumn = panelColumn === undefined ? undefined : panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(uri, { preview: false, ...(viewColumn ? { viewColumn } : {}) });
    // The first guiding placeholder is selected, so typing replaces it.
    if (selectPlaceholder)
        selectFirst(editor, /^\s*- \*\*[^*]+:\*\* (_[^_\n]+_)\s*$/m);
    return uri;
}
/** Selects the first capture of `pattern` in the editor, if there is one. */
function selectFirst(editor, pattern) {
    const text = editor.document.getText();
    const match = pattern.exec(text);
    if (!match || match[1] === undefined)
        return;
    const start = editor.document.positionAt(match.index + match[0].indexOf(match[1]));
    const end = editor.document.positionAt(editor.document.offsetAt(start) + match[1].length);
    editor.selection = new vscode.Selection(start, end);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
/** Without a folder there is nowhere to keep answers: open one, or draft in an untitled file. */
async function draftWithoutFolder(services, prompt) {
    const open = 'Open Folder…';
    const draft = 'Draft in an Untitled File';
    const choice = await vscode.window.showInformationMessage('Design Practice keeps your answers in a folder, so it can track them.', { modal: true, detail: 'Open a folder to keep answers in, or draft this answer in an untitled file that you can save anywhere.' }, open, draft);
    if (choice === open) {
        await vscode.commands.executeCommand('vscode.openFolder');
        return undefined;
    }
    if (choice !== draft)
        return undefined;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: (0, scaffold_1.scaffoldAnswer)(prompt, new Date(), services.settings.value.scaffold) });
    await vscode.window.showTextDocument(doc, { preview: false });
    services.log.info(`Drafting ${prompt.id} in an untitled file`);
    return doc.uri;
}
function startOptions(value) {
    // A tree's context menu passes the selected nodes as the second argument: ignore anything else.
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return {};
    const ifExists = value.ifExists;
    return ifExists === 'open' || ifExists === 'newAttempt' ? { ifExists } : {};
}
function isTeamOption(value) {
    const team = typeof value === 'object' && value !== null ? value.team : undefined;
    return typeof team === 'string' && team.length <= 60 && prompt_1.TEAM_SLUG.test(team);
}
//# sourceMappingURL=promptCommands.js.map