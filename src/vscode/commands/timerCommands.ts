/**
 * The practice timer's commands. Start Practice Timer finds the answer to time (a given answer or
 * prompt, the active editor, or the user's choice), works out its phases (the prompt's time plan, or
 * the template's default loop, with the user's phase lengths) and hands them to the `PracticeTimer`;
 * the others pass straight through to it.
 */
import * as vscode from 'vscode';
import { readAnswerHeader } from '../../core/answer/parseAnswer';
import { STATUS_LABELS } from '../../core/catalog/promptView';
import { practicePhases, timePlanFor, withBuffer } from '../../core/practice/plan';
import type { PracticePhase } from '../../core/practice/timer';
import { isAnswerDocument } from '../lint/answerFiles';
import type { IfTimerActive, TimerTarget } from '../practice/practiceTimer';
import type { Services } from '../services';
import type { CommandFactory } from './index';
import { pickAnswer, promptIdOf } from './promptCommands';

/** Options for Start Practice Timer, for callers that must not be asked (tests, other commands). */
export interface StartTimerOptions {
  /** What to do with a session already under way; asked when not given. */
  readonly ifActive?: IfTimerActive;
  /**
   * A mock interview on a prompt that has an answer: `continue` it (the latest, as Start Answer opens it)
   * or start a `newAttempt` beside it; asked when not given, as Start Answer asks.
   */
  readonly ifAnswerExists?: IfInterviewAnswerExists;
}

/** What a mock interview does with a prompt's existing answer. */
export type IfInterviewAnswerExists = 'continue' | 'newAttempt';

/**
 * `designPractice.startTimer [answerUri | promptId | prompt node] [options]`: times an answer. The
 * editor-title button passes the answer's Uri; the prompt view and the Prompts view pass a prompt,
 * whose answer is used (picked when there are several, started when there is none); with neither,
 * the active answer, or a choice of the prompts answered so far. Returns the answer's Uri.
 */
export const startTimer: CommandFactory = (services) => async (target?: unknown, options?: unknown) => startTiming(services, target, startOptions(options));

/**
 * Starts the timer on the answer `target` names (see Start Practice Timer); in interview mode a
 * prompt without an answer gets one scaffolded without asking. Returns the answer's Uri.
 */
export async function startTiming(services: Services, target: unknown, options: StartTimerOptions & { readonly mode?: 'interview' }): Promise<vscode.Uri | undefined> {
  const uri = await resolveAnswer(services, target, options.mode === 'interview', options.ifAnswerExists);
  if (!uri) return undefined;
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: {0} is not a Markdown answer.', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  const { timerTarget, phases } = await planFor(services, doc);
  if (!(await services.timer.makeRoom(options.ifActive))) return undefined;
  await services.timer.start(options.mode ? { ...timerTarget, mode: options.mode } : timerTarget, phases);
  return uri;
}

/** `designPractice.pauseTimer`. Returns whether the clock was paused. */
export const pauseTimer: CommandFactory = (services) => () => services.timer.pause();

/** `designPractice.resumeTimer`. Returns whether the clock was resumed. */
export const resumeTimer: CommandFactory = (services) => () => services.timer.resume();

/** `designPractice.nextPhase`: ends the current phase now. Returns whether there was a next phase. */
export const nextPhase: CommandFactory = (services) => () => services.timer.nextPhase();

/**
 * `designPractice.stopTimer`: ends the session and records it in the answer's front matter. Returns
 * the record and whether it was written.
 */
export const stopTimer: CommandFactory = (services) => () => services.timer.stop();

/** `designPractice.goToPhase`: shows the answer at the current phase's section (the phase notice's link). */
export const goToPhase: CommandFactory = (services) => () => services.timer.revealCurrentPhase();

/** `designPractice.showTimerMenu`: the status bar item's menu of Pause, Resume, Next phase and Stop. */
export const showTimerMenu: CommandFactory = (services) => () => services.timer.showMenu();

async function resolveAnswer(services: Services, target: unknown, scaffold = false, ifAnswerExists?: IfInterviewAnswerExists): Promise<vscode.Uri | undefined> {
  if (target instanceof vscode.Uri) return target;
  const promptId = promptIdOf(target);
  if (promptId !== undefined) return answerToPrompt(services, promptId, scaffold, ifAnswerExists);
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && isAnswerDocument(doc, services.settings.value)) return doc.uri;
  return chooseAnswer(services);
}

