/**
 * The mock interview's commands. Start Mock Interview starts the practice timer in interview mode
 * (on the answer to a prompt, scaffolded when there is none), then the interviewer; Ask Me a
 * Follow-up and Rehearse Aloud pass through to the `MockInterview`. Stopping is the timer's Stop.
 */
import * as vscode from 'vscode';
import type { CommandFactory } from './index';
import { startTiming, type StartTimerOptions } from './timerCommands';

/**
 * `designPractice.startMockInterview [answerUri | promptId | prompt node] [options]`: as Start
 * Practice Timer, in interview mode; on a prompt that has an answer, asks whether to continue it or
 * start a new attempt (`options.ifAnswerExists` answers for callers that must not be asked).
 * Returns the answer's Uri.
 */
export const startMockInterview: CommandFactory = (services) => async (target?: unknown, options?: unknown) => {
  const given = typeof options === 'object' && options !== null ? (options as StartTimerOptions) : {};
  const { ifActive, ifAnswerExists } = given;
  const uri = await startTiming(services, target, {
    ...(ifActive === 'stop' || ifActive === 'cancel' ? { ifActive } : {}),
    ...(ifAnswerExists === 'continue' || ifAnswerExists === 'newAttempt' ? { ifAnswerExists } : {}),
    mode: 'interview',
  });
  if (!uri) return undefined;
  await services.interview.begin();
  await services.interviewerView.reveal();
  // The answer keeps the focus: the user starts by writing requirements.
  const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  await vscode.window.showTextDocument(uri, { preview: false, ...(open?.viewColumn ? { viewColumn: open.viewColumn } : {}) });
  return uri;
};

/** `designPractice.askFollowUp`: the interviewer's next question now. Returns what was asked. */
export const askFollowUp: CommandFactory = (services) => async () => {
  // The view first: asking then puts the focus in the answer, on the line under the question.
  await services.interviewerView.reveal();
  const result = await services.interview.askNext();
  if ('none' in result) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: {0}', result.none));
    return undefined;
  }
  return result.asked;
};

/** `designPractice.rehearseAloud`: folds the answer to its headings, or unfolds it. Returns whether folded. */
export const rehearseAloud: CommandFactory = (services) => async (uri?: unknown) =>
  services.interview.toggleRehearsal(uri instanceof vscode.Uri ? uri : undefined);

/** `designPractice.showLastDebrief`: reopens the last debrief, with any ratings chosen and not saved. Returns whether one was shown. */
export const showLastDebrief: CommandFactory = (services) => async () => {
  if (await services.debriefPanel.showLast()) return true;
  void vscode.window.showInformationMessage(vscode.l10n.t('Design Practice: there is no debrief yet. Finish a mock interview (Start Mock Interview, then stop the timer) and its debrief opens.'));
  return false;
};
