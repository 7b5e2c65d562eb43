/**
 * The Get Started walkthrough: opened once on first run, and its steps ticked however the user does
 * them. A walkthrough step's `onCommand:` event only sees commands run through the workbench (a
 * palette entry, a tree click), not those the prompt view or other commands run inside the extension
 * host, so each step also completes on a context key (`onContext:`) that is set here when the thing
 * is done by any path.
 */
import * as vscode from 'vscode';

/** The walkthrough's id as `workbench.action.openWalkthrough` wants it: `<publisher>.<name>#<id>`. */
export const WALKTHROUGH_ID = 'design-practice.design-practice#gettingStarted';

/** The global-state key that says the walkthrough was opened once. */
export const WALKTHROUGH_SHOWN_KEY = 'designPractice.walkthroughShown';

/** What the user has done, each a context key `designPractice.walkthrough.<step>` the steps complete on. */
export type WalkthroughStep = 'promptOpened' | 'answerStarted' | 'timerStarted' | 'interviewStarted' | 'debriefSaved' | 'promptFileAdded';

/** What the user has done so far in this window; each step done sets its context key once. */
export class WalkthroughProgress {
  private readonly done = new Set<WalkthroughStep>();

  /** Records that the user did `step`: the walkthrough's step for it ticks. */
  mark(step: WalkthroughStep): void {
    if (this.done.has(step)) return;
    this.done.add(step);
    void vscode.commands.executeCommand('setContext', `designPractice.walkthrough.${step}`, true);
  }

  /** Whether `step` was done in this window, for tests. */
  has(step: WalkthroughStep): boolean {
    return this.done.has(step);
  }
}

/**
 * Opens the walkthrough the first time the extension runs for this user (not in tests, whose host
 * starts fresh each time). Returns whether it opened it.
 */
export async function openWalkthroughOnce(globalState: vscode.Memento, mode: vscode.ExtensionMode): Promise<boolean> {
  if (mode === vscode.ExtensionMode.Test || globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return false;
  await globalState.update(WALKTHROUGH_SHOWN_KEY, true);
  try {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
    return true;
  } catch {
    return false;
  }
}
