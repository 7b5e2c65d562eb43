/**
 * The prompt commands: open a prompt, start or open an answer, filter the view, add a prompt file,
 * refresh. Each accepts a prompt id or a node of the Prompts view, and asks with a picker when it
 * gets neither. Files are created exclusively, so nothing the user wrote is ever overwritten.
 */
import * as vscode from 'vscode';
import { attemptFileName, nextFreeAttempt, scaffoldAnswer } from '../../core/answer/scaffold';
import { groupByTeam } from '../../core/catalog/catalogView';
import { promptSlug } from '../../core/catalog/ids';
import { LEVELS, TEAM_SLUG, type Level, type Prompt, type TeamId } from '../../core/catalog/prompt';
import { newPromptIdProblem, newPromptTitleProblem, promptFileSkeleton } from '../../core/catalog/promptSkeleton';
import { STATUS_LABELS } from '../../core/catalog/promptView';
import type { AnswerEntry } from '../catalog/answerIndex';
import { exists } from '../catalog/workspaceFiles';
import { saveDocument } from '../editor/saveDocument';
import type { Services } from '../services';
import type { PromptTreeNode } from '../views/promptTree';
import type { CommandFactory } from './index';

/** What Start Answer does when an answer already exists; asked when not given. */
export type IfAnswerExists = 'open' | 'newAttempt';

/** Options for Start Answer, for callers that must not be asked (tests, other commands). */
export interface StartAnswerOptions {
  readonly ifExists?: IfAnswerExists;
}

/** What the level filter offers, with a word on each. */
/** What each level means, in the display language (a function: vscode.l10n reads the bundle once the extension is loaded). */
const levelDetails = (): Readonly<Record<Level, string>> => ({ L4: vscode.l10n.t('Mid-level engineer'), L5: vscode.l10n.t('Senior engineer'), MLE: vscode.l10n.t('Machine learning engineer') });

/** How many times an exclusive create is retried when another writer takes the name first. */
const CREATE_RETRIES = 5;

/** `designPractice.refreshPrompts`: reads the prompt files and answers again. */
export const refreshPrompts: CommandFactory = (services) => async () => {
  await Promise.all([services.catalog.reload(), services.answers.reload()]);
};

/**
 * `designPractice.filterByLevel`: picks the levels the view shows. Given a list of levels (tests,
 * keybindings), uses it without asking. Returns the levels now shown (empty for all).
 */
export const filterByLevel: CommandFactory = (services) => async (levels?: unknown) => {
  let chosen: Level[] | undefined;
  if (Array.isArray(levels)) {
    chosen = LEVELS.filter((l) => levels.includes(l));
  } else {
    const prompts = await services.catalog.prompts();
    const current = services.promptTree.levelFilter;
    const picks = await vscode.window.showQuickPick(
      LEVELS.map((level) => ({
        label: level,
        description: `${prompts.filter((p) => p.level === level).length} prompts`,
        detail: levelDetails()[level],
        picked: current.length === 0 || current.includes(level),
        level,
      })),
      { canPickMany: true, title: vscode.l10n.t('Show prompts at these levels'), placeHolder: vscode.l10n.t('Pick the levels to show (none or all shows every prompt)') },
    );
    if (!picks) return undefined;
    chosen = picks.map((p) => p.level);
  }
  await services.promptTree.setLevelFilter(chosen);
  return services.promptTree.levelFilter;
};

/** `designPractice.clearLevelFilter`: shows prompts at every level again. */
export const clearLevelFilter: CommandFactory = (services) => async () => {
  await services.promptTree.setLevelFilter([]);
};

/** `designPractice.openPrompt`: shows a prompt in the prompt view. Returns its id. */
export const openPrompt: CommandFactory = (services) => async (idOrNode?: unknown) => {
  const prompt = await resolvePrompt(services, idOrNode, vscode.l10n.t('Open which prompt?'));
  if (!prompt) return undefined;
  await services.promptPanel.show(prompt.id);
  services.walkthrough.mark('promptOpened');
  return prompt.id;
};

/**
 * `designPractice.startAnswer`: creates `<notesFolder>/<team>/<slug>.md` from the template and opens
 * it. When an answer exists, offers to open it or start a new attempt (`-2`, `-3`, ...). Without a
 * folder, offers to open one or to draft in an untitled file. Returns the Uri it opened.
 */