/** The answer to time for a prompt: its only one, a pick of several, or a new one. */
async function answerToPrompt(services: Services, promptId: string, scaffold = false, ifAnswerExists?: IfInterviewAnswerExists): Promise<vscode.Uri | undefined> {
  const answers = await services.answers.answersFor(promptId);
  // A mock interview (scaffold) asks, as Start Answer does: continue that answer, or a new attempt.
  if (scaffold && answers.length > 0) {
    const choice = ifAnswerExists ?? (await askContinueOrNew(answers[0].uri));
    if (!choice) return undefined;
    if (choice === 'newAttempt') return vscode.commands.executeCommand<vscode.Uri | undefined>('designPractice.startAnswer', promptId, { ifExists: 'newAttempt' });
    // "That answer": the latest one, as Start Answer opens it.
    return answers[0].uri;
  }
  if (answers.length === 1) return answers[0].uri;
  if (answers.length > 1) return (await pickAnswer(answers, vscode.l10n.t('Time which of your answers? (newest first)')))?.uri;
  const prompt = await services.catalog.getPrompt(promptId);
  if (!prompt) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Design Practice: there is no prompt {0}.', JSON.stringify(promptId)));
    return undefined;
  }
  const start = vscode.l10n.t('Start Answer');
  if (!scaffold) {
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: you have no answer to "{0}" yet. Start one, and time it?', prompt.title), start);
    if (choice !== start) return undefined;
  }
  return vscode.commands.executeCommand<vscode.Uri | undefined>('designPractice.startAnswer', promptId);
}

async function askContinueOrNew(latest: vscode.Uri): Promise<IfInterviewAnswerExists | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: `$(go-to-file) ${vscode.l10n.t('Continue my answer')}`, detail: vscode.workspace.asRelativePath(latest), choice: 'continue' as const },
      { label: `$(add) ${vscode.l10n.t('Start a new attempt')}`, detail: vscode.l10n.t('A fresh answer beside the old one; the old one is kept as it is'), choice: 'newAttempt' as const },
    ],
    { title: vscode.l10n.t('Start Mock Interview'), placeHolder: vscode.l10n.t('You already have an answer: continue it, or start again?') },
  );
  return picked?.choice;
}

/** Without an answer in the editor: the prompts answered so far, or starting a new answer. */
async function chooseAnswer(services: Services): Promise<vscode.Uri | undefined> {
  const [prompts, statuses] = await Promise.all([services.catalog.prompts(), services.answers.statuses()]);
  const answered = prompts.filter((p) => (statuses.get(p.id) ?? 'none') !== 'none');
  type Item = vscode.QuickPickItem & { promptId?: string; start?: boolean };
  const items: Item[] = [
    { label: `$(add) ${vscode.l10n.t('Start a new answer…')}`, detail: vscode.l10n.t('Pick a prompt, start an answer to it from the template, then time it'), start: true },
    ...(answered.length > 0 ? [{ label: vscode.l10n.t('Your answers'), kind: vscode.QuickPickItemKind.Separator }] : []),
    ...answered.map((p) => ({ label: p.title, description: `${p.level} · ${STATUS_LABELS[statuses.get(p.id) ?? 'none']}`, detail: p.summary, promptId: p.id })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Start Practice Timer'),
    placeHolder: answered.length > 0 ? vscode.l10n.t('The active editor is not an answer: time one of yours, or start a new one') : vscode.l10n.t('You have no answers yet: start one first'),
    matchOnDetail: true,
  });
  if (!picked) return undefined;
  if (picked.start) return vscode.commands.executeCommand<vscode.Uri | undefined>('designPractice.startAnswer');
  return picked.promptId ? answerToPrompt(services, picked.promptId) : undefined;
}

/**
 * The session for an answer: its prompt's time plan (the template's default loop when it names no
 * known prompt), with `designPractice.timer.phaseMinutes` applied, and a Buffer phase for the rest
 * of the prompt's minutes.
 */
async function planFor(services: Services, doc: vscode.TextDocument): Promise<{ timerTarget: TimerTarget; phases: PracticePhase[] }> {
  const header = readAnswerHeader(doc.getText());
  const prompt = header.promptId ? await services.catalog.getPrompt(header.promptId) : undefined;
  const { lint, timer } = services.settings.value;
  const templateId = header.templateId ?? prompt?.template ?? lint.config.defaultTemplate;
  const { phases, problems } = practicePhases(timePlanFor(prompt?.timePlan, templateId), timer.phaseMinutes);
  for (const problem of problems) services.log.warn(`designPractice.timer.phaseMinutes: ${problem}`);
  const title = prompt?.title ?? doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
  // The prompt's minutes beyond the plan become a last Buffer phase: the session lasts what the prompt says.
  return { timerTarget: { uri: doc.uri, title, templateId, ...(prompt ? { promptId: prompt.id } : {}) }, phases: withBuffer(phases, prompt?.minutes) };
}

function startOptions(value: unknown): StartTimerOptions {
  // A menu may pass other things (the selected resources) as the second argument: ignore them.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const ifActive = (value as StartTimerOptions).ifActive;
  return ifActive === 'stop' || ifActive === 'cancel' ? { ifActive } : {};
}
