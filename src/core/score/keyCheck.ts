/**
 * The answer key checked against an answer's text, for the prompt view after an attempt: which points
 * the answer makes (with the line that makes each) and which it misses. Only the key matcher and the
 * answer's reading are needed, not the scorer's judges, so the extension's bundle stays small.
 */
import type { Prompt } from '../catalog/prompt';
import { matchAnswerKey } from './answerKeyMatch';
import { answerView } from './answerView';
import { parseText } from './readAnswer';
import type { AnswerKeyResult } from './types';

/** The key's covered and missed points in `text`, or undefined when the prompt has no key. */
export function checkAnswerKey(text: string, prompt: Prompt): AnswerKeyResult | undefined {
  if (prompt.answerKey.length === 0) return undefined;
  return matchAnswerKey(answerView(parseText(text, { prompt }).doc), prompt.answerKey);
}