export const startAnswer: CommandFactory = (services) => async (idOrNode?: unknown, options?: unknown) => {
  const prompt = await resolvePrompt(services, idOrNode, vscode.l10n.t('Start an answer to which prompt?'));
  if (!prompt) return undefined;
  const { ifExists } = startOptions(options);

  const first = services.answers.answerUri(prompt, 1);
  if (!first) return draftWithoutFolder(services, prompt);

  // The index may not have seen a file created a moment ago, so the first attempt's name is checked too.
  const existing = await services.answers.answersFor(prompt.id);
  const latest = existing[0]?.uri ?? ((await exists(first)) ? first : undefined);
  if (latest) {
    const choice = ifExists ?? (await askIfExists(prompt, latest));
    if (!choice) return undefined;
    if (choice === 'open') return showAnswer(services, latest);
  }
  const uri = await createAnswer(services, prompt);
  if (!uri) return undefined;
  await services.answers.update(uri);
  services.walkthrough.mark('answerStarted');
  return showAnswer(services, uri, true);
};

/** `designPractice.openAnswer`: opens the latest answer to a prompt, or picks one of several. */
export const openAnswer: CommandFactory = (services) => async (idOrNode?: unknown) => {
  const id = promptIdOf(idOrNode) ?? (await resolvePrompt(services, undefined, vscode.l10n.t('Open your answer to which prompt?')))?.id;
  if (!id) return undefined;
  const answers = await services.answers.answersFor(id);
  if (answers.length === 0) {
    const start = vscode.l10n.t('Start Answer');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: you have no answer to {0} yet.', id), start);
    if (choice === start) return vscode.commands.executeCommand('designPractice.startAnswer', id);
    return undefined;
  }
  const chosen = answers.length === 1 ? answers[0] : await pickAnswer(answers);
  return chosen ? showAnswer(services, chosen.uri) : undefined;
};

/**
 * `designPractice.newPromptFile`: asks for the new prompt's id and title, creates the prompt file
 * skeleton (valid as written, with comments on each field) named after the id
 * (`<prompt folder>/<team>/<slug>.md`) in the first prompt folder, and opens it. Options `{ id,
 * title }` skip the questions (tests, other commands). Returns its Uri; undefined when cancelled.
 */
export const newPromptFile: CommandFactory = (services) => async (options?: unknown) => {
  const folder = services.catalog.promptFolderUris()[0];
  if (!folder) {
    const open = vscode.l10n.t('Open Folder…');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Design Practice: your prompt files live in a folder of the workspace (the designPractice.promptFolders setting). Open a folder first.'),
      open,
    );
    if (choice === open) await vscode.commands.executeCommand('vscode.openFolder');
    return undefined;
  }
  const given = newPromptOptions(options);
  const titles = new Map((await services.catalog.prompts()).map((p) => [p.id, p.title]));
  const fileOf = (id: string) => vscode.Uri.joinPath(folder, ...`${id}.md`.split('/'));
  const idProblem = async (value: string): Promise<string | undefined> => {
    const problem = newPromptIdProblem(value, (id) => titles.get(id));
    if (problem) return problem;
    const file = fileOf(value.trim());
    return (await exists(file)) ? vscode.l10n.t('{0} exists already: choose another id.', vscode.workspace.asRelativePath(file)) : undefined;
  };
  const team = `${given.team ?? 'platform'}/`;
  const id = await givenOrAsked(given.id, {
    title: vscode.l10n.t('Add Your Own Prompt (1/2)'),
    prompt: vscode.l10n.t('The prompt\'s id, <team>/<slug>: the file is named after it. A team of your own is any lower-case word.'),
    placeHolder: 'payments/ledger',
    value: team,
    valueSelection: [team.length, team.length],
  }, idProblem);
  if (!id) return undefined;
  const title = await givenOrAsked(given.title, {
    title: vscode.l10n.t('Add Your Own Prompt (2/2)'),
    prompt: vscode.l10n.t('Its title, as the sidebar and the prompt view show it'),
    placeHolder: vscode.l10n.t('Ledger for a payments platform'),
  }, newPromptTitleProblem);
  if (!title) return undefined;
  const uri = fileOf(id);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  if (!(await createExclusive(uri, promptFileSkeleton(id, id.slice(0, id.indexOf('/')), title)))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: {0} was created meanwhile; it is left as it is.', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  void services.catalog.reload();
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  selectFirst(editor, /^summary: (.*)$/m);
  services.walkthrough.mark('promptFileAdded');
  return uri;
};

