/**
 * An answer read for judging: its template (its own, else its prompt's, else the default) and its
 * sections, with one heading matcher per template and alias set. Shared by the scorer and by the
 * answer-key check, which must not pull in the scorer's judges.
 */
import { parseFrontMatter, stringField } from '../answer/frontMatter';
import { createSectionMatcher, type SectionMatcher } from '../answer/headingMatch';
import { parseAnswer, splitLines, type AnswerDocument } from '../answer/parseAnswer';
import { DEFAULT_TEMPLATE_ID, getTemplate, type Template } from '../answer/templates';
import type { AssessRequest } from './types';

/** What reading an answer takes from an assessment request. */
export type AnswerReading = Pick<AssessRequest, 'prompt' | 'defaultTemplate' | 'aliases'>;

/** The answer's text parsed against its template. */
export function parseText(text: string, request: AnswerReading): { doc: AnswerDocument; template: Template } {
  const lines = splitLines(text);
  const frontMatter = parseFrontMatter(lines);
  const named = frontMatter ? stringField(frontMatter.data, 'template') : undefined;
  const template = pickTemplate(named, request);
  return { doc: parseAnswer(text, { template, matcher: matcherFor(template, request.aliases) }, lines, frontMatter), template };
}

const matchers = new Map<string, SectionMatcher>();
const aliasedMatchers = new WeakMap<object, Map<string, SectionMatcher>>();

/** One heading matcher per template (and alias set): building one is most of a short answer's time. */
function matcherFor(template: Template, aliases: AnswerReading['aliases']): SectionMatcher {
  let byTemplate = matchers;
  if (aliases) {
    byTemplate = aliasedMatchers.get(aliases) ?? new Map();
    aliasedMatchers.set(aliases, byTemplate);
  }
  let matcher = byTemplate.get(template.id);
  if (!matcher) byTemplate.set(template.id, (matcher = createSectionMatcher(template, aliases)));
  return matcher;
}

export function templateOf(doc: AnswerDocument, request: AnswerReading): Template {
  return pickTemplate(doc.templateId, request);
}

/** The answer's own template, else the prompt's, else the default. */
function pickTemplate(named: string | undefined, request: AnswerReading): Template {
  return (
    (named && getTemplate(named)) ||
    (request.prompt && getTemplate(request.prompt.template)) ||
    getTemplate(request.defaultTemplate ?? DEFAULT_TEMPLATE_ID) ||
    getTemplate(DEFAULT_TEMPLATE_ID)!
  );
}
