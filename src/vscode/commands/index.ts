/**
 * The one table of commands. Each entry is `name → factory`; they are registered in a loop as
 * `designPractice.<name>`, and a test checks the table against package.json so ids cannot drift.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { fixAllMissingSections, insertSection } from './insertSection';
import { askFollowUp, rehearseAloud, showLastDebrief, startMockInterview } from './interviewCommands';
import { lintWorkspace } from './lintWorkspace';
import { openRulePage } from './openRulePage';
import { teachAlias } from './teachAlias';
import { clearLevelFilter, filterByLevel, newPromptFile, openAnswer, openPrompt, refreshPrompts, startAnswer } from './promptCommands';
import { goToPhase, nextPhase, pauseTimer, resumeTimer, showTimerMenu, startTimer, stopTimer } from './timerCommands';

/** A command's implementation, built from the services it needs. */
export type CommandFactory = (services: Services) => (...args: never[]) => unknown;

/** Every command, by the name after `designPractice.`. */
export const COMMANDS = {
  refreshPrompts,
  filterByLevel,
  clearLevelFilter,
  openPrompt,
  startAnswer,
  openAnswer,
  newPromptFile,
  insertSection,
  fixAllMissingSections,
  teachAlias,
  lintWorkspace,
  openRulePage,
  startTimer,
  pauseTimer,
  resumeTimer,
  nextPhase,
  goToPhase,
  stopTimer,
  showTimerMenu,
  startMockInterview,
  askFollowUp,
  rehearseAloud,
  showLastDebrief,
} satisfies Record<string, CommandFactory>;

/** The full id of a command name. */
export function commandId(name: keyof typeof COMMANDS): string {
  return `designPractice.${name}`;
}

/**
 * Registers every command. A command that fails shows its error instead of throwing into the
 * extension host.
 */
export function registerCommands(services: Services): vscode.Disposable {
  const disposables = Object.entries(COMMANDS).map(([name, factory]) => {
    const run = (factory as CommandFactory)(services) as (...args: unknown[]) => unknown;
    return vscode.commands.registerCommand(`designPractice.${name}`, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (error) {
        services.log.error(`designPractice.${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Design Practice: {0}', error instanceof Error ? error.message : String(error)));
        return undefined;
      }
    });
  });
  return vscode.Disposable.from(...disposables);
}