/**
 * `given` when the caller gave it, else what the user types in an input box (which says what is
 * wrong as they type); trimmed. Undefined when cancelled, or when refused, with a message why.
 */
async function givenOrAsked(
  given: string | undefined,
  options: Omit<vscode.InputBoxOptions, 'validateInput'>,
  check: (value: string) => string | undefined | Promise<string | undefined>,
): Promise<string | undefined> {
  const value = (given ?? (await vscode.window.showInputBox({ ...options, ignoreFocusOut: true, validateInput: check })))?.trim();
  if (!value) return undefined;
  const problem = await check(value);
  if (problem) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: {0}', problem));
    return undefined;
  }
  return value;
}

/** A prompt id from a command argument: the id itself or a node of the Prompts view. */
export function promptIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'object' && arg !== null && (arg as PromptTreeNode).kind === 'prompt') return (arg as Extract<PromptTreeNode, { kind: 'prompt' }>).prompt?.id;
  return undefined;
}

async function resolvePrompt(services: Services, idOrNode: unknown, placeHolder: string): Promise<Prompt | undefined> {
  const id = promptIdOf(idOrNode);
  if (id === undefined) return pickPrompt(services, placeHolder);
  const prompt = await services.catalog.getPrompt(id);
  if (!prompt) void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: there is no prompt {0}.', JSON.stringify(id)));
  return prompt;
}

/** A picker of every prompt, grouped by team, with its level and status. */
async function pickPrompt(services: Services, placeHolder: string): Promise<Prompt | undefined> {
  const [prompts, statuses] = await Promise.all([services.catalog.prompts(), services.answers.statuses()]);
  type Item = vscode.QuickPickItem & { prompt?: Prompt };
  const items: Item[] = groupByTeam(prompts, services.promptTree.levelFilter).flatMap((group) => [
    { label: group.title, kind: vscode.QuickPickItemKind.Separator },
    ...group.prompts.map((prompt) => {
      const status = statuses.get(prompt.id) ?? 'none';
      return { label: prompt.title, description: status === 'none' ? prompt.level : `${prompt.level} · ${STATUS_LABELS[status]}`, detail: prompt.summary, prompt };
    }),
  ]);
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.prompt;
}

/** A picker of the given answers, newest first, with their status and last change. */
export async function pickAnswer(answers: readonly AnswerEntry[], placeHolder = vscode.l10n.t('Open which of your answers? (newest first)')): Promise<AnswerEntry | undefined> {
  const picked = await vscode.window.showQuickPick(
    answers.map((entry) => ({
      label: entry.uri.path.slice(entry.uri.path.lastIndexOf('/') + 1),
      description: STATUS_LABELS[entry.status],
      detail: `${vscode.workspace.asRelativePath(entry.uri)} · ${vscode.l10n.t('last changed {0}', new Date(entry.mtime).toLocaleString())}`,
      entry,
    })),
    { placeHolder },
  );
  return picked?.entry;
}

async function askIfExists(prompt: Prompt, latest: vscode.Uri): Promise<IfAnswerExists | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: `$(go-to-file) ${vscode.l10n.t('Open my answer')}`, detail: vscode.workspace.asRelativePath(latest), choice: 'open' as const },
      { label: `$(add) ${vscode.l10n.t('Start a new attempt')}`, detail: vscode.l10n.t('A fresh answer beside the old one; the old one is kept as it is'), choice: 'newAttempt' as const },
    ],
    { title: vscode.l10n.t('You already have an answer to "{0}"', prompt.title), placeHolder: vscode.l10n.t('Open it, or start again?') },
  );
  return picked?.choice;
}

