/**
 * When the answer key may be shown: the key is the spoiler of a prompt, so it waits until the user
 * has recorded an attempt (a timed practice session or a mock interview in the answer's front
 * matter), unless they asked to see it always (`designPractice.practice.showAnswerKey`,
 * `design-practice score --answer-key`).
 */
import { INTERVIEWS_KEY } from '../debrief/interviewRecord';
import { PRACTICE_KEY, readPracticeHistory } from '../practice/record';

/** `designPractice.practice.showAnswerKey`: after an attempt is recorded (default), or always. */
export type ShowAnswerKey = 'afterAttempt' | 'always';

/**
 * Whether an answer's front matter (parsed) records an attempt: a practice session that reads back,
 * or a mock interview with its start. Never throws.
 */
export function attemptRecorded(data: Readonly<Record<string, unknown>> | undefined): boolean {
  if (!data || typeof data !== 'object') return false;
  if (Array.isArray(data[PRACTICE_KEY]) && readPracticeHistory(data).length > 0) return true;
  const interviews = data[INTERVIEWS_KEY];
  return Array.isArray(interviews) && interviews.some((i: unknown) => typeof i === 'object' && i !== null && 'started' in i);
}

/** Whether the answer key may be shown, given the setting and whether an attempt is recorded. */
export function answerKeyShown(setting: ShowAnswerKey, attempted: boolean): boolean {
  return setting === 'always' || attempted;
}
