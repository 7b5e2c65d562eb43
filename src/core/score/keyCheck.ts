/**
 * The answer key checked against an answer's text, for the prompt view after an attempt: which points
 * the answer makes (with the line that makes each) and which it misses. Only the key matcher and the
 * answer's reading are needed, not the scorer's judges, so the extension's bundle stays small.
 */
import { parseFrontMatter, stringField } from '../answer/frontMatter';
import { createSectionMatcher } from '../answer/headingMatch';
import { parseAnswer, splitLines } from '../answer/parseAnswer';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../answer/templates';
import type { Prompt } from '../catalog/prompt';
import { matchAnswerKey } from './answerKeyMatch';
import { answerView } from './answerView';
import type { AnswerKeyResult } from './types';

/** The key's covered and missed points in `text`, or undefined when the prompt has no key. */
export function checkAnswerKey(text: string, prompt: Prompt): AnswerKeyResult | undefined {
  if (prompt.answerKey.length === 0) return undefined;
  const lines = splitLines(text);
  const frontMatter = parseFrontMatter(lines);
  const named = frontMatter ? stringField(frontMatter.data, 'template') : undefined;
  const template = (named && getTemplate(named)) || getTemplate(prompt.template) || getTemplate(DEFAULT_TEMPLATE_ID)!;
  const doc = parseAnswer(text, { template, matcher: createSectionMatcher(template) }, lines, frontMatter);
  return matchAnswerKey(answerView(doc), prompt.answerKey);
}