/** Creates the next free attempt's file with the scaffold; undefined if every try lost a race. */
async function createAnswer(services: Services, prompt: Prompt): Promise<vscode.Uri | undefined> {
  const first = services.answers.answerUri(prompt, 1)!;
  const folder = vscode.Uri.joinPath(first, '..');
  await vscode.workspace.fs.createDirectory(folder);
  const text = scaffoldAnswer(prompt, new Date(), services.settings.value.scaffold);
  const slug = promptSlug(prompt.id);
  for (let i = 0; i < CREATE_RETRIES; i++) {
    const { attempt } = await nextFreeAttempt(slug, (name) => exists(vscode.Uri.joinPath(folder, name)));
    const uri = services.answers.answerUri(prompt, attempt);
    if (!uri) return undefined;
    if (await createExclusive(uri, text)) {
      services.log.info(`Started ${vscode.workspace.asRelativePath(uri)} (${prompt.id}, attempt ${attempt})`);
      return uri;
    }
    services.log.info(`${attemptFileName(slug, attempt)} appeared meanwhile; trying the next name`);
  }
  throw new Error(vscode.l10n.t('Could not create an answer file for {0} in {1}', prompt.id, vscode.workspace.asRelativePath(folder)));
}

/**
 * Creates `uri` with `text` unless it exists: a WorkspaceEdit with overwrite and ignoreIfExists off
 * fails rather than replace a file, and goes through VS Code's file operations (undo, participants).
 * Returns false when the file was already there.
 */
async function createExclusive(uri: vscode.Uri, text: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  let ok: boolean;
  try {
    ok = await vscode.workspace.applyEdit(edit);
  } catch {
    ok = false;
  }
  if (!ok) return false;
  // The edit writes the contents; an editor already holding the file may still show it dirty.
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc?.isDirty) await saveDocument(doc);
  return true;
}

async function showAnswer(services: Services, uri: vscode.Uri, selectPlaceholder = false): Promise<vscode.Uri> {
  // Beside the prompt view when it is open, so the prompt stays readable while writing.
  const panelColumn = services.promptPanel.visibleColumn;
  const viewColumn = panelColumn === undefined ? undefined : panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  const editor = await vscode.window.showTextDocument(uri, { preview: false, ...(viewColumn ? { viewColumn } : {}) });
  // The first guiding placeholder is selected, so typing replaces it.
  if (selectPlaceholder) selectFirst(editor, /^\s*- \*\*[^*]+:\*\* (_[^_\n]+_)\s*$/m);
  return uri;
}

/** Selects the first capture of `pattern` in the editor, if there is one. */
function selectFirst(editor: vscode.TextEditor, pattern: RegExp): void {
  const text = editor.document.getText();
  const match = pattern.exec(text);
  if (!match || match[1] === undefined) return;
  const start = editor.document.positionAt(match.index + match[0].indexOf(match[1]));
  const end = editor.document.positionAt(editor.document.offsetAt(start) + match[1].length);
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Without a folder there is nowhere to keep answers: open one, or draft in an untitled file. */
async function draftWithoutFolder(services: Services, prompt: Prompt): Promise<vscode.Uri | undefined> {
  const open = vscode.l10n.t('Open Folder…');
  const draft = vscode.l10n.t('Draft in an Untitled File');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Design Practice keeps your answers in a folder, so it can track them.'),
    { modal: true, detail: vscode.l10n.t('Open a folder to keep answers in, or draft this answer in an untitled file that you can save anywhere.') },
    open,
    draft,
  );
  if (choice === open) {
    await vscode.commands.executeCommand('vscode.openFolder');
    return undefined;
  }
  if (choice !== draft) return undefined;
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: scaffoldAnswer(prompt, new Date(), services.settings.value.scaffold) });
  await vscode.window.showTextDocument(doc, { preview: false });
  services.log.info(`Drafting ${prompt.id} in an untitled file`);
  return doc.uri;
}

function startOptions(value: unknown): StartAnswerOptions {
  // A tree's context menu passes the selected nodes as the second argument: ignore anything else.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const ifExists = (value as StartAnswerOptions).ifExists;
  return ifExists === 'open' || ifExists === 'newAttempt' ? { ifExists } : {};
}

/** Add Your Own Prompt's options: an id and a title not to ask for, or the team the id starts with. */
function newPromptOptions(value: unknown): { id?: string; title?: string; team?: TeamId } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const { id, title, team } = value as { id?: unknown; title?: unknown; team?: unknown };
  return {
    ...(typeof id === 'string' ? { id } : {}),
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof team === 'string' && team.length <= 60 && TEAM_SLUG.test(team) ? { team } : {}),
  };
}
